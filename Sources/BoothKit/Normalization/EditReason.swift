/// Why normalization changed a piece of text.
public enum EditReason: String, Sendable, Codable, CaseIterable {
    /// Unicode normalization (NFC/NFKC), special spaces, invisible characters, byte-order marks.
    case unicode
    /// Line endings, runs of spaces, trailing spaces, runs of blank lines.
    case whitespace
    /// Web chrome: site banners, links, reading times, rules, related-content titles.
    case boilerplate
    /// A paragraph broken by page layout, joined again.
    case paragraphRepair = "paragraph-repair"
    /// Markup: markdown emphasis around a speaker label, HTML character references (`&amp;`).
    case markup
    /// Folding for the match key only: case, compatibility forms, quotes, dashes, ё.
    case fold
}

extension EditReason {
    /// When edits of several passes merge into one, the reason that tells the reader most wins:
    /// removed content first, whitespace last.
    var significance: Int {
        switch self {
        case .boilerplate: return 5
        case .paragraphRepair: return 4
        case .markup: return 3
        case .unicode: return 2
        case .whitespace: return 1
        case .fold: return 0
        }
    }
}
