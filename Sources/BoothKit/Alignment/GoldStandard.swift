/// Reference links to score an alignment against: one link a line, `source ids<TAB>target ids`, ids
/// 0-based sentence numbers in text order, comma-separated, empty for an omission or an addition.
public struct GoldStandard: Sendable {
    public struct Link: Hashable, Sendable {
        public var source: [Int]
        public var target: [Int]
    }

    public let links: Set<Link>

    public init(text: String, file: String) throws(GlossaryError) {
        var links = Set<Link>()
        // Lines split on the byte: "\r\n" is one Character, which a split on "\n" would not cut.
        for (number, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = Substring(bytes)
            let trimmed = line.trimming(["\r"])
            if trimmed.trimming([" "]).isEmpty || trimmed.hasPrefix("#") { continue }
            let sides = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                throw GlossaryError(file: file, position: Position(line: number + 1, column: 1),
                                    message: "a gold link is 'source ids<TAB>target ids'")
            }
            func ids(_ side: Substring) throws(GlossaryError) -> [Int] {
                var result: [Int] = []
                for part in side.split(separator: ",") {
                    guard let id = Int(part.trimming([" "])), id >= 0 else {
                        throw GlossaryError(file: file, position: Position(line: number + 1, column: 1),
                                            message: "'\(part)' is not a sentence id")
                    }
                    result.append(id)
                }
                return result.sorted()
            }
            links.insert(Link(source: try ids(sides[0]), target: try ids(sides[1])))
        }
        self.links = links
    }

    /// Strict precision, recall and F1: a predicted link counts only when it equals a gold link.
    public func score(_ predicted: [AlignmentLink]) -> (precision: Double, recall: Double, f1: Double) {
        let found = Set(predicted.map { Link(source: $0.source.sorted(), target: $0.target.sorted()) })
        let correct = Double(found.intersection(links).count)
        let precision = found.isEmpty ? 0 : correct / Double(found.count)
        let recall = links.isEmpty ? 0 : correct / Double(links.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }
}
