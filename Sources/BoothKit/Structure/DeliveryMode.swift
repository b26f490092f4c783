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

    /// Whether a label names the interpreter as the speaker.
    static func isInterpreter(_ label: SpeakerLabel) -> Bool {
        func firstWord(_ text: String) -> Substring { text.split(separator: " ", maxSplits: 1).first ?? "" }
        return interpreterWords.contains(firstWord(label.speakerID)) || label.role.map { interpreterWords.contains(firstWord($0)) } == true
    }
}
