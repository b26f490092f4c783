import ArgumentParser
import BoothKit
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The passages a careful reader should not quote blindly, with reasons: text, JSON, CSV or an HTML page.",
        discussion: """
        Each flag has a code, a severity, a message and a place (file, UTF-8 byte offsets, line:column):

          inaudible-gap           warning; error when the sentence also holds a
                                  glossary term
          deprecated-term         warning: a deprecated glossary term
          forbidden-term          error: a forbidden glossary term
          inconsistent-rendering  warning: a concept worded two ways in one language,
                                  by one speaker or across files
          interpreted-quote-risk  warning: interpreted speech with a direct
                                  quotation or a number
          repaired-break          info: a paragraph joined by normalization
          mixed-script            warning: a word mixing scripts (ICU spoof checker)
          unbalanced-marker       warning: a "(" or "[" that never closes
          unverified-spelling     warning: a word written as heard ("Shoygu [ph]", "(sp?)")
        With --source (the speaker's own words for the one input, its interpretation):
          omission                warning: a source sentence with no interpretation
                                  (flagged in the source)
          addition                warning: an interpreted sentence with no source
          term-not-rendered       warning: a glossary concept of the source absent
                                  from the linked interpretation
          number-mismatch         warning: numbers that differ between linked
                                  sentences
          low-confidence-link     info: a link the aligner is unsure of
          gap-recovered           info: a gap of the interpretation, with the
                                  source words that fill it

        Formats: text (grouped by file and speaker; coloured when stdout is a terminal and NO_COLOR is \
        unset), json (one document), jsonl (one flag a line), csv (RFC 4180; formula-like cells \
        neutralized), html (one self-contained page; write it with --output).

        Flags come file by file in input order, each file's in text order, written as each file is done \
        (memory follows the largest file, not the run); the run-wide inconsistent-rendering flags (one per \
        file and rendering) come last, in text under "== across files" in file order, with a speaker \
        heading wherever the speaker changes. html and --source hold the run \
        in memory.

        JSON schema (json: {"flags": […], "files": […], "summary": {"error": n, "warning": n, "info": n}};
        jsonl: one flag a line): code, severity, message, file, start, end, line, column, text, turn,
        speaker, mode, concept — keys always present, null when empty.

        EXAMPLES
          booth report Corpora/
          booth report Corpora/ --format html --output report.html
          booth report --fail-on error --ignore repaired-break transcripts/
          booth report --source lavrov-ru.txt lavrov-en.txt     # with the pair's flags
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv, html }

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions


    @Option(help: "Output format: text, json, jsonl, csv or html.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Exit with status 1 when a flag of this severity or higher remains: warning or error.")
    var failOn: Severity?

    @Option(help: ArgumentHelp("Keep only these flag codes (comma-separated).", valueName: "codes"))
    var only: String?

    @Option(help: ArgumentHelp("Drop these flag codes (comma-separated).", valueName: "codes"))
    var ignore: String?

    @Option(help: ArgumentHelp("The source transcript that the one input interprets: adds omission, addition, term-not-rendered, number-mismatch, low-confidence-link and gap-recovered flags.",
                               valueName: "file"))
    var source: String?

    func validate() throws {
        for list in [only, ignore].compactMap({ $0 }) {
            for code in Self.codes(list) where FlagCode(rawValue: code) == nil {
                throw ValidationError("Unknown flag code '\(code)'. Codes: \(FlagCode.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        if source != nil && input.inputs.count != 1 {
            throw ValidationError("--source pairs one source with one interpretation: give exactly one input.")
        }
        if format == .html && output == nil {
            throw ValidationError("--format html writes a page: name it with --output FILE (e.g. --output report.html).")
        }
    }

    static func codes(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        if format == .html || source != nil { try runHoldingTheRun() } else { try runStreaming() }
    }

    /// Whether a flag survives --only and --ignore.
    private var keeps: @Sendable (BoothKit.Flag) -> Bool {
        let kept = only.map { Set(Self.codes($0)) }, dropped = Set(ignore.map(Self.codes) ?? [])
        return { flag in (kept?.contains(flag.code.rawValue) ?? true) && !dropped.contains(flag.code.rawValue) }
    }

    /// text, json, jsonl and csv: each file is reviewed and rendered on its worker and written as soon as
    /// the files before it are; only the run-wide rendering check outlives a transcript. Memory follows
    /// the largest file, not the run.
    private func runStreaming() throws {
        let glossary = try analysis.glossaryOptions.load()
        let reviewer = Reviewer(glossary: glossary)
        let colored = output == nil && format == .text && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let format = format
        let sink = try OutputSink(path: output)
        let ledger = RenderingLedger()
        var counts = ReportCounts()
        var files: [String] = []
        var firstJSONFlag = true
        func write(_ flags: [BoothKit.Flag], rendered: [UInt8]) throws {
            counts.add(flags)
            if format == .json {
                guard !rendered.isEmpty else { return }
                sink.write(firstJSONFlag ? "\n" : ",\n")
                firstJSONFlag = false
            }
            sink.write(bytes: rendered)
            try sink.flushIfFull()
        }
        switch format {
        case .csv: sink.write(CSVTable.line(ReportRendering.csvHeader))
        case .json: sink.write(ReportRendering.jsonOpening)
        default: break
        }
        let keep = self.keeps, filtering = only != nil || ignore != nil
        let failure = try analysis.runInOrder(input.inputs, glossary: glossary, summarize: { transcript, matches in
            let reviewed = reviewer.reviewFile(transcript, matches)
            let flags = filtering ? reviewed.flags.filter(keep) : reviewed.flags
            return (transcript.source.name, flags, reviewed.renderings,
                    ReportRendering.chunk(flags, format: format, heading: transcript.source.name, colored: colored))
        }, consume: { (summary: (file: String, flags: [BoothKit.Flag], renderings: [RenderingLedger.FirstUse], rendered: [UInt8])) in
            files.append(summary.file)
            try ledger.record(summary.renderings)
            try write(summary.flags, rendered: summary.rendered)
        })
        // The run-wide flags, a batch at a time; in text, one "across files" section (its heading counts
        // the flags, so the batches are rendered without it), in file order with a speaker heading
        // wherever the speaker changes.
        var runWideCount = 0
        var previousSpeaker: String?
        if format == .text { try ledger.forEachBatch(glossary: glossary) { runWideCount += $0.filter(keep).count } }
        if runWideCount > 0, format == .text { sink.write(ReportRendering.textHeading("across files", count: runWideCount, colored: colored)) }
        let jobs = analysis.jobs
        try ledger.forEachBatch(glossary: glossary) { batch in
            let flags = filtering ? batch.filter(keep) : batch
            guard !flags.isEmpty else { return }
            if format == .text {
                try write(flags, rendered: Array(ReportRendering.textBodyInOrder(flags, colored: colored, previousSpeaker: &previousSpeaker).utf8))
            } else {
                // This phase comes after the last file, so the other cores would idle: the batch is rendered
                // in slices on all of them, and the slices are written in order.
                for (slice, rendered) in ReportRendering.chunks(flags, format: format, jobs: jobs) { try write(slice, rendered: rendered) }
            }
        }
        if runWideCount > 0, format == .text { sink.write("\n") }
        switch format {
        case .text: sink.write(ReportRendering.textSummary(counts))
        case .json: sink.write(try ReportRendering.jsonClosing(files: files, counts: counts))
        default: break
        }
        try sink.finish()
        if let failure { throw failure }
        if let failOn, counts.worst.map({ $0 >= failOn }) == true { throw ExitCode(1) }
    }

    /// html and --source: the page shows every transcript, and a pair is aligned whole, so the run is held
    /// in memory.
    private func runHoldingTheRun() throws {
        let analyzed = try analysis.run(input.inputs)
        let glossary = analyzed.glossary
        var results = analyzed.results
        let inputFailure = analyzed.failure
        let reviewer = Reviewer(glossary: glossary)
        var flags = try reviewer.review(results)
        var alignment: Alignment?
        if let source, let interpretation = results.first {
            let matcher = try TermMatcher(index: analyzed.index)
            let parser = TranscriptParser(options: .init(language: analysis.lang))
            let sourceTranscript = try parser.parse(try analyzed.normalizer.normalize(InputFiles.read(source == "-" ? .standardInput : .file(source))))
            let sourceMatches = try matcher.matches(in: sourceTranscript)
            let aligned = DocumentAligner().align(source: sourceTranscript, sourceMatches: sourceMatches,
                                                  target: interpretation.transcript, targetMatches: interpretation.matches)
            alignment = aligned
            flags += PairReviewer(glossary: glossary).review(aligned)
            flags += try reviewer.review([(sourceTranscript, sourceMatches)])
            results.append((sourceTranscript, sourceMatches))
            flags.sort { ($0.file, $0.start, $0.code.rawValue) < ($1.file, $1.start, $1.code.rawValue) }
        }
        flags = flags.filter(keeps)
        let files = results.map(\.transcript.source.name)
        let rendered: String
        switch format {
        case .text:
            let colored = output == nil && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            rendered = ReportRendering.text(flags, files: files, colored: colored)
        case .json: rendered = try ReportRendering.json(flags, files: files)
        case .jsonl: rendered = ReportRendering.jsonl(flags)
        case .csv: rendered = ReportRendering.csv(flags)
        case .html: rendered = HTMLReport(results: results, flags: flags, glossary: glossary, alignment: alignment).render()
        }
        let sink = try OutputSink(path: output)
        sink.write(rendered)
        try sink.finish()
        if let inputFailure { throw inputFailure }
        if let failOn, flags.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}
