import ArgumentParser
import BoothKit
import Foundation

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List every inaudible, unintelligible or crosstalk passage with its speaker, sentence and nearby terms.",
        discussion: """
        One record per gap marker — inaudible (also "unintelligible", "indiscernible", "[unclear]", \
        "(неразборчиво)" …), crosstalk and audio-interrupted, from Lexicons/markers.txt — with the file, \
        speaker, role, delivery mode (a gap in interpreted speech is a gap in the interpretation, not \
        necessarily in the speaker's words), the sentence, up to eight words on either side, the \
        glossary concepts of the same sentence, the marker as written, its UTF-8 byte offsets and \
        line:column in the original, and a timestamp when the marker has one. Totals per file and per \
        speaker follow.

        json prints one document {"gaps": […], "totals": {"files": {…}, "speakers": {…}}}; csv one \
        row per gap (formula-like cells neutralized).

        EXAMPLES
          booth gaps Corpora/stockholm-2021-12-02.txt
          booth gaps --format csv transcripts/ > gaps.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions


    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    func run() throws {
        // Each file is reduced to its gaps on its worker; the transcripts are not kept.
        var gaps: [Gap] = []
        let glossary = try analysis.glossaryOptions.load()
        let inputFailure = try analysis.runInOrder(input.inputs, glossary: glossary) { transcript, matches in
            Gaps.find(in: transcript, matches: matches, glossary: glossary)
        } consume: { gaps += $0 }
        switch format {
        case .text: StandardOutput.shared.write(GapsRendering.text(gaps))
        case .json: StandardOutput.shared.write(try GapsRendering.json(gaps) + "\n")
        case .csv: StandardOutput.shared.write(GapsRendering.csv(gaps))
        }
        try StandardOutput.shared.flush()
        if let inputFailure { throw inputFailure }
    }
}

/// The text, JSON and CSV forms of gaps.
enum GapsRendering {
    struct GapJSON: Encodable {
        var file: String, kind: String, marker: String
        @EncodedAsNull var timestamp: String?
        var start: Int, end: Int, line: Int, column: Int, turn: Int
        @EncodedAsNull var speaker: String?
        @EncodedAsNull var role: String?
        var mode: String, sentenceIndex: Int, sentence: String, before: String, after: String, concepts: [String]

        enum CodingKeys: String, CodingKey {
            case file, kind, marker, timestamp, start, end, line, column, turn, speaker, role, mode
            case sentenceIndex = "sentence_index", sentence, before, after, concepts
        }

        init(_ gap: Gap) {
            file = gap.file; kind = gap.kind.rawValue; marker = gap.marker; timestamp = gap.timestamp
            start = gap.start; end = gap.end; line = gap.position.line; column = gap.position.column
            turn = gap.turn; speaker = gap.speaker; role = gap.role; mode = gap.mode.rawValue
            sentenceIndex = gap.sentenceIndex; sentence = gap.sentence; before = gap.before; after = gap.after
            concepts = gap.concepts
        }
    }

    struct DocumentJSON: Encodable {
        struct Totals: Encodable { var files: [String: Int]; var speakers: [String: Int] }
        var gaps: [GapJSON]
        var totals: Totals
    }

    static func json(_ gaps: [Gap]) throws -> String {
        let totals = Gaps.totals(gaps)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let document = DocumentJSON(gaps: gaps.map(GapJSON.init),
                                    totals: .init(files: totals.byFile, speakers: totals.bySpeaker))
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    static let csvHeader = ["file", "line", "column", "start", "end", "kind", "marker", "timestamp", "speaker", "role",
                            "mode", "turn", "sentence_index", "before", "after", "sentence", "concepts"]

    static func csv(_ gaps: [Gap]) -> String {
        var out = CSVTable.line(csvHeader)
        for gap in gaps {
            out += CSVTable.line([gap.file, String(gap.position.line), String(gap.position.column), String(gap.start),
                                  String(gap.end), gap.kind.rawValue, gap.marker, gap.timestamp ?? "", gap.speaker ?? "",
                                  gap.role ?? "", gap.mode.rawValue, String(gap.turn), String(gap.sentenceIndex),
                                  gap.before, gap.after, gap.sentence, gap.concepts.joined(separator: " ")])
        }
        return out
    }

    static func text(_ gaps: [Gap]) -> String {
        var out = ""
        var file: String?
        for gap in gaps {
            if gap.file != file { out += "== \(gap.file)\n"; file = gap.file }
            let who = [gap.role, gap.speaker].compactMap { $0 }.joined(separator: " ")
            out += "\(gap.file):\(gap.position): \(gap.kind.rawValue) \(gap.marker)"
            out += " — \(who.isEmpty ? "no speaker" : who), \(gap.mode.rawValue)"
            if let timestamp = gap.timestamp { out += ", at \(timestamp)" }
            let joiner = gap.after.first.map { $0.isPunctuation ? "" : " " } ?? ""
            out += "\n  …\(gap.before) \(gap.marker)\(joiner)\(gap.after)…\n"
            if !gap.concepts.isEmpty { out += "  terms in the sentence: \(gap.concepts.joined(separator: ", "))\n" }
        }
        let totals = Gaps.totals(gaps)
        out += "\n\(gaps.count) gap\(gaps.count == 1 ? "" : "s")"
        if !gaps.isEmpty {
            out += ": " + totals.byFile.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out += "; by speaker: " + totals.bySpeaker.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return out + "\n"
    }
}
