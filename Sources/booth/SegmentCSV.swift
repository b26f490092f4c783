import BoothKit

/// `booth segment --format csv`: the JSON records as spreadsheet rows (RFC 4180, injection-safe:
/// `CSVTable`), one header line for the whole run. Lists become cells joined by ";": a sentence's
/// markers as their kinds ("inaudible;crosstalk"), a speaker's words by language as "en:556;ru:3".
enum SegmentCSV {
    static let sentenceHeader = ["file", "turn", "sentence", "speaker", "role", "mode", "language", "start", "end",
                                 "line", "column", "text", "markers"]
    static let turnHeader = ["file", "turn", "speaker", "role", "label", "speaker_from", "presiding", "mode", "mode_evidence",
                             "language", "spoken_language", "start", "end", "line", "column", "paragraphs", "sentences",
                             "delivery", "time", "markers"]
    static let speakerHeader = ["file", "speaker", "who", "role", "speaker_from", "turns", "sentences", "words",
                                "interpreted_turns", "interpreted_words", "words_by_language", "spoken_languages", "gaps",
                                "first_turn", "line", "column"]

    static func row(_ record: SentenceRecord) -> [String] {
        [record.file, String(record.turn), String(record.sentence), record.speaker ?? "", record.role ?? "", record.mode,
         record.language, String(record.start), String(record.end), String(record.line), String(record.column), record.text,
         record.markers.map(\.kind).joined(separator: ";")]
    }

    static func row(_ record: TurnRecord) -> [String] {
        [record.file, String(record.turn), record.speaker ?? "", record.role ?? "", record.label ?? "", record.speakerFrom ?? "",
         record.presiding ?? "", record.mode, record.modeEvidence ?? "", record.language, record.spokenLanguage ?? "",
         String(record.start), String(record.end), String(record.line), String(record.column), String(record.paragraphs),
         String(record.sentences), record.delivery.map(\.text).joined(separator: ";"), record.time ?? "",
         record.markers.map(\.kind).joined(separator: ";")]
    }

    static func row(_ record: SpeakerRecord) -> [String] {
        [record.file, record.speaker ?? "", record.who ?? "", record.role ?? "", record.speakerFrom ?? "", String(record.turns),
         String(record.sentences), String(record.words), String(record.interpretedTurns), String(record.interpretedWords),
         record.wordsByLanguage.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ";"),
         record.spokenLanguages.joined(separator: ";"), String(record.gaps), String(record.firstTurn), String(record.line),
         String(record.column)]
    }

    /// Rows as CSV text.
    static func lines(_ rows: [[String]]) -> String {
        var out: [UInt8] = []
        for row in rows { CSVTable.appendLine(row, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
