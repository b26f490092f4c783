import Synchronization

/// The web-chrome patterns of a boilerplate list (see `Lexicons/boilerplate.txt`): ICU regular
/// expressions matched against whole trimmed lines of at most `maximumLineBytes`. Matching respects
/// case (chrome is verbatim template text, and case-sensitive matching is several times faster); a
/// pattern starting with `(?i)` ignores it.
public struct BoilerplatePatterns: Sendable {
    /// All patterns as one alternation, compiled once.
    private let combined: ICURegex?
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
        let alternation = sources.map { "(?:\($0))" }.joined(separator: "|")
        combined = sources.isEmpty ? nil : try? ICURegex(pattern: alternation, caseInsensitive: false)
    }

    /// The bundled list.
    public static let bundled: BoilerplatePatterns = {
        // The bundled file is tested; a broken one is a build defect, not a user error.
        try! BoilerplatePatterns(listText: BundledLexicons.text(named: "boilerplate.txt") ?? "", file: "boilerplate.txt")
    }()

    /// No patterns at all.
    public static let none = try! BoilerplatePatterns(listText: "", file: "")

    /// A matcher for one thread's use.
    func matcher() -> LineMatcher { LineMatcher(matcher: combined?.matcher(), starts: starts) }

    /// Whether a whole line (without its terminator) is chrome.
    public func matches(line: String) -> Bool {
        let bytes = Array(line.utf8)
        return matcher().matches(bytes, bytes.trimmingSpaces(0..<bytes.count))
    }

    /// Matches lines for one thread.
    final class LineMatcher {
        let matcher: ICURegex.Matcher?
        private let starts: StartFilter
        private var verdicts: [UInt8]
        private var learnt: [(index: Int, verdict: UInt8)] = []

        init(matcher: ICURegex.Matcher?, starts: StartFilter) {
            self.matcher = matcher
            self.starts = starts
            verdicts = starts.snapshot()
        }

        deinit { starts.learn(learnt) }

        /// Whether the trimmed line `range` of `text` is chrome.
        func matches(_ text: [UInt8], _ range: Range<Int>) -> Bool {
            guard let matcher, range.count <= BoilerplatePatterns.maximumLineBytes, !range.isEmpty else { return false }
            if range.count >= 2, !mayStart(text[range.lowerBound], text[range.lowerBound + 1], matcher) { return false }
            return matcher.matchesWhole(text, range)
        }

        /// Whether a chrome line may start with `first`, `second`; true for a non-ASCII start.
        private func mayStart(_ first: UInt8, _ second: UInt8, _ matcher: ICURegex.Matcher) -> Bool {
            guard first < 0x80, second < 0x80 else { return true }
            let index = Int(first) << 7 | Int(second)
            if verdicts[index] == 0 {
                verdicts[index] = matcher.mayMatchText(startingWith: [first, second]) ? 2 : 1
                learnt.append((index, verdicts[index]))
            }
            return verdicts[index] == 2
        }
    }

    /// Most lines are speech, and no pattern can match a line starting "We" or "QU": the verdict for
    /// each pair of ASCII characters a line starts with is asked of ICU once (does the alternation fail
    /// on the pair without reaching its end?) and kept, so those lines skip the regular expression. A
    /// line matcher reads a snapshot of the verdicts without locking, and hands back what it learnt when
    /// it is done (`LineMatcher` lives for one text), so threads meet here twice a text, not per line.
    final class StartFilter: Sendable {
        /// 128 × 128 verdicts: 0 not asked yet, 1 no chrome line starts so, 2 one may.
        private let verdicts = Mutex([UInt8](repeating: 0, count: 128 * 128))

        func snapshot() -> [UInt8] { verdicts.withLock { $0 } }

        func learn(_ learnt: [(index: Int, verdict: UInt8)]) {
            guard !learnt.isEmpty else { return }
            verdicts.withLock { verdicts in for (index, verdict) in learnt { verdicts[index] = verdict } }
        }
    }
}
