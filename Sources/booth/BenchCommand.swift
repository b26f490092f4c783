import ArgumentParser
import BoothKit
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Booth's throughput against raw ICU on a generated corpus, in one run.",
        discussion: """
        The sample transcripts (default: Corpora/) are varied and repeated to --megabytes as many \
        separate texts. Each stage is timed (best of --rounds) beside raw ICU on the same bytes, and \
        reported in MB/s with its ratio to the reference; then all of `report`'s work in this process, \
        file by file and in batches of files, and the real `booth report` as a child process (1 job and \
        all cores, its peak memory), with a line saying where one job's time goes. Raw ICU sentence \
        break is measured both ways \
        a program can hand it UTF-8 (through UText, and copied to UTF-16 by ICU's u_strFromUTF8; Booth \
        reads a UTF-16 copy too) and the faster counts. The references are measured again at the end and the final table divides by the faster \
        measurement of each, so a slow moment of the machine never flatters a ratio. Build in release mode for real figures:

          swift build -c release && .build/release/booth bench
        """
    )

    @Argument(help: "Sample transcripts or directories to build the corpus from.")
    var samples: [String] = ["Corpora"]

    @Option(help: "Size of the generated corpus in megabytes.")
    var megabytes = 20

    @Option(help: ArgumentHelp("Share of the words of five or more letters given two letters more, for a vocabulary the size of an archive's (0.3: tens of thousands of words).",
                               valueName: "share"))
    var rareWords = 0.0

    @Option(help: "Rounds per measurement; the fastest counts.")
    var rounds = 3

    @Option(help: "Terms in the large generated glossary.")
    var glossaryTerms = 100_000

    @Option(help: "Size in megabytes of the generated one-line file (also run at a tenth of it); 0 skips it.")
    var lineMegabytes = 20

    @Option(help: "Sentences on each side of the generated alignment.")
    var alignmentSentences = 10_000

    @Option(help: ArgumentHelp("Write the generated corpus to this directory and keep it (to profile `booth report` on the very files the benchmark times).",
                               valueName: "directory"))
    var keepCorpus: String?

    @ArgumentParser.Flag(help: ArgumentHelp(
        "Also run `booth report` on the corpus with the page cache dropped before each run, as on an archive read for the first time.",
        discussion: "Needs root (it writes /proc/sys/vm/drop_caches), and drops every cached file of the machine, not only the corpus."))
    var coldCache = false

    func validate() throws {
        guard (0...1).contains(rareWords) else { throw ValidationError("--rare-words takes a share from 0 to 1, not \(rareWords).") }
    }

    func run() throws {
        var seeds: [[UInt8]] = []
        for entry in InputFiles.expand(samples) { seeds.append(try InputFiles.read(entry).bytes) }
        guard seeds.contains(where: { !$0.isEmpty }) else { throw ValidationError("No sample text in \(samples).") }
        let corpus = BenchmarkCorpus(seeds: seeds, targetBytes: megabytes * 1_000_000, rareWords: rareWords)
        print("corpus: \(corpus.texts.count) texts, \(String(format: "%.1f", Double(corpus.byteCount) / 1e6)) MB")

        let nfc = ReferenceICU.nfcThroughput(corpus: corpus, rounds: rounds)
        let normalizer = try Normalizer()
        let normalize = try Throughput.measure("normalize", corpus: corpus, rounds: rounds) { text in
            blackHole(try normalizer.normalize(try SourceDecoder.decode(text, name: "bench")))
        }
        var results = [nfc, normalize]
        if ProcessInfo.processInfo.environment["BOOTH_BENCH_PASSES"] != nil {
            results += try Normalizer.passThroughputs(corpus: corpus, rounds: rounds)
        }
        report(results, reference: nfc)

        // Structure and sentences, on the normalized texts, beside ICU's sentence break on the same bytes.
        let normalizedTexts = try corpus.texts.map { try normalizer.normalize(try SourceDecoder.decode($0, name: "bench")) }
        let normalizedCorpus = BenchmarkCorpus(texts: normalizedTexts.map(\.bytes))
        // Raw ICU both ways (Booth copies to UTF-16); the faster is the reference.
        let sentenceBreakUText = ReferenceICU.sentenceBreakThroughput(corpus: normalizedCorpus, access: .utf8UText, rounds: rounds)
        let sentenceBreakUTF16 = ReferenceICU.sentenceBreakThroughput(corpus: normalizedCorpus, access: .utf16Copy, rounds: rounds)
        let sentenceBreak = sentenceBreakUTF16.seconds < sentenceBreakUText.seconds ? sentenceBreakUTF16 : sentenceBreakUText
        let parser = TranscriptParser()
        var index = 0
        let structure = try Throughput.measure("structure + sentences", corpus: normalizedCorpus, rounds: rounds) { _ in
            blackHole(try parser.parse(normalizedTexts[index % normalizedTexts.count]))
            index += 1
        }
        let pipeline = try Throughput.measure("decode + normalize + segment", corpus: corpus, rounds: rounds) { text in
            blackHole(try parser.parse(try normalizer.normalize(try SourceDecoder.decode(text, name: "bench"))))
        }
        // ICU with its own abbreviation suppression, which Booth no longer uses (it matches suffixes): for comparison.
        let suppressingBreak = ReferenceICU.sentenceBreakThroughput(corpus: normalizedCorpus, locale: "en_US@ss=standard", rounds: rounds)
        report([sentenceBreakUTF16, sentenceBreakUText, structure, pipeline, suppressingBreak], reference: sentenceBreak)

        // Term matching on the same transcripts, with 10 and with 100,000 generated terms.
        let transcripts = try normalizedTexts.map { try parser.parse($0) }
        var matching: [Throughput] = []
        // The generated glossaries are in the language most of the corpus's turns are in.
        var turnLanguages: [String: Int] = [:]
        for transcript in transcripts { for turn in transcript.turns { turnLanguages[turn.language, default: 0] += 1 } }
        let corpusLanguage = turnLanguages.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "en"
        for termCount in [10, glossaryTerms] {
            let glossary = GeneratedGlossary.make(termCount: termCount, vocabularyFrom: corpus.texts, language: corpusLanguage)
            let clock = ContinuousClock()
            var index: TermIndex?
            // (Built now, not on the first match: the time to build is measured here.)
            let built = try clock.measure { index = try TermIndex(glossary, building: [corpusLanguage]) }
            var matcher = try TermMatcher(index: index!)
            var position = 0
            matching.append(try Throughput.measure("term matching, \(termCount) terms", corpus: normalizedCorpus, rounds: rounds) { _ in
                // A new matcher each round: its word cache starts empty, as in a run of `report`.
                if position % transcripts.count == 0 { matcher = try TermMatcher(index: index!) }
                blackHole(try matcher.matches(in: transcripts[position % transcripts.count]))
                position += 1
            })
            print("index of \(termCount) terms (\(corpusLanguage)) built in \(built)")
        }
        report(matching, reference: matching[0])
        print(String(format: "glossary-size ratio (time with %d terms / time with 10): %.2f", glossaryTerms,
                     matching[1].seconds / matching[0].seconds))

        // The rest of `report`'s per-file work, with the glossary it uses by default.
        let reportStages = try ReportStages.measure(transcripts, corpus: corpus, rounds: rounds)
        report(reportStages.all, reference: sentenceBreak)

        // From files on disk, in ten folders: read + decode, then the real `booth report` as a child
        // process (time and its own peak memory), with one job and with all cores, on a tenth of the
        // corpus and on all of it, and on the largest file alone: memory should follow the largest file.
        let directory = keepCorpus.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("booth-bench-\(getpid())")
        defer { if keepCorpus == nil { try? FileManager.default.removeItem(at: directory) } }
        var paths: [String] = []
        for folder in 0..<10 {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("d\(folder)"), withIntermediateDirectories: true)
        }
        for (index, text) in corpus.texts.enumerated() {
            let path = directory.appendingPathComponent(String(format: "d%d/t%06d.txt", index % 10, index)).path
            try Data(text).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        var file = 0
        let readDecode = try Throughput.measure("read + decode (files)", corpus: corpus, rounds: rounds) { _ in
            blackHole(try InputFiles.read(.file(paths[file % paths.count])))
            file += 1
        }
        report([readDecode], reference: sentenceBreak)
        var stages = [readDecode, normalize, structure, pipeline, matching[0], matching[1]] + reportStages.all
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var pipelines: [Throughput] = []
        var peaks: [(String, Double)] = []
        // Rounds interleave the job counts (1, N, 1, N, …), so a change in the machine's other load
        // touches both alike; the fastest round of each counts.
        let jobCounts = Array(Set([1, cores])).sorted()
        var best = [ChildRun.Measurement](repeating: ChildRun.Measurement(seconds: .infinity, peakMegabytes: 0, status: 0),
                                          count: jobCounts.count)
        for _ in 0..<max(1, rounds) {
            for (slot, jobs) in jobCounts.enumerated() {
                let run = try ChildRun.booth(["report", "--quiet", "--format", "jsonl", "--jobs", String(jobs), directory.path])
                guard run.status == 0 else { throw ValidationError("booth report exited with status \(run.status) in the benchmark") }
                if run.seconds < best[slot].seconds { best[slot] = run }
            }
        }
        for (slot, jobs) in jobCounts.enumerated() {
            pipelines.append(Throughput(name: "full report pipeline, \(jobs) job\(jobs == 1 ? "" : "s")", bytes: corpus.byteCount,
                                        seconds: best[slot].seconds))
            peaks.append(("booth report, whole corpus, \(jobs) job\(jobs == 1 ? "" : "s")", best[slot].peakMegabytes))
        }
        report(pipelines, reference: sentenceBreak)
        stages += pipelines
        if pipelines.count == 2 {
            print(String(format: "speed-up with %d jobs: %.2f×", cores, pipelines[0].seconds / pipelines[1].seconds))
            // CPU time beside wall time tells a busy host (the second job's CPU time grows: cores shared or
            // contended) from work left on one thread (CPU time steady, cores idle).
            print(String(format: "CPU time of those runs: %.2f s with 1 job, %.2f s with %d (%.2f×); cores kept busy: %.2f and %.2f",
                         best[0].cpuSeconds, best[1].cpuSeconds, cores, best[1].cpuSeconds / best[0].cpuSeconds,
                         best[0].cpuSeconds / best[0].seconds, best[1].cpuSeconds / best[1].seconds))
        }
        print(reportStages.breakdown(of: pipelines[0], earlierStages: [readDecode, normalize, structure]))
        if coldCache { try reportOnColdCache(directory: directory.path, bytes: corpus.byteCount, jobCounts: jobCounts, warm: pipelines) }
        let tenth = try ChildRun.booth(["report", "--quiet", "--format", "jsonl", "--jobs", String(cores), directory.appendingPathComponent("d0").path])
        peaks.insert(("booth report, a tenth of the corpus", tenth.peakMegabytes), at: 0)
        let largest = paths[corpus.texts.indices.max { corpus.texts[$0].count < corpus.texts[$1].count }!]
        peaks.insert(("booth report, its largest file alone", try ChildRun.booth(["report", "--quiet", "--format", "jsonl", largest]).peakMegabytes), at: 0)
        print(String(repeating: "-", count: 84))
        for (name, megabytes) in peaks { print(name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%9.0f MB peak memory", megabytes)) }

        // One file without a newline, at lineMegabytes and a tenth of it: the time ratio should be near 10.
        if lineMegabytes > 0 {
            var line: [UInt8] = []
            // `report`, and `gaps` (the corpus's "(inaudible)" markers make one turn full of gaps, each
            // with its context words: the case that was once quadratic).
            var runs: [(bytes: Int, report: ChildRun.Measurement, gaps: ChildRun.Measurement)] = []
            for size in [lineMegabytes * 100_000, lineMegabytes * 1_000_000] {
                line.removeAll(keepingCapacity: true)
                var text = 0
                while line.count < size {
                    line += corpus.texts[text % corpus.texts.count].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
                    text += 1
                }
                line.removeLast(line.count - size)
                while let last = line.last, last & 0xC0 == 0x80 || last >= 0xC0 { line.removeLast() }  // whole characters
                let path = directory.appendingPathComponent("one-line.txt").path
                try Data(line).write(to: URL(fileURLWithPath: path))
                runs.append((line.count, try ChildRun.booth(["report", "--quiet", "--format", "jsonl", path]),
                             try ChildRun.booth(["gaps", "--quiet", "--format", "csv", path])))
            }
            print(String(repeating: "-", count: 84))
            for (bytes, report, gaps) in runs {
                print(String(format: "one line of %.0f MB: booth report %.2f s (%.1f MB/s, %.0f MB peak), booth gaps %.2f s (%.0f MB peak)",
                             Double(bytes) / 1e6, report.seconds, Double(bytes) / 1e6 / report.seconds, report.peakMegabytes,
                             gaps.seconds, gaps.peakMegabytes))
            }
            print(String(format: "time ratio for 10× the bytes: report %.1f, gaps %.1f (10 is linear)",
                         runs[1].report.seconds / runs[0].report.seconds, runs[1].gaps.seconds / runs[0].gaps.seconds))
        }

        // The references again, now that the long runs are over: the machine's other load moves them
        // as it moves everything, and the final table takes the faster measurement of each (the
        // stricter reference for every ratio).
        let nfcAgain = ReferenceICU.nfcThroughput(corpus: corpus, rounds: rounds)
        let sentenceBreakAgain = [ReferenceICU.TextAccess.utf16Copy, .utf8UText]
            .map { ReferenceICU.sentenceBreakThroughput(corpus: normalizedCorpus, access: $0, rounds: rounds) }
            .min { $0.seconds < $1.seconds }!
        print(String(repeating: "-", count: 84))
        print(String(format: "references measured again: raw ICU NFC %.1f MB/s (first %.1f), sentence break %.1f MB/s (first %.1f); the faster of each counts below",
                     nfcAgain.megabytesPerSecond, nfc.megabytesPerSecond, sentenceBreakAgain.megabytesPerSecond,
                     sentenceBreak.megabytesPerSecond))
        let nfcReference = nfcAgain.seconds < nfc.seconds ? nfcAgain : nfc
        let sentenceBreakReference = sentenceBreakAgain.seconds < sentenceBreak.seconds ? sentenceBreakAgain : sentenceBreak

        // Every stage beside both references of the same run.
        print(String(repeating: "=", count: 84))
        print("stage".padding(toLength: 40, withPad: " ", startingAt: 0) + "     MB/s   × raw ICU NFC   × raw ICU sentence break")
        for stage in stages {
            print(stage.name.padding(toLength: 40, withPad: " ", startingAt: 0)
                  + String(format: "%9.1f   %13.3f   %24.3f", stage.megabytesPerSecond,
                           stage.megabytesPerSecond / nfcReference.megabytesPerSecond,
                           stage.megabytesPerSecond / sentenceBreakReference.megabytesPerSecond))
        }
        print(String(repeating: "=", count: 84))

        // Alignment of 10,000 × 10,000 generated sentences.
        let alignmentTime = AlignmentBenchmark.run(sentences: alignmentSentences)
        print(String(format: "alignment of %d × %d generated sentences: %.3f s (band %d, %d links)",
                     alignmentSentences, alignmentSentences, alignmentTime.seconds, alignmentTime.band, alignmentTime.links))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "peak memory of the benchmark itself: %.0f MB (it holds the generated corpus, normalized and parsed)",
                     Double(usage.ru_maxrss) / 1024))
    }

    private func report(_ results: [Throughput], reference: Throughput) {
        print(String(repeating: "-", count: 84))
        for result in results {
            let ratio = result.megabytesPerSecond / reference.megabytesPerSecond
            print(result.name.padding(toLength: 40, withPad: " ", startingAt: 0)
                  + String(format: "%9.1f MB/s   %5.2f× %@", result.megabytesPerSecond, ratio, reference.name))
        }
    }
}

extension BenchCommand {
    /// `booth report` once per job count, the page cache dropped before each run (files, the binary and
    /// ICU's data alike): what the read-ahead is for. Prints a line; says why when it cannot drop.
    func reportOnColdCache(directory: String, bytes: Int, jobCounts: [Int], warm: [Throughput]) throws {
        var runs: [String] = []
        for (slot, jobs) in jobCounts.enumerated() {
            if let reason = Self.dropPageCache() {
                print("cold page cache: not measured (\(reason))")
                return
            }
            let run = try ChildRun.booth(["report", "--quiet", "--format", "jsonl", "--jobs", String(jobs), directory])
            guard run.status == 0 else { throw ValidationError("booth report exited with status \(run.status) in the benchmark") }
            let warmSeconds = slot < warm.count ? warm[slot].seconds : .nan
            runs.append(String(format: "%d job%@ %.1f MB/s (%.2f s; warm %.2f s)", jobs, jobs == 1 ? "" : "s",
                               Double(bytes) / 1e6 / run.seconds, run.seconds, warmSeconds))
        }
        print("cold page cache, dropped before each run: " + runs.joined(separator: ", "))
    }

    /// Writes back dirty pages, then drops the page cache; the reason when it cannot.
    static func dropPageCache() -> String? {
        sync()
        guard let handle = FileHandle(forWritingAtPath: "/proc/sys/vm/drop_caches") else {
            return "cannot open /proc/sys/vm/drop_caches for writing: run as root"
        }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("3\n".utf8)) } catch { return "writing /proc/sys/vm/drop_caches failed: \(error)" }
        return nil
    }
}
