/// The data files of `Lexicons/` (boilerplate patterns, markers, abbreviations, glossaries), embedded
/// in the binary at build time so that Booth works wherever it is copied; users point Booth at their
/// own copies to extend them.
public enum BundledLexicons {
    /// The names of the embedded files.
    public static var names: [String] { EmbeddedLexicons.files.keys.sorted() }

    /// The text of an embedded file, e.g. `"boilerplate.txt"`.
    public static func text(named name: String) -> String? { EmbeddedLexicons.files[name] }

    /// The entries of a line-list file: one entry a line; blank lines and lines starting with `#` are
    /// skipped; surrounding spaces trimmed.
    public static func entries(ofList text: String) -> [(line: Int, entry: String)] {
        var result: [(Int, String)] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimming([" ", "\t", "\r"])
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append((number + 1, line))
        }
        return result
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func trimming(_ characters: Set<Character>) -> String {
        var start = startIndex, end = endIndex
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
