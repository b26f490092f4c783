/// How much a flag matters to someone about to quote the passage.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// What a flag is about. The raw values are the codes users filter on (`--only`, `--ignore`).
public enum FlagCode: String, Sendable, Codable, CaseIterable {
    case inaudibleGap = "inaudible-gap"
    case deprecatedTerm = "deprecated-term"
    case forbiddenTerm = "forbidden-term"
    case inconsistentRendering = "inconsistent-rendering"
    case interpretedQuoteRisk = "interpreted-quote-risk"
    case repairedBreak = "repaired-break"
    case mixedScript = "mixed-script"
    case unbalancedMarker = "unbalanced-marker"
    case unverifiedSpelling = "unverified-spelling"
    // With a source transcript (`booth report --source`):
    case omission
    case addition
    case termNotRendered = "term-not-rendered"
    case numberMismatch = "number-mismatch"
    case lowConfidenceLink = "low-confidence-link"
    case gapRecovered = "gap-recovered"
}

/// A passage a careful reader should not quote blindly, with the reason.
public struct Flag: Sendable, Equatable {
    public var code: FlagCode
    public var severity: Severity
    /// For people: what is wrong and what to do.
    public var message: String
    public var file: String
    /// The passage, in the normalized text (for the HTML view).
    public var range: Range<Int>
    /// The passage as UTF-8 byte offsets into the original file.
    public var start: Int
    public var end: Int
    public var position: Position
    /// The passage as it reads (normalized).
    public var text: String
    public var turn: Int?
    public var speaker: String?
    /// Where the speaker comes from: the transcript's label, or Booth's reading of its header (an
    /// interview's answers, an unlabelled opening statement), which a quotation should not present as
    /// the transcript's; nil without a speaker.
    public var speakerFrom: Turn.SpeakerSource? = nil
    public var mode: DeliveryMode?
    /// The glossary concept concerned, if any.
    public var concept: String?
}
