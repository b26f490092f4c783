/// A generated corpus for benchmarks: sample transcripts varied and repeated to a target size, as many
/// separate texts (one per simulated file), so that per-file costs are measured too.
public struct BenchmarkCorpus: Sendable {
    /// The generated texts, as UTF-8.
    public let texts: [[UInt8]]
    /// Their total size in bytes.
    public var byteCount: Int { texts.reduce(0) { $0 + $1.count } }

    /// A corpus of given texts.
    public init(texts: [[UInt8]]) { self.texts = texts }

    /// Repeats the seed texts until `byteCount` bytes, varying each copy: paragraphs rotated, and
    /// numbers and a copy counter changed, so no two files are identical.
    public init(seeds: [[UInt8]], targetBytes: Int) {
        precondition(!seeds.isEmpty && seeds.contains { !$0.isEmpty }, "benchmark needs sample text")
        var texts: [[UInt8]] = []
        var total = 0
        var copy = 0
        let seedParagraphs = seeds.filter { !$0.isEmpty }.map { Self.paragraphs($0) }
        while total < targetBytes {
            let paragraphs = seedParagraphs[copy % seedParagraphs.count]
            let rotation = (copy / seedParagraphs.count) % max(1, paragraphs.count)
            var text: [UInt8] = []
            // Keep the head (title, chrome) in place; rotate the body.
            let head = min(2, paragraphs.count)
            let body = Array(paragraphs[head...])
            let rotated = body.isEmpty ? [] : Array(body[(rotation % body.count)...] + body[..<(rotation % body.count)])
            for paragraph in paragraphs[..<head] + rotated {
                text += paragraph
                text += Array("\n\n".utf8)
            }
            text += Array("Reference \(copy).\n".utf8)
            total += text.count
            texts.append(text)
            copy += 1
        }
        self.texts = texts
    }

    private static func paragraphs(_ text: [UInt8]) -> [[UInt8]] {
        String(decoding: text, as: UTF8.self).components(separatedBy: "\n\n").map { Array($0.utf8) }
    }
}
