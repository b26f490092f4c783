#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shape tests on one line of UTF-8 text (a byte range), used to decide what is prose, a title or a
/// paragraph end. They work on bytes because they run on every line of every file.
enum ProseShape {
    /// Closing quotes, brackets and emphasis that may follow a sentence's final punctuation.
    static let closers: Set<UInt32> = [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D, 0x2A, 0x5F]
    /// Punctuation after which a paragraph may end: . ! ? … : ; the CJK full stops, and the Arabic question
    /// mark and semicolon (؟ ؛) and Urdu full stop (۔).
    static let terminals: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x3002, 0xFF01, 0xFF1F, 0x061F, 0x061B, 0x06D4]

    /// The scalar ending just before `end`, and where it starts.
    static func scalar(endingAt end: Int, in text: [UInt8]) -> (scalar: UInt32, start: Int) {
        var start = end - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return (UnicodeFormPass.scalar(in: text, at: start, length: end - start), start)
    }

    /// The first scalar of a non-empty range.
    static func firstScalar(_ range: Range<Int>, in text: [UInt8]) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        let lead = text[range.lowerBound]
        return Unicode.Scalar(UnicodeFormPass.scalar(in: text, at: range.lowerBound,
                                                     length: UnicodeFormPass.scalarLength(lead)))
    }

    /// Letter and case tests with an ASCII fast path (Unicode property look-ups are slow).
    // ASCII, and the Cyrillic letters U+0400–U+045F (Russian and its neighbours: capitals U+0400–U+042F,
    // small letters U+0430–U+045F), are answered without the Unicode property tables (a test checks the
    // Cyrillic range against them): Russian text asks for every line and label.

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) }
        if (0x400...0x45F).contains(scalar.value) { return scalar.value < 0x430 }
        return scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value) }
        if (0x400...0x45F).contains(scalar.value) { return scalar.value >= 0x430 }
        return scalar.properties.isLowercase
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        if (0x400...0x45F).contains(scalar.value) { return true }
        return scalar.properties.isAlphabetic
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if (0x400...0x45F).contains(scalar.value) { return true }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the line ends with sentence-final punctuation (possibly inside quotes or brackets).
    static func endsLikeSentence(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let (scalar, start) = scalar(endingAt: end, in: text)
            if closers.contains(scalar) { end = start; continue }
            return terminals.contains(scalar)
        }
        return false
    }

    /// Counts of space-separated words: all, those starting with a letter, those starting with a capital.
    struct WordCounts {
        var words = 0
        var letterWords = 0
        var capitalizedWords = 0

        mutating func add(_ range: Range<Int>, in text: [UInt8]) {
            var index = range.lowerBound
            while index < range.upperBound {
                while index < range.upperBound, text[index] == 0x20 { index += 1 }
                guard index < range.upperBound else { break }
                words += 1
                let start = index
                while index < range.upperBound, text[index] != 0x20 { index += 1 }
                let lead = text[start]
                if lead < 0x80 {
                    if lead >= 0x41 && lead <= 0x5A { letterWords += 1; capitalizedWords += 1 }
                    else if lead >= 0x61 && lead <= 0x7A, !Self.isTitleCaseMinorWord(text[start..<index]) { letterWords += 1 }
                } else if let scalar = firstScalar(start..<range.upperBound, in: text), ProseShape.isLetter(scalar) {
                    letterWords += 1
                    if ProseShape.isUppercase(scalar) { capitalizedWords += 1 }
                }
            }
        }

        /// Most words capitalized, as in a page title ("Secretary Blinken's Remarks Before Their Meeting");
        /// the articles, conjunctions and short prepositions title case leaves in lower case are not
        /// counted ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General").
        var isTitleCased: Bool { letterWords >= 2 && capitalizedWords * 10 >= letterWords * 7 }

        /// "of", "the", "by", "for", "with"…: the words English title case writes in lower case.
        static func isTitleCaseMinorWord(_ word: ArraySlice<UInt8>) -> Bool {
            guard word.count <= 4 else { return false }
            return minorWords.contains(word.reduce(0) { $0 << 8 | UInt32($1) })
        }

        private static let minorWords: Set<UInt32> = Set(["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on",
                                                          "at", "to", "by", "up", "as", "via", "per", "from", "with", "into", "onto", "over"]
            .map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } })
    }

    /// The number of space-separated words, counting no further than `limit`.
    static func wordCount(_ range: Range<Int>, in text: [UInt8], limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for index in range {
            if text[index] == 0x20 { inWord = false }
            else if !inWord { inWord = true; count += 1; if count >= limit { return count } }
        }
        return count
    }

    /// Markdown block structure: headings, list items, quotes, tables, code fences.
    static func isMarkdownBlock(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        guard let first = range.first.map({ text[$0] }) else { return false }
        let second: UInt8? = range.count > 1 ? text[range.lowerBound + 1] : nil
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "`"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return second == 0x20
        default: break
        }
        // Ordered list item: "12. " or "3) ".
        var index = range.lowerBound
        while index < range.upperBound, text[index] >= 0x30, text[index] <= 0x39 { index += 1 }
        guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
        return (text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")) && text[index + 1] == 0x20
    }

    /// The speaker label at the start of a line, if any (checked on a bounded prefix): one that ends
    /// with a colon, a bare "Q", or the European Parliament's "Name, role. –".
    static func label(at range: Range<Int>, in text: [UInt8],
                      grammar: SpeakerLabelGrammar) -> (name: Substring, length: Int)? {
        guard let first = firstScalar(range, in: text) else { return nil }
        guard isUppercase(first) else {
            // (Lines in lower case, most of those that are not labels, stop at the first comparison.)
            return first.value >= 0x3000 ? cjkLabel(at: range, first: first, in: text, grammar: grammar)
                : first.value >= 0x0600 && SpeakerLabelGrammar.isArabic(first) ? arabicLabel(at: range, in: text, grammar: grammar) : nil
        }
        if let label = colonLabel(at: range, first: first, in: text, grammar: grammar) { return label }
        return text.withUnsafeBufferPointer { grammar.dashedLabel(in: $0, range) }
    }

    /// Chinese, Japanese and Korean labels: "毛宁：", "【記者】", "기자:" (at most twelve characters of three
    /// bytes, their asides in full-width parentheses, and the colon or the brackets).
    @inline(never)
    private static func cjkLabel(at range: Range<Int>, first: Unicode.Scalar, in text: [UInt8],
                                 grammar: SpeakerLabelGrammar) -> (name: Substring, length: Int)? {
        guard SpeakerLabelGrammar.mayStartCJKLabel(first) else { return nil }
        let longest = 3 * (CJKLabelWords.maximumScalars + 2) + SpeakerLabelGrammar.maximumAsides * (SpeakerLabelGrammar.maximumAsideBytes + 6)
        let end = min(range.upperBound, range.lowerBound + longest)
        return grammar.cjkLabel(atStartOf: Substring(String(decoding: text[range.lowerBound..<end], as: UTF8.self)))
    }

    /// Arabic labels: "الرئيس (تكلم بالفرنسية):" (at most `maximumLabelScalars` scalars of two bytes, and
    /// the colon).
    @inline(never)
    private static func arabicLabel(at range: Range<Int>, in text: [UInt8], grammar: SpeakerLabelGrammar) -> (name: Substring, length: Int)? {
        let end = min(range.upperBound, range.lowerBound + 2 * SpeakerLabelGrammar.maximumLabelScalars + 2)
        // Only a colon within that reach makes a label: most Arabic lines have none, and make no String.
        guard text[range.lowerBound..<end].contains(UInt8(ascii: ":")) else { return nil }
        return grammar.arabicLabel(atStartOf: Substring(String(decoding: text[range.lowerBound..<end], as: UTF8.self)))
    }

    private static func colonLabel(at range: Range<Int>, first: Unicode.Scalar, in text: [UInt8],
                                   grammar: SpeakerLabelGrammar) -> (name: Substring, length: Int)? {
        let prefixEnd = min(range.upperBound, range.lowerBound + SpeakerLabelGrammar.maximumLabelScalars * 4 + 4)
        // A label needs a colon within its length, or is a bare "Q": skip the rest without making a String.
        // …within six words.
        let colon = text.withUnsafeBufferPointer { buffer -> Int? in
            guard let found = memchr(buffer.baseAddress! + range.lowerBound, Int32(UInt8(ascii: ":")), prefixEnd - range.lowerBound)
            else { return nil }
            return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        if let colon {
            // Ten words at most before the asides: "Mr. Nebenzia (Russian Federation) (spoke in Russian):",
            // "Prime Minister of the Republic of India Narendra Modi (retranslated):".
            var spaces = 0
            for index in range.lowerBound..<colon {
                if text[index] == 0x20 { spaces += 1 } else if text[index] == UInt8(ascii: "(") || text[index] == UInt8(ascii: "[") { break }
            }
            if spaces >= SpeakerLabelGrammar.maximumLongNameTokens && first != "Q" { return nil }
        } else if first != "Q" {
            return nil
        }
        let verdict = text.withUnsafeBufferPointer { grammar.asciiLabel(in: $0, range.lowerBound..<prefixEnd) }
        switch verdict {
        case .label(let name, let length)?: return (Substring(name), length)
        case .notALabel?: return nil
        case nil: return grammar.label(atStartOf: Substring(text.string(range.lowerBound..<prefixEnd)))
        }
    }
}
