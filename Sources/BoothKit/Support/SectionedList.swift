/// A data file of named sections, each a list of entries, as the files of `Lexicons/` are written:
///
/// ```
/// # comment
/// [inaudible]
/// inaudible
/// unintelligible
/// ```
/// Entries before any section header belong to the section named "".
public struct SectionedList: Sendable {
    /// An entry with the line it came from, for error messages.
    public struct Entry: Sendable {
        public let line: Int
        public let text: String
    }

    /// The sections in file order, each with its entries in file order.
    public let sections: [(name: String, entries: [Entry])]

    public init(_ text: String) {
        var sections: [(String, [Entry])] = []
        var current = ""
        var entries: [Entry] = []
        for (line, entry) in BundledLexicons.entries(ofList: text) {
            if entry.hasPrefix("["), entry.hasSuffix("]") {
                if !entries.isEmpty || !current.isEmpty { sections.append((current, entries)) }
                current = String(entry.dropFirst().dropLast()).trimming([" "])
                entries = []
            } else {
                entries.append(Entry(line: line, text: entry))
            }
        }
        if !entries.isEmpty || !current.isEmpty { sections.append((current, entries)) }
        self.sections = sections
    }

    /// The entries of every section with that name, in order.
    public func entries(in name: String) -> [Entry] {
        sections.filter { $0.name == name }.flatMap(\.entries)
    }

    /// An entry written `key = value`, split; nil without an `=`.
    public static func keyValue(_ entry: String) -> (key: String, value: String)? {
        guard let equals = entry.firstIndex(of: "=") else { return nil }
        return (entry[..<equals].trimming([" "]), entry[entry.index(after: equals)...].trimming([" "]))
    }
}
