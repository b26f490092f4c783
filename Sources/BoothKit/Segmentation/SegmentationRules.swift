/// One language's data for Booth's sentence rules (see `Lexicons/abbreviations-<lang>.txt`).
public struct SegmentationRules: Sendable {
    /// Abbreviations that never end a sentence ("mr.", "г.").
    public let titles: Set<String>
    /// Abbreviations before numbers ("p.", "no."): no break before a digit.
    public let numbers: Set<String>
    /// Abbreviations that may end a sentence, but only before a sentence starter ("u.s.", "co.").
    public let endings: Set<String>
    /// Units after a number that end a sentence before a capital ("в 15 час. Обсудили"): `[units]`.
    public let units: Set<String>
    /// Words that begin sentences (case-sensitive).
    public let starters: Set<String>
    /// ICU's own abbreviations for the language, as written (`ICUSentenceExceptions`): a break after one,
    /// the whole token matching case and all, is kept only before a sentence starter, as after an [ending]
    /// abbreviation.
    public let icuExceptions: Set<String>
    /// Whether numbers with a period are ordinals, as German writes them ("am 3. Oktober"): a break after
    /// one is kept only before a sentence starter (the file has an `[ordinal-numbers]` section).
    public let ordinalNumbers: Bool
    /// The three abbreviation lists as one table from the lowercased abbreviation's UTF-8 to its kinds
    /// (`Kinds`): a sentence end costs one FNV-1a lookup instead of a lowercased String and three sets.
    private let kindsTable: WordTable

    /// The lists an abbreviation is on.
    struct Kinds: OptionSet {
        let rawValue: Int32
        static let title = Kinds(rawValue: 1)
        static let number = Kinds(rawValue: 2)
        static let ending = Kinds(rawValue: 4)
        static let unit = Kinds(rawValue: 8)
    }

    /// Reads an abbreviation file, with ICU's own abbreviations for the language (`icuExceptions`).
    public init(listText: String, icuExceptions: [String] = []) {
        self.icuExceptions = Set(icuExceptions)
        let list = SectionedList(listText)
        func set(_ name: String) -> Set<String> { Set(list.entries(in: name).map { $0.text.lowercased() }) }
        titles = set("title")
        numbers = set("number")
        endings = set("ending")
        units = set("units")
        starters = Set(list.entries(in: "starters").map(\.text))
        ordinalNumbers = list.sections.contains { $0.name == "ordinal-numbers" }
        var kinds: [String: Kinds] = [:]
        for (set, kind) in [(titles, Kinds.title), (numbers, .number), (endings, .ending), (units, .unit)] {
            for abbreviation in set { kinds[abbreviation, default: []].insert(kind) }
        }
        var table = WordTable(capacity: kinds.count)
        for (abbreviation, kind) in kinds {
            let bytes = Array(abbreviation.utf8)
            bytes.withUnsafeBufferPointer { table.insert($0, 0..<$0.count, hash: FNV1a.hash($0), value: kind.rawValue) }
        }
        kindsTable = table
    }

    /// The lists `token` is on, compared lowercased (as `String.lowercased()` lowers it).
    func kinds(of token: String) -> Kinds {
        var utf8 = token
        let quick: Kinds? = utf8.withUTF8 { bytes in
            // ASCII and the Cyrillic letters U+0400–U+045F are lowered byte by byte into a small buffer;
            // anything else the String way.
            guard bytes.count <= 32 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered -> Kinds? in
                guard Self.lowerASCIIAndCyrillic(bytes, into: lowered) else { return nil }
                let view = UnsafeBufferPointer(lowered)
                return Kinds(rawValue: kindsTable.value(view, 0..<view.count, hash: FNV1a.hash(view)) ?? 0)
            }
        }
        return quick ?? kinds(ofLowercased: Array(token.lowercased().utf8))
    }

    /// `bytes` lowered into `lowered` (as long) as `String.lowercased()` lowers them, where every
    /// character is ASCII or a Cyrillic letter U+0400–U+045F (capitals U+0400–U+042F, two bytes each
    /// way); false, with `lowered` unspecified, for anything else. Tested against `lowercased()`.
    static func lowerASCIIAndCyrillic(_ bytes: UnsafeBufferPointer<UInt8>, into lowered: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                lowered[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return false }
            let trail = bytes[index + 1]
            switch (byte, trail) {
            case (0xD0, 0x80...0x8F): lowered[index] = 0xD1; lowered[index + 1] = trail + 0x10   // Ѐ–Џ → ѐ–џ
            case (0xD0, 0x90...0x9F): lowered[index] = 0xD0; lowered[index + 1] = trail + 0x20   // А–П → а–п
            case (0xD0, 0xA0...0xAF): lowered[index] = 0xD1; lowered[index + 1] = trail - 0x20   // Р–Я → р–я
            case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x9F): lowered[index] = byte; lowered[index + 1] = trail
            default: return false
            }
            index += 2
        }
        return true
    }

    private func kinds(ofLowercased bytes: [UInt8]) -> Kinds {
        bytes.withUnsafeBufferPointer { Kinds(rawValue: kindsTable.value($0, 0..<$0.count, hash: FNV1a.hash($0)) ?? 0) }
    }

    /// The bundled rules for a language, with ICU's own abbreviations (`ICUSentenceExceptions`); ICU's
    /// list alone for a language without a file.
    public static func bundled(language: String) -> SegmentationRules {
        SegmentationRules(listText: BundledLexicons.text(named: "abbreviations-\(language).txt") ?? "",
                          icuExceptions: ICUSentenceExceptions.entries(locale: language))
    }
}
