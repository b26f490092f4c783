/// How a glossary rates a term, after TBX's administrativeStatus and normativeAuthorization.
public enum TermStatus: String, Sendable, Codable, CaseIterable, Comparable {
    /// The agreed rendering (TBX preferred, standardized, legal, regulated).
    case preferred
    /// Acceptable (TBX admitted).
    case admitted
    /// To be avoided (TBX deprecated, superseded, not recommended, obsolete).
    case deprecated
    /// Must not be used (forbidden, prohibited, rejected: terminology tools' usage beyond TBX-Basic).
    case forbidden

    /// Reads a TBX or CSV status value: "preferredTerm-admn-sts", "deprecatedTerm", "admitted", …
    public init?(tbxValue: String) {
        let value = tbxValue.lowercased()
        let prefixes: [(String, TermStatus)] = [
            ("preferred", .preferred), ("standardized", .preferred), ("legal", .preferred), ("regulated", .preferred),
            ("admitted", .admitted), ("deprecated", .deprecated), ("superseded", .deprecated),
            ("notrecommended", .deprecated), ("obsolete", .deprecated), ("forbidden", .forbidden),
            ("prohibited", .forbidden), ("rejected", .forbidden),
        ]
        guard let match = prefixes.first(where: { value.hasPrefix($0.0) }) else { return nil }
        self = match.1
    }

    /// Whether a reader should be warned about the term.
    public var isDiscouraged: Bool { self == .deprecated || self == .forbidden }

    private var rank: Int { TermStatus.allCases.firstIndex(of: self)! }
    public static func < (lhs: TermStatus, rhs: TermStatus) -> Bool { lhs.rank < rhs.rank }
}

/// How a term is matched.
public enum TermMatching: String, Sendable, Codable {
    /// Through stems, ignoring case: "Minsk agreement" finds "Minsk agreements", "Минских соглашений".
    case stemmed
    /// Word for word, ignoring case.
    case exact
    /// Word for word, as written: acronyms such as "OSCE" or "NATO" (with a possessive: "NATO's").
    case caseSensitive = "case-sensitive"
}
