/// A sentence (or a turn) as the aligner sees it: its length and its anchors.
public struct AlignmentUnit: Sendable {
    /// Index of the unit in its document (0-based, in text order): the id used in outputs and gold files.
    public var id: Int
    public var turn: Int
    public var sentence: Int
    /// The sentence in the normalized text.
    public var range: Range<Int>
    /// Characters, markers left out.
    public var length: Int
    /// Glossary concepts in the sentence (indices into the glossary; shared across languages).
    public var concepts: Set<Int>
    /// Numbers, as digits: "2022", "3" for "third" / "третий".
    public var numbers: Set<String>
    /// Names, as transliterated consonant keys: "Блинкен" and "Blinken" both give "bln".
    public var names: Set<String>
    public var isQuestion: Bool
    /// Gap markers in the sentence.
    public var gaps: [Marker]
}
