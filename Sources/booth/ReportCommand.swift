import ArgumentParser
import BoothKit
import Foundation
import Rainbow

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The passages a careful reader should not quote blindly, with reasons: text, JSON, CSV or an HTML page.",
        discussion: """
        Each flag has a code, a severity, a message and a place (file, UTF-8 byte offsets, line:column):

          inaudible-gap           warning; error when the sentence also holds a glossary term
          deprecated-term         warning: a deprecated glossary term
          forbidden-term          error: a forbidden glossary term
          inconsistent-rendering  warning: one concept rendered differently by one speaker, or across files
          interpreted-quote-risk  warning: interpreted speech with a direct quotation or a number
          repaired-break          info: a paragraph joined by normalization
          mixed-script            warning: a word mixing scripts (ICU spoof checker)
          unbalanced-marker       warning: a "(" or "[" that never closes
        With --source (the speaker's own words for the one input, its interpretation):
          omission                warning: a source sentence with no interpretation (flagged in the source)
          addition                warning: an interpreted sentence with no source
          term-not-rendered       warning: a glossary concept of the source absent from the linked interpretation
          number-mismatch         warning: numbers that differ between linked sentences
          low-confidence-link     info: a link the aligner is unsure of
          gap-recovered           info: a gap of the interpretation, with the source words that fill it

        Formats: text (grouped by file and speaker; coloured when stdout is a terminal and NO_COLOR is \
        unset), json (one document), jsonl (one flag a line), csv (RFC 4180; formula-like cells \
        neutralized), html (one self-contained page; write it with --output).

        JSON schema (json: {"files": […], "summary": {"error": n, "warning": n, "info": n}, "flags": […]};
        jsonl: one flag a line): code, severity, message, file, start, end, line, column, text, turn,
        speaker, mode, concept — keys always present, null when empty.

        EXAMPLES
          booth report Corpora/
          booth report Corpora/ --format html --output report.html
          booth report --fail-on error --ignore repaired-break,interpreted-quote-risk transcripts/
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
        let analyzed = try analysis.run(input.inputs)
        let glossary = analyzed.glossary
        var results = analyzed.results
        let inputFailure = analyzed.failure
        // Per-file flags in parallel, then the run-wide check of renderings.
        let reviewer = Reviewer(glossary: glossary)
        let perFile = ParallelMap.map(results, jobs: analysis.jobs) { reviewer.reviewFile($0.transcript, $0.matches) }
        var flags = reviewer.review(results, perFile: perFile)
        var alignment: Alignment?
        if let source, let interpretation = results.first {
            let matcher = try TermMatcher(index: analyzed.index)
            let parser = TranscriptParser(options: .init(language: analysis.lang))
            let sourceTranscript = try parser.parse(try Normalizer().normalize(InputFiles.read(source == "-" ? .standardInput : .file(source))))
            let sourceMatches = try matcher.matches(in: sourceTranscript)
            let aligned = DocumentAligner().align(source: sourceTranscript, sourceMatches: sourceMatches,
                                                  target: interpretation.transcript, targetMatches: interpretation.matches)
            alignment = aligned
            flags += PairReviewer(glossary: glossary).review(aligned)
            flags += Reviewer(glossary: glossary).review([(sourceTranscript, sourceMatches)])
            results.append((sourceTranscript, sourceMatches))
            flags.sort { ($0.file, $0.start, $0.code.rawValue) < ($1.file, $1.start, $1.code.rawValue) }
        }
        if let only { let keep = Set(Self.codes(only)); flags = flags.filter { keep.contains($0.code.rawValue) } }
        if let ignore { let drop = Set(Self.codes(ignore)); flags = flags.filter { !drop.contains($0.code.rawValue) } }

        let rendered: String
        switch format {
        case .text:
            let colored = output == nil && isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            rendered = ReportRendering.text(flags, files: results.map(\.transcript.source.name), colored: colored)
        case .json: rendered = try ReportRendering.json(flags, files: results.map(\.transcript.source.name)) + "\n"
        case .jsonl: rendered = try ReportRendering.jsonl(flags)
        case .csv: rendered = ReportRendering.csv(flags)
        case .html: rendered = HTMLReport(results: results, flags: flags, glossary: glossary, alignment: alignment).render()
        }
        if let output {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw InputError.io(file: output, reason: error.localizedDescription)
            }
        } else {
            StandardOutput.shared.write(rendered)
            try StandardOutput.shared.flush()
        }
        if let inputFailure { throw inputFailure }
        if let failOn, flags.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}

/// The text, JSON, JSON Lines and CSV forms of flags.
enum ReportRendering {
    struct FlagJSON: Encodable {
        var code: String, severity: String, message: String, file: String
        var start: Int, end: Int, line: Int, column: Int, text: String
        @EncodedAsNull var turn: Int?
        @EncodedAsNull var speaker: String?
        @EncodedAsNull var mode: String?
        @EncodedAsNull var concept: String?

        init(_ flag: BoothKit.Flag) {
            code = flag.code.rawValue; severity = flag.severity.rawValue; message = flag.message; file = flag.file
            start = flag.start; end = flag.end; line = flag.position.line; column = flag.position.column; text = flag.text
            turn = flag.turn; speaker = flag.speaker; mode = flag.mode?.rawValue; concept = flag.concept
        }
    }

    struct DocumentJSON: Encodable {
        var files: [String]
        var summary: [String: Int]
        var flags: [FlagJSON]
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func summary(_ flags: [BoothKit.Flag]) -> [String: Int] {
        var summary = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) })
        for flag in flags { summary[flag.severity.rawValue, default: 0] += 1 }
        return summary
    }

    static func json(_ flags: [BoothKit.Flag], files: [String]) throws -> String {
        String(decoding: try encoder().encode(DocumentJSON(files: files, summary: summary(flags), flags: flags.map(FlagJSON.init))),
               as: UTF8.self)
    }

    static func jsonl(_ flags: [BoothKit.Flag]) throws -> String {
        let encoder = encoder()
        return try flags.map { String(decoding: try encoder.encode(FlagJSON($0)), as: UTF8.self) + "\n" }.joined()
    }

    static let csvHeader = ["file", "line", "column", "start", "end", "severity", "code", "speaker", "mode", "concept",
                            "message", "text"]

    static func csv(_ flags: [BoothKit.Flag]) -> String {
        var out = CSVTable.line(csvHeader)
        for flag in flags {
            out += CSVTable.line([flag.file, String(flag.position.line), String(flag.position.column), String(flag.start),
                                  String(flag.end), flag.severity.rawValue, flag.code.rawValue, flag.speaker ?? "",
                                  flag.mode?.rawValue ?? "", flag.concept ?? "", flag.message, flag.text])
        }
        return out
    }

    static func text(_ flags: [BoothKit.Flag], files: [String], colored: Bool) -> String {
        func paint(_ text: String, _ style: (String) -> String) -> String { colored ? style(text) : text }
        var out = ""
        for file in files {
            let fileFlags = flags.filter { $0.file == file }
            out += paint("== \(file): \(fileFlags.count) flag\(fileFlags.count == 1 ? "" : "s")", \.bold) + "\n"
            let bySpeaker = Dictionary(grouping: fileFlags) { $0.speaker ?? "(no speaker)" }
            for speaker in bySpeaker.keys.sorted() {
                out += "\n  " + paint(speaker, \.bold) + "\n"
                for flag in bySpeaker[speaker]! {
                    let severity: String
                    switch flag.severity {
                    case .error: severity = paint("error") { $0.red.bold }
                    case .warning: severity = paint("warning", \.yellow)
                    case .info: severity = paint("info", \.lightBlack)
                    }
                    out += "  \(file):\(flag.position): \(severity) [\(flag.code.rawValue)] \(flag.message)\n"
                    out += "      " + paint("“\(flag.text.count > 160 ? String(flag.text.prefix(157)) + "…" : flag.text)”", \.lightBlack) + "\n"
                }
            }
            out += "\n"
        }
        let counts = summary(flags)
        out += "\(flags.count) flags: \(counts["error"] ?? 0) errors, \(counts["warning"] ?? 0) warnings, \(counts["info"] ?? 0) info\n"
        return out
    }
}
