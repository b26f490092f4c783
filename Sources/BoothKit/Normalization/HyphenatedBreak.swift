/// A word hyphenated across a line break by the page layout: a line ending in letters and "-", the next
/// starting with a letter ("representa-" / "tive", "между-" / "народный", "Secretary-" / "General"), or
/// a range of numbers ("1990-" / "1995"). The hyphen is the layout's when the text has the word without it
/// elsewhere (ignoring the case of ASCII letters), or when what follows the break is an ending that is no
/// word of its own ("tive", "ния": Lexicons/word-endings.txt), as a compound's second part always is;
/// otherwise it is kept, as a compound's ("long-" / "term") cannot be told from it without a dictionary.
struct HyphenatedBreak {
    /// The letters before the hyphen and after the break.
    let left: ArraySlice<UInt8>
    let right: ArraySlice<UInt8>

    /// The break between `before` (a line) and `after` (the next line) when it splits a word at a hyphen.
    init?(before: Range<Int>, after: Range<Int>, in text: [UInt8]) {
        let hyphen = before.upperBound - 1
        guard hyphen > before.lowerBound, text[hyphen] == UInt8(ascii: "-") else { return nil }
        var start = hyphen
        while start > before.lowerBound, Self.isWordByte(text[start - 1]) { start -= 1 }
        // Not from the middle of a character whose lead byte is no word's ("“", "—"): from its end.
        while start < hyphen, text[start] & 0xC0 == 0x80 { start += 1 }
        var end = after.lowerBound
        while end < after.upperBound, Self.isWordByte(text[end]) { end += 1 }
        // Letters on both sides ("Secretary-" / "General" too), or digits on both sides: "the – " or "- 5"
        // are no words cut.
        guard start < hyphen, end > after.lowerBound else { return nil }
        let digits = text[hyphen - 1] &- 0x30 < 10 && text[after.lowerBound] &- 0x30 < 10
        guard digits || Self.isLetter(text, at: start) && Self.isLetter(text, at: after.lowerBound) else { return nil }
        left = text[start..<hyphen]
        right = text[after.lowerBound..<end]
    }

    /// Whether the hyphen stays: unless the text has the word whole elsewhere — a word that begins with
    /// the letters before the hyphen and the first three after it, so that another form of the word
    /// counts ("между-" / "народную" beside "международное") — and not hyphenated, or the part after the
    /// break is an ending no word has alone ("representa-" / "tive").
    func keepsHyphen(among words: Words) -> Bool {
        let hyphenated = Words.folded(left + [UInt8(ascii: "-")] + right)
        if words.contains(hyphenated) { return true }
        if Self.boundEndings.contains(Words.folded(right)) { return false }
        var start = right.startIndex
        for _ in 0..<3 where start < right.endIndex {
            start += 1
            while start < right.endIndex, right[start] & 0xC0 == 0x80 { start += 1 }
        }
        return !words.containsWord(startingWith: Words.folded(left + right[..<start]))
    }

    /// The endings of Lexicons/word-endings.txt, every language's.
    static let boundEndings: Set<[UInt8]> = {
        let list = SectionedList(BundledLexicons.text(named: "word-endings.txt") ?? "")
        return Set(list.sections.flatMap(\.entries).map { Array($0.text.lowercased().utf8) })
    }()

    /// ASCII letters and digits, and the bytes of non-ASCII characters but those of punctuation and
    /// spaces (lead bytes C2, "«", "»", no-break space, and E2, "“", "—", "…"): what a word is made of here.
    /// (A continuation byte counts; the callers start words at a lead byte.)
    static func isWordByte(_ byte: UInt8) -> Bool {
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
        return byte != 0xC2 && byte != 0xE2
    }

    private static func isLetter(_ text: [UInt8], at index: Int) -> Bool {
        guard let scalar = ProseShape.firstScalar(index..<text.count, in: text) else { return false }
        return ProseShape.isLetter(scalar)
    }

    /// The words of a text, with their inner hyphens ("self-defence"), ASCII letters in lower case, in
    /// byte order.
    struct Words {
        private let words: [[UInt8]]

        init(_ text: [UInt8]) {
            var words = Set<[UInt8]>()
            var index = 0
            while index < text.count {
                // A word starts at a lead byte, not inside a character ("“" is E2 80 9C).
                guard HyphenatedBreak.isWordByte(text[index]), text[index] & 0xC0 != 0x80 else { index += 1; continue }
                var end = index
                while end < text.count, HyphenatedBreak.isWordByte(text[end])
                        || (text[end] == UInt8(ascii: "-") && end + 1 < text.count && HyphenatedBreak.isWordByte(text[end + 1])) {
                    end += 1
                }
                words.insert(Self.folded(text[index..<end]))
                index = end
            }
            self.words = words.sorted { $0.lexicographicallyPrecedes($1) }
        }

        /// ASCII letters in lower case: "International" at a sentence's start is the word "international".
        static func folded(_ word: some Collection<UInt8>) -> [UInt8] {
            word.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        }

        /// The place of the first word not before `key`.
        private func lowerBound(_ key: [UInt8]) -> Int {
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle].lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
            }
            return low
        }

        func contains(_ word: [UInt8]) -> Bool {
            let index = lowerBound(word)
            return index < words.count && words[index] == word
        }

        func containsWord(startingWith prefix: [UInt8]) -> Bool {
            let index = lowerBound(prefix)
            return index < words.count && words[index].starts(with: prefix)
        }
    }
}
