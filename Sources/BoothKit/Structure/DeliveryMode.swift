/// How the words of a turn reached the transcript.
public enum DeliveryMode: String, Sendable, Codable, CaseIterable {
    /// The speaker's own words.
    case original
    /// An interpreter's rendering: a delivery marker ("(Via interpreter)") follows the label or opens
    /// the turn, the turn's spoken language differs from the transcript's, or the interpreter is the
    /// speaker ("Interpreter:", as transcription services label the voice that renders a speaker).
    case interpreted

    /// The first word of an interpreter's speaker id or role, in the languages Booth reads (upper-cased,
    /// as ids are): "INTERPRETER", "INTERPRETER 2", "INTERPRETER FOR PRESIDENT" (the role of "Interpreter
    /// for President Zelenskyy", whose id is ZELENSKYY: the interpreter renders him).
    static let interpreterWords: Set<Substring> = ["INTERPRETER", "TRANSLATOR", "ПЕРЕВОДЧИК", "ПЕРЕВОДЧИЦА",
                                                   "INTERPRÈTE", "DOLMETSCHER", "DOLMETSCHERIN", "INTÉRPRETE"]

    /// The first bytes of `interpreterWords`, derived from them so that a word added there is never
    /// filtered out here.
    private static let interpreterFirstBytes = Set(interpreterWords.compactMap(\.utf8.first))

    /// Whether a label names the interpreter as the speaker. (Asked of every turn: a first byte that no
    /// interpreter word has answers most without a string made.)
    static func isInterpreter(_ label: SpeakerLabel) -> Bool {
        func startsWithInterpreterWord(_ text: String) -> Bool {
            guard let first = text.utf8.first, interpreterFirstBytes.contains(first) else { return false }
            return interpreterWords.contains(text.split(separator: " ", maxSplits: 1).first ?? "")
        }
        return startsWithInterpreterWord(label.speakerID) || label.role.map(startsWithInterpreterWord) == true
    }
}

/// What makes a turn interpreted: for a reader who weighs the transcript's word against Booth's reading.
public enum DeliveryEvidence: String, Sendable, Codable, CaseIterable {
    /// A delivery marker of the turn's own: "(Via interpreter)", "(As interpreted)", "(retranslated)".
    case marker
    /// The language spoken, as a marker gives it, is not the text's: "(In Russian)", "(spoke in Russian)".
    case language
    /// The interpreter is the speaker: "Interpreter:", "Interpreter for President Zelenskyy:".
    case interpreterLabel = "interpreter-label"
    /// None of the turn's own: the speaker's earlier turn had a delivery marker.
    case carried
}
