import BoothKit

/// A speaker of a file, in figures: a line of `booth segment --speakers` output.
struct SpeakerRecord: Codable {
    var file: String
    /// Null for speech without a speaker.
    @EncodedAsNull var speaker: String?
    @EncodedAsNull var who: String?
    @EncodedAsNull var role: String?
    @EncodedAsNull var speakerFrom: String?
    var turns: Int
    var sentences: Int
    var words: Int
    var interpretedTurns: Int
    var interpretedWords: Int
    var wordsByLanguage: [String: Int]
    var spokenLanguages: [String]
    var gaps: Int
    /// Where the speaker first speaks: the turn, and its line and column in the original file.
    var firstTurn: Int
    var line: Int
    var column: Int

    enum CodingKeys: String, CodingKey {
        case file, speaker, who, role, speakerFrom = "speaker_from", turns, sentences, words,
             interpretedTurns = "interpreted_turns", interpretedWords = "interpreted_words",
             wordsByLanguage = "words_by_language", spokenLanguages = "spoken_languages", gaps,
             firstTurn = "first_turn", line, column
    }

    init(_ summary: SpeakerSummary, in transcript: Transcript) {
        file = transcript.source.name
        speaker = summary.speakerID
        who = summary.who
        role = summary.role
        speakerFrom = summary.source?.rawValue
        turns = summary.turns
        sentences = summary.sentences
        words = summary.words
        interpretedTurns = summary.interpretedTurns
        interpretedWords = summary.interpretedWords
        wordsByLanguage = summary.wordsByLanguage
        spokenLanguages = summary.spokenLanguages
        gaps = summary.gaps
        firstTurn = summary.firstTurn
        let position = transcript.position(of: transcript.turns[summary.firstTurn].range)
        line = position.line
        column = position.column
    }
}

/// The table of `booth segment --speakers --format text`: a row per speaker, in the order they first
/// speak.
enum SpeakerTable {
    static func render(_ summaries: [SpeakerSummary], of transcript: Transcript) -> String {
        render(summaries, title: transcript.source.name)
    }

    /// The table of many files' speakers together (`SpeakerSummary.totals`).
    static func renderTotals(_ summaries: [SpeakerSummary], files: Int) -> String {
        render(summaries, title: "all \(files) files")
    }

    private static func render(_ summaries: [SpeakerSummary], title: String) -> String {
        guard !summaries.isEmpty else { return "== \(title)\n(no speech)\n\n" }
        var rows = [["speaker", "turns", "sentences", "words", "interpreted", "languages", "gaps"]]
        for summary in summaries {
            let name = (summary.who ?? "(no speaker)") + (summary.source?.readerNote ?? "")
            let share = summary.words == 0 ? "" : " (\(Int((Double(summary.interpretedWords) / Double(summary.words) * 100).rounded()))%)"
            let languages = summary.wordsByLanguage.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
                + summary.spokenLanguages.filter { summary.wordsByLanguage[$0] == nil }.map { "spoke \($0)" }
            rows.append([name, String(summary.turns), String(summary.sentences), String(summary.words),
                         summary.interpretedWords == 0 ? "0" : "\(summary.interpretedWords)\(share)",
                         languages.joined(separator: ", "), String(summary.gaps)])
        }
        // Columns padded to their widest cell, as a terminal shows it; the numbers right-aligned.
        let widths = rows[0].indices.map { column in rows.map { displayWidth($0[column]) }.max() ?? 0 }
        var out = "== \(title)\n"
        for row in rows {
            let cells = row.indices.map { column -> String in
                let padding = String(repeating: " ", count: widths[column] - displayWidth(row[column]))
                return column == 0 || column == 5 ? row[column] + padding : padding + row[column]
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return out + "\n"
    }

    /// Columns a terminal gives the text: two for the wide characters of East Asian scripts (Han,
    /// kana, Hangul, full-width forms), none for combining marks, one for the rest.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return width }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return width + 2
            default:
                return width + 1
            }
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
