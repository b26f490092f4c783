/// A line of a meeting record that its secretariat wrote and nobody said: "The meeting was called to order
/// at 10.05 a.m.", "The agenda was adopted.", "A vote was taken by show of hands." and the record of the
/// vote after it, "The meeting rose at 1.15 p.m." Verbatim records set these in italics, which plain text
/// loses; read as speech, they would be quoted as the last speaker's words. The phrases are those of
/// `Lexicons/procedural-notes.txt` (`ProceduralNoteVocabulary`).
public struct ProceduralNote: Sendable, Equatable {
    /// What the note records.
    public enum Kind: String, Sendable, CaseIterable {
        /// The meeting opens, or resumes after a suspension.
        case opening
        /// The meeting rises.
        case closing
        /// The meeting is suspended (and, in the same line, often resumed).
        case suspension
        /// The agenda is adopted.
        case agenda
        /// A decision is recorded: "It was so decided."
        case decision
        /// A vote is taken; the note holds the lines of its record ("In favour:", the members, …).
        case vote
    }

    public var kind: Kind
    /// The note, in the normalized text: its line, or for a vote its line and those of its record.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
