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
        reported in MB/s with its ratio to the reference. Build in release mode for real figures:

          swift build -c release && .build/release/booth bench
        """
    )

    @Argument(help: "Sample transcripts or directories to build the corpus from.")
    var samples: [String] = ["Corpora"]

    @Option(help: "Size of the generated corpus in megabytes.")
    var megabytes = 20

    @Option(help: "Rounds per measurement; the fastest counts.")
    var rounds = 3

    @Option(help: "Terms in the large generated glossary.")
    var glossaryTerms = 100_000

    @Option(help: "Sentences on each side of the generated alignment.")
    var alignmentSentences = 10_000

    func run() throws {
        var seeds: [[UInt8]] = []
        for entry in InputFiles.expand(samples) { seeds.append(try InputFiles.read(entry).bytes) }
        guard seeds.contains(where: { !$0.isEmpty }) else { throw ValidationError("No sample text in \(samples).") }
        let corpus = BenchmarkCorpus(seeds: seeds, targetBytes: megabytes * 1_000_000)
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
        let sentenceBreak = ReferenceICU.sentenceBreakThroughput(corpus: normalizedCorpus, rounds: rounds)
        let parser = TranscriptParser()
        var index = 0
        let structure = try Throughput.measure("structure + sentences", corpus: normalizedCorpus, rounds: rounds) { _ in
            blackHole(try parser.parse(normalizedTexts[index % normalizedTexts.count]))
            index += 1
        }
        let pipeline = try Throughput.measure("decode + normalize + segment", corpus: corpus, rounds: rounds) { text in
            blackHole(try parser.parse(try normalizer.normalize(try SourceDecoder.decode(text, name: "bench"))))
        }
        let plainBreak = ReferenceICU.sentenceBreakThroughput(corpus: normalizedCorpus, locale: "en_US", rounds: rounds)
        report([sentenceBreak, structure, pipeline, plainBreak], reference: sentenceBreak)

        // Term matching on the same transcripts, with 10 and with 100,000 generated terms.
        let transcripts = try normalizedTexts.map { try parser.parse($0) }
        var matching: [Throughput] = []
        for termCount in [10, glossaryTerms] {
            let glossary = GeneratedGlossary.make(termCount: termCount, vocabularyFrom: corpus.texts)
            let clock = ContinuousClock()
            var index: TermIndex?
            let built = try clock.measure { index = try TermIndex(glossary) }
            let matcher = try TermMatcher(index: index!)
            var position = 0
            matching.append(try Throughput.measure("term matching, \(termCount) terms", corpus: normalizedCorpus, rounds: rounds) { _ in
                blackHole(try matcher.matches(in: transcripts[position % transcripts.count]))
                position += 1
            })
            print("index of \(termCount) terms built in \(built)")
        }
        report(matching, reference: matching[0])
        print(String(format: "glossary-size ratio (time with %d terms / time with 10): %.2f", glossaryTerms,
                     matching[1].seconds / matching[0].seconds))

        // From files on disk: read + decode, and the full report pipeline with one job and with all cores.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("booth-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, text) in corpus.texts.enumerated() {
            let path = directory.appendingPathComponent(String(format: "t%06d.txt", index)).path
            try Data(text).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        var file = 0
        let readDecode = try Throughput.measure("read + decode (files)", corpus: corpus, rounds: rounds) { _ in
            blackHole(try InputFiles.read(.file(paths[file % paths.count])))
            file += 1
        }
        report([readDecode], reference: sentenceBreak)
        let bundled = try GlossaryLoader.bundled()
        let bundledIndex = try TermIndex(bundled)
        var pipelines: [Throughput] = []
        for jobs in [1, ProcessInfo.processInfo.activeProcessorCount] {
            let clock = ContinuousClock()
            Progress.quiet = true
            let elapsed = try clock.measure {
                let analyzed = try analyze([directory.path], language: nil, index: bundledIndex, jobs: jobs)
                blackHole(Reviewer(glossary: bundled).review(analyzed.results))
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            pipelines.append(Throughput(name: "full report pipeline, \(jobs) job\(jobs == 1 ? "" : "s")", bytes: corpus.byteCount, seconds: seconds))
        }
        report(pipelines, reference: sentenceBreak)
        if pipelines.count == 2 {
            print(String(format: "speed-up with %d jobs: %.2f×", ProcessInfo.processInfo.activeProcessorCount,
                         pipelines[0].seconds / pipelines[1].seconds))
        }

        // Alignment of 10,000 × 10,000 generated sentences.
        let alignmentTime = AlignmentBenchmark.run(sentences: alignmentSentences)
        print(String(format: "alignment of %d × %d generated sentences: %.3f s (band %d, %d links)",
                     alignmentSentences, alignmentSentences, alignmentTime.seconds, alignmentTime.band, alignmentTime.links))
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "peak memory: %.0f MB (the whole generated corpus is held in memory by the benchmark itself)",
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
