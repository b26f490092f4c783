/// How closely a text matched a term.
public enum MatchKind: String, Sendable, Codable, Comparable, CaseIterable {
    /// Word for word (after case and typographic folding).
    case exact
    /// The same stems in the same order: another inflection ("Минских соглашений", "agreement").
    case inflected
    /// The same content stems with function words added or dropped ("indivisible security" for
    /// "indivisibility of security"): lower confidence.
    case variant

    private var rank: Int { MatchKind.allCases.firstIndex(of: self)! }
    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rank < rhs.rank }
}

/// A glossary term found in a transcript.
public struct TermMatch: Sendable, Equatable {
    /// Index of the concept in the glossary.
    public var conceptIndex: Int
    /// Index of the term in the concept.
    public var termIndex: Int
    public var kind: MatchKind
    /// The words matched, in the normalized text.
    public var range: Range<Int>
    /// The wording, inflection aside: the stems of the matched words, function words included.
    /// "Minsk agreement" and "Minsk agreements" share it; "indivisible security" and "indivisibility
    /// of security" do not.
    public var form: String
    /// The turn and sentence the match is in.
    public var turn: Int
    public var sentence: Int
}

extension TermMatch {
    /// The sentence a match is in (turn and sentence index), as a dictionary key.
    public struct SentenceKey: Hashable, Sendable {
        public var turn: Int
        public var sentence: Int
        public init(turn: Int, sentence: Int) { self.turn = turn; self.sentence = sentence }
    }

    public var sentenceKey: SentenceKey { SentenceKey(turn: turn, sentence: sentence) }
}
