import Synchronization

/// The web-chrome patterns of a boilerplate list (see `Lexicons/boilerplate.txt`): ICU regular
/// expressions matched against whole trimmed lines of at most `maximumLineBytes`. Matching respects
/// case (chrome is verbatim template text, and case-sensitive matching is several times faster); a
/// pattern starting with `(?i)` ignores it.
public struct BoilerplatePatterns: Sendable {
    /// All patterns but the literal ones as one alternation, compiled once.
    private let combined: ICURegex?
    /// The lines of patterns that are plain text or an alternation of plain texts ("(?:Версия для
    /// печати|Поделиться)"): looked up whole, not run through ICU. Most chrome is menu items, and a
    /// regular expression's every call costs thousands of instructions, so each literal alternative in
    /// the regular expression made more lines, and every line, dearer to test.
    private let literalLines: LiteralLines
    /// Which two-ASCII-character starts a chrome line can have, learnt as lines are seen.
    private let starts = StartFilter()
    /// The patterns as written.
    public let sources: [String]
    /// Longer lines are never chrome, and are not tested.
    public static let maximumLineBytes = 300

    /// A pattern that does not compile.
    public struct InvalidPattern: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let line: Int
        public let pattern: String
        public let offset: Int
        public var description: String {
            "\(file):\(line): invalid boilerplate pattern \(pattern) (ICU stopped at character \(offset + 1))"
        }
    }

    /// Parses a pattern list; each pattern is checked alone so an error names its line.
    public init(listText: String, file: String) throws(InvalidPattern) {
        var sources: [String] = []
        for (line, entry) in BundledLexicons.entries(ofList: listText) {
            do {
                _ = try ICURegex(pattern: entry, caseInsensitive: false)
            } catch {
                throw InvalidPattern(file: file, line: line, pattern: entry, offset: error.offset)
            }
            sources.append(entry)
        }
        self.sources = sources
        var literals: [String] = []
        var expressions: [String] = []
        for source in sources {
            if let alternatives = Self.literalAlternatives(source) { literals += alternatives } else { expressions.append(source) }
        }
        literalLines = LiteralLines(literals)
        let alternation = expressions.map { "(?:\($0))" }.joined(separator: "|")
        combined = expressions.isEmpty ? nil : try? ICURegex(pattern: alternation, caseInsensitive: false)
    }

    /// The texts a pattern matches when it is plain text ("Tags") or an alternation of plain texts
    /// ("(?:Новости|Все новости)"), nil for any other pattern: one with a character that means more than
    /// itself, or a case-insensitive one.
    static func literalAlternatives(_ pattern: String) -> [String]? {
        var body = Substring(pattern)
        if body.hasPrefix("(?:"), body.hasSuffix(")") { body = body.dropFirst(3).dropLast() }
        let special: Set<Character> = ["\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "^", "$"]
        guard !body.isEmpty, !body.contains(where: special.contains) else { return nil }
        let alternatives = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard alternatives.allSatisfy({ !$0.isEmpty && $0.first != " " && $0.last != " " }) else { return nil }
        return alternatives
    }

    /// Whole lines looked up by their bytes; only lines of a length some entry has are looked up.
    struct LiteralLines: Sendable {
        private let lines: Set<[UInt8]>
        /// Whether some entry has this many bytes, by length, and starts with this byte: a line of another
        /// length or first byte is not looked up (no array made, nothing hashed).
        private let hasLength: [Bool]
        private let hasFirstByte: [Bool]

        init(_ texts: [String]) {
            lines = Set(texts.map { Array($0.utf8) }.filter { !$0.isEmpty })
            var hasLength = [Bool](repeating: false, count: (lines.map(\.count).max() ?? 0) + 1)
            var hasFirstByte = [Bool](repeating: false, count: 256)
            for line in lines {
                hasLength[line.count] = true
                hasFirstByte[Int(line[0])] = true
            }
            self.hasLength = hasLength
            self.hasFirstByte = hasFirstByte
        }

        func contains(_ text: [UInt8], _ range: Range<Int>) -> Bool {
            guard range.count < hasLength.count, hasLength[range.count], hasFirstByte[Int(text[range.lowerBound])] else { return false }
            return lines.contains(Array(text[range]))
        }
    }

    /// The bundled list.
    public static let bundled: BoilerplatePatterns = {
        // The bundled file is tested; a broken one is a build defect, not a user error.
        try! BoilerplatePatterns(listText: BundledLexicons.text(named: "boilerplate.txt") ?? "", file: "boilerplate.txt")
    }()

    /// No patterns at all.
    public static let none = try! BoilerplatePatterns(listText: "", file: "")

    /// A matcher for one thread's use.
    func matcher() -> LineMatcher { LineMatcher(matcher: combined?.matcher(), literalLines: literalLines, starts: starts) }

    /// Whether a whole line (without its terminator) is chrome.
    public func matches(line: String) -> Bool {
        let bytes = Array(line.utf8)
        return matcher().matches(bytes, bytes.trimmingSpaces(0..<bytes.count))
    }

    /// Matches lines for one thread.
    final class LineMatcher {
        let matcher: ICURegex.Matcher?
        private let literalLines: LiteralLines
        private let starts: StartFilter
        private var verdicts: [UInt8]
        private var learnt: [(index: Int, verdict: UInt8)] = []

        init(matcher: ICURegex.Matcher?, literalLines: LiteralLines, starts: StartFilter) {
            self.matcher = matcher
            self.literalLines = literalLines
            self.starts = starts
            verdicts = starts.snapshot()
        }

        deinit { starts.learn(learnt) }

        /// Whether the trimmed line `range` of `text` is chrome.
        func matches(_ text: [UInt8], _ range: Range<Int>) -> Bool {
            guard range.count <= BoilerplatePatterns.maximumLineBytes, !range.isEmpty else { return false }
            if literalLines.contains(text, range) { return true }
            guard let matcher else { return false }
            if range.count >= 2, !mayStart(text[range.lowerBound], text[range.lowerBound + 1], matcher) { return false }
            return matcher.matchesWhole(text, range)
        }

        /// Whether a chrome line may start with `first`, `second`: two ASCII characters, or one character
        /// of two bytes (Cyrillic, Greek, accented Latin); true for any other start.
        private func mayStart(_ first: UInt8, _ second: UInt8, _ matcher: ICURegex.Matcher) -> Bool {
            guard let index = StartFilter.index(first, second) else { return true }
            if verdicts[index] == 0 {
                verdicts[index] = matcher.mayMatchText(startingWith: [first, second]) ? 2 : 1
                learnt.append((index, verdicts[index]))
            }
            return verdicts[index] == 2
        }
    }

    /// Most lines are speech, and no pattern can match a line starting "We", "QU" or "С": the verdict
    /// for each pair of ASCII characters, or each two-byte character, a line starts with is asked of ICU
    /// once (does the alternation fail on it without reaching its end?) and kept, so those lines skip
    /// the regular expression. A
    /// line matcher reads a snapshot of the verdicts without locking, and hands back what it learnt when
    /// it is done (`LineMatcher` lives for one text), so threads meet here twice a text, not per line.
    final class StartFilter: Sendable {
        /// 128 × 128 verdicts for two ASCII characters, then 30 × 64 for the two-byte characters (lead
        /// bytes C2–DF): 0 not asked yet, 1 no chrome line starts so, 2 one may.
        private let verdicts = Mutex([UInt8](repeating: 0, count: StartFilter.count))
        static let count = 128 * 128 + 30 * 64

        /// The verdict's place for a line starting with these bytes; nil for a start not kept.
        @inline(__always)
        static func index(_ first: UInt8, _ second: UInt8) -> Int? {
            if first < 0x80 { return second < 0x80 ? Int(first) << 7 | Int(second) : nil }
            guard first &- 0xC2 < 30, second & 0xC0 == 0x80 else { return nil }
            return 128 * 128 + Int(first &- 0xC2) << 6 | Int(second & 0x3F)
        }

        func snapshot() -> [UInt8] { verdicts.withLock { $0 } }

        func learn(_ learnt: [(index: Int, verdict: UInt8)]) {
            guard !learnt.isEmpty else { return }
            verdicts.withLock { verdicts in for (index, verdict) in learnt { verdicts[index] = verdict } }
        }
    }
}
