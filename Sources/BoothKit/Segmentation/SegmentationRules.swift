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
    /// The three abbreviation lists as one table from the lowercased abbreviation's UTF-8 to its kinds
    /// (`Kinds`): a sentence end costs one FNV-1a lookup instead of a lowercased String and three sets.
    private let kindsTable: WordTable

    /// The lists an abbreviation is on.
    struct Kinds: OptionSet {
        let rawValue: Int32
        static let title = Kinds(rawValue: 1)
        static let number = Kinds(rawValue: 2)
        static let ending = Kinds(rawValue: 4)
    }

    /// Reads an abbreviation file.
    public init(listText: String) {
        let list = SectionedList(listText)
        func set(_ name: String) -> Set<String> { Set(list.entries(in: name).map { $0.text.lowercased() }) }
        titles = set("title")
        numbers = set("number")
        endings = set("ending")
        starters = Set(list.entries(in: "starters").map(\.text))
        var kinds: [String: Kinds] = [:]
        for (set, kind) in [(titles, Kinds.title), (numbers, .number), (endings, .ending)] {
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
        let ascii: Kinds? = utf8.withUTF8 { bytes in
            // ASCII is lowered byte by byte into a small buffer; anything else the String way.
            guard bytes.count <= 32, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
                for index in bytes.indices {
                    let byte = bytes[index]
                    lowered[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                let view = UnsafeBufferPointer(lowered)
                return Kinds(rawValue: kindsTable.value(view, 0..<view.count, hash: FNV1a.hash(view)) ?? 0)
            }
        }
        return ascii ?? kinds(ofLowercased: Array(token.lowercased().utf8))
    }

    private func kinds(ofLowercased bytes: [UInt8]) -> Kinds {
        bytes.withUnsafeBufferPointer { Kinds(rawValue: kindsTable.value($0, 0..<$0.count, hash: FNV1a.hash($0)) ?? 0) }
    }

    /// The bundled rules for a language, or empty rules (ICU alone) for a language without a file.
    public static func bundled(language: String) -> SegmentationRules {
        SegmentationRules(listText: BundledLexicons.text(named: "abbreviations-\(language).txt") ?? "")
    }
}
