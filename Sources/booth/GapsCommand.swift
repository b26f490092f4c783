import ArgumentParser
import BoothKit
import Foundation

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List every inaudible, unintelligible, crosstalk or untranscribed passage with its speaker, sentence and nearby terms.",
        discussion: """
        One record per gap marker — inaudible (also "unintelligible", "indiscernible", "[unclear]", \
        "(неразборчиво)" …), crosstalk, audio-interrupted and untranscribed ("[foreign language]", \
        "(no interpretation)"), from Lexicons/markers.txt — with the file, \
        speaker (and who holds the chair when the speaker is the chair's title, "President. –"), role, \
        delivery mode (a gap in interpreted speech is a gap in the interpretation, not \
        necessarily in the speaker's words), the sentence, up to eight words on either side (sixteen characters of text without spaces), the \
        glossary concepts of the same sentence, the marker as written, its UTF-8 byte offsets and \
        line:column in the original, a timestamp when the marker has one, and the time its turn starts \
        at when the transcript gives one ("[00:01:23] SECRETARY BLINKEN:", "Speaker 1 (00:02):"): \
        where to listen when the marker has no time. Totals per file and per speaker follow.

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
        // Each file is reduced to its gaps, rendered on its worker, and written as soon as the files
        // before it are; only the totals (per file and per speaker) are kept to the end.
        let glossary = try analysis.glossaryOptions.load()
        let format = format
        var count = 0
        var byFile: [String: Int] = [:], bySpeaker: [String: Int] = [:]
        switch format {
        case .csv: StandardOutput.shared.write(CSVTable.line(GapsRendering.csvHeader))
        case .json: StandardOutput.shared.write("{\"gaps\":[")
        case .text: break
        }
        let inputFailure = try analysis.runInOrder(input.inputs, glossary: glossary) { transcript, matches in
            let gaps = Gaps.find(in: transcript, matches: matches, glossary: glossary)
            return (gaps, try GapsRendering.chunk(gaps, format: format))
        } consume: { (gaps: [Gap], rendered: String) in
            guard !gaps.isEmpty else { return }
            StandardOutput.shared.write((format == .json && count > 0 ? "," : "") + rendered)
            count += gaps.count
            let totals = Gaps.totals(gaps)
            byFile.merge(totals.byFile, uniquingKeysWith: +)
            bySpeaker.merge(totals.bySpeaker, uniquingKeysWith: +)
        }
        switch format {
        case .text: StandardOutput.shared.write(GapsRendering.textTotals(count: count, byFile: byFile, bySpeaker: bySpeaker))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let totals = GapsRendering.TotalsJSON(files: byFile, speakers: bySpeaker)
            StandardOutput.shared.write("],\"totals\":" + String(decoding: try encoder.encode(totals), as: UTF8.self) + "}\n")
        case .csv: break
        }
        try StandardOutput.shared.flush()
        if let inputFailure { throw inputFailure }
    }
}

enum GapsRendering {
    struct GapJSON: Encodable {
        var file: String, kind: String, marker: String
        @EncodedAsNull var timestamp: String?
        @EncodedAsNull var turnTime: String?
        var start: Int, end: Int, line: Int, column: Int, turn: Int
        @EncodedAsNull var speaker: String?
        /// "label", or "header" for an unlabelled opening statement whose speaker the title names; null without one.
        @EncodedAsNull var speakerFrom: String?
        @EncodedAsNull var role: String?
        /// Who holds the chair, when the speaker is the chair's title ("President. –"); null otherwise.
        @EncodedAsNull var presiding: String?
        var mode: String, sentenceIndex: Int, sentence: String, before: String, after: String, concepts: [String]

        enum CodingKeys: String, CodingKey {
            case file, kind, marker, timestamp, turnTime = "turn_time", start, end, line, column, turn, speaker, speakerFrom = "speaker_from", role, presiding, mode
            case sentenceIndex = "sentence_index", sentence, before, after, concepts
        }

        init(_ gap: Gap) {
            file = gap.file; kind = gap.kind.rawValue; marker = gap.marker; timestamp = gap.timestamp; turnTime = gap.turnTime
            start = gap.start; end = gap.end; line = gap.position.line; column = gap.position.column
            turn = gap.turn; speaker = gap.speaker; role = gap.role; mode = gap.mode.rawValue
            speakerFrom = gap.speakerFrom?.rawValue
            presiding = gap.presiding
            sentenceIndex = gap.sentenceIndex; sentence = gap.sentence; before = gap.before; after = gap.after
            concepts = gap.concepts
        }
    }

    /// The "totals" member of the JSON document.
    struct TotalsJSON: Encodable { var files: [String: Int]; var speakers: [String: Int] }

    /// One file's gaps, rendered: text lines under a heading, CSV rows, or JSON objects joined by ",".
    static func chunk(_ gaps: [Gap], format: GapsCommand.Format) throws -> String {
        switch format {
        case .text: return text(gaps)
        case .csv: return csvRows(gaps)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try gaps.map { String(decoding: try encoder.encode(GapJSON($0)), as: UTF8.self) }.joined(separator: ",")
        }
    }

    static let csvHeader = ["file", "line", "column", "start", "end", "kind", "marker", "timestamp", "speaker", "role",
                            "mode", "turn", "sentence_index", "before", "after", "sentence", "concepts", "turn_time", "speaker_from",
                            "presiding"]

    static func csvRows(_ gaps: [Gap]) -> String {
        var out: [UInt8] = []  // one buffer for the file's rows
        for gap in gaps {
            CSVTable.appendLine([gap.file, String(gap.position.line), String(gap.position.column), String(gap.start),
                                 String(gap.end), gap.kind.rawValue, gap.marker, gap.timestamp ?? "", gap.speaker ?? "",
                                 gap.role ?? "", gap.mode.rawValue, String(gap.turn), String(gap.sentenceIndex),
                                 gap.before, gap.after, gap.sentence, gap.concepts.joined(separator: " "),
                                 gap.turnTime ?? "", gap.speakerFrom?.rawValue ?? "", gap.presiding ?? ""], to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func text(_ gaps: [Gap]) -> String {
        var out = ""
        var file: String?
        for gap in gaps {
            if gap.file != file { out += "== \(gap.file)\n"; file = gap.file }
            out += "\(gap.file):\(gap.position): \(gap.kind.rawValue) \(gap.marker)"
            out += " — \(gap.who.flatMap { $0.isEmpty ? nil : $0 } ?? "no speaker")"
            out += gap.speakerFrom?.readerNote ?? ""
            if let chair = gap.presiding { out += " (\(chair) in the chair)" }
            out += ", \(gap.mode.rawValue)"
            if let timestamp = gap.timestamp {
                out += ", at \(timestamp)"
            } else if let turnTime = gap.turnTime {
                out += ", in the turn from \(turnTime)"
            }
            let joiner = gap.after.first.map { $0.isPunctuation ? "" : " " } ?? ""
            out += "\n  …\(gap.before) \(gap.marker)\(joiner)\(gap.after)…\n"
            if !gap.concepts.isEmpty { out += "  terms in the sentence: \(gap.concepts.joined(separator: ", "))\n" }
        }
        return out
    }

    /// The closing line of the text form.
    static func textTotals(count: Int, byFile: [String: Int], bySpeaker: [String: Int]) -> String {
        var out = "\n\(count) gap\(count == 1 ? "" : "s")"
        if count > 0 {
            // "name: count", as a name may end in a number ("SPEAKER 1").
            out += " — by file: " + byFile.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            out += "; by speaker: " + bySpeaker.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        }
        return out + "\n"
    }
}
