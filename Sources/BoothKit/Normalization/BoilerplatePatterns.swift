/// The web-chrome patterns of a boilerplate list (see `Lexicons/boilerplate.txt`): regular
/// expressions matched, ignoring case, against whole trimmed lines of at most `maximumLineBytes`.
public struct BoilerplatePatterns: @unchecked Sendable {
    // Regex values are immutable; @unchecked because AnyRegexOutput is not declared Sendable.
    private let expressions: [Regex<AnyRegexOutput>]
    /// The patterns as written.
    public let sources: [String]
    /// Longer lines are never chrome, and are not tested.
    public static let maximumLineBytes = 300

    /// A pattern that does not compile.
    public struct InvalidPattern: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let line: Int
        public let pattern: String
        public let reason: String
        public var description: String { "\(file):\(line): invalid boilerplate pattern \(pattern): \(reason)" }
    }

    /// Parses a pattern list.
    public init(listText: String, file: String) throws(InvalidPattern) {
        var expressions: [Regex<AnyRegexOutput>] = []
        var sources: [String] = []
        for (line, entry) in BundledLexicons.entries(ofList: listText) {
            do {
                expressions.append(try Regex(entry).ignoresCase())
                sources.append(entry)
            } catch {
                throw InvalidPattern(file: file, line: line, pattern: entry, reason: "\(error)")
            }
        }
        self.expressions = expressions
        self.sources = sources
    }

    /// The bundled list.
    public static let bundled: BoilerplatePatterns = {
        // The bundled file is tested; a broken one is a build defect, not a user error.
        try! BoilerplatePatterns(listText: BundledLexicons.text(named: "boilerplate.txt") ?? "", file: "boilerplate.txt")
    }()

    /// No patterns at all.
    public static let none = try! BoilerplatePatterns(listText: "", file: "")

    /// Whether the trimmed line `range` of `text` is chrome.
    func matches(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count <= Self.maximumLineBytes, !expressions.isEmpty else { return false }
        let line = text.string(range)
        return expressions.contains { (try? $0.wholeMatch(in: line)) != nil }
    }

    /// Whether a whole line (without its terminator) is chrome.
    public func matches(line: String) -> Bool {
        let bytes = Array(line.utf8)
        return matches(bytes, bytes.trimmingSpaces(0..<bytes.count))
    }
}
