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
        /// A vote is taken; the note holds the lines of its record ("In favour:", the members, …). Also the
        /// European Parliament's "Vote: Thursday, 14 September 2023." and "(For the results … : see Minutes)".
        case vote
        /// Someone takes the chair: "In the absence of the President, Mr. Kelly (Ireland), Vice-President,
        /// took the Chair.", "The President returned to the Chair.", the European Parliament's "IN THE CHAIR:
        /// ROBERTA METSOLA" with her title on the next line. Turns labelled "The President" after it are
        /// that person's.
        case chair
        /// The debate on an item closes: "(The debate closed)".
        case debate
    }

    public var kind: Kind
    /// The note, in the normalized text: its line, or for a vote its line and those of its record.
    public var range: Range<Int>
    /// What the note's phrase leaves, in the normalized text: the time ("10.05 a.m."), the document
    /// ("A/78/L.5"), or who takes the chair ("Mr. Kelly (Ireland)", "ROBERTA METSOLA"); nil when the phrase
    /// is the whole line.
    public var detail: Range<Int>?

    public init(kind: Kind, range: Range<Int>, detail: Range<Int>? = nil) {
        self.kind = kind
        self.range = range
        self.detail = detail
    }
}
