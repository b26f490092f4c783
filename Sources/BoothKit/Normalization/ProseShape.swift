/// Shape tests on one line of text, used to decide what is prose, a title or a paragraph end.
enum ProseShape {
    /// Closing quotes and brackets that may follow a sentence's final punctuation.
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "*", "_"]
    /// Punctuation after which a paragraph may end.
    static let terminals: Set<Character> = [".", "!", "?", "…", ":", ";", "。", "！", "？"]

    /// Whether the line ends with sentence-final punctuation (possibly inside quotes or brackets).
    static func endsLikeSentence(_ line: String) -> Bool {
        var last = line.index(before: line.endIndex, limitedBy: line.startIndex)
        while let index = last, closers.contains(line[index]) {
            last = line.index(before: index, limitedBy: line.startIndex)
        }
        guard let index = last, index >= line.startIndex, !line.isEmpty else { return false }
        return terminals.contains(line[index])
    }

    /// Space-separated words.
    static func wordCount(_ line: String) -> Int {
        line.split(separator: " ").count
    }

    /// Markdown block structure: headings, list items, quotes, tables, rules, code fences.
    static func isMarkdownBlock(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "#>|`".contains(first) { return true }
        if (first == "-" || first == "*" || first == "+") && line.dropFirst().first == " " { return true }
        // Ordered list item: "12. " or "3) ".
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")",
           line.dropFirst(digits.count + 1).first == " " { return true }
        return false
    }
}

private extension String {
    func index(before index: Index, limitedBy limit: Index) -> Index? {
        index > limit ? self.index(before: index) : nil
    }
}
