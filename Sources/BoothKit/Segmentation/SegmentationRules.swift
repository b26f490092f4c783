/// One language's data for Booth's sentence rules (see `Lexicons/abbreviations-<lang>.txt`).
public struct SegmentationRules: Sendable {
    /// Abbreviations that never end a sentence ("mr.", "г.").
    public let titles: Set<String>
    /// Abbreviations before numbers ("p.", "no."): no break before a digit.
    public let numbers: Set<String>
    /// Abbreviations that may end a sentence, but only before a sentence starter ("u.s.", "co.").
    public let endings: Set<String>
    /// Words that begin sentences (case-sensitive).
    public let starters: Set<String>

    /// Reads an abbreviation file.
    public init(listText: String) {
        let list = SectionedList(listText)
        func set(_ name: String) -> Set<String> { Set(list.entries(in: name).map { $0.text.lowercased() }) }
        titles = set("title")
        numbers = set("number")
        endings = set("ending")
        starters = Set(list.entries(in: "starters").map(\.text))
    }

    /// The bundled rules for a language, or empty rules (ICU alone) for a language without a file.
    public static func bundled(language: String) -> SegmentationRules {
        SegmentationRules(listText: BundledLexicons.text(named: "abbreviations-\(language).txt") ?? "")
    }
}
