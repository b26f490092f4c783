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
    /// numbers and a copy counter changed, so no two files are identical. With `rareWords` above 0, that
    /// share of the words of five or more ASCII letters gets two letters more (the same on every run):
    /// the sample texts have a vocabulary of a few thousand words, an archive one of tens of thousands,
    /// and the term matcher's word cache behaves differently on each.
    public init(seeds: [[UInt8]], targetBytes: Int, rareWords: Double = 0) {
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
            if rareWords > 0 { text = Self.lengthenWords(text, share: rareWords, seed: UInt64(copy)) }
            total += text.count
            texts.append(text)
            copy += 1
        }
        self.texts = texts
    }

    /// `text` with `share` of its runs of five or more ASCII letters lengthened by two lower-case letters,
    /// chosen by a generator seeded with `seed`.
    static func lengthenWords(_ text: [UInt8], share: Double, seed: UInt64) -> [UInt8] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> UInt64 {  // xorshift64*
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        let threshold = UInt64(min(1, max(0, share)) * Double(UInt64.max >> 11)) << 11
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 8)
        var index = 0
        while index < text.count {
            guard isLetter(text[index]) else { out.append(text[index]); index += 1; continue }
            let start = index
            while index < text.count, isLetter(text[index]) { index += 1 }
            out += text[start..<index]
            if index - start >= 5, next() < threshold {
                let letters = next()
                out.append(0x61 + UInt8(letters % 26))
                out.append(0x61 + UInt8((letters / 26) % 26))
            }
        }
        return out
    }

    private static func paragraphs(_ text: [UInt8]) -> [[UInt8]] {
        String(decoding: text, as: UTF8.self).components(separatedBy: "\n\n").map { Array($0.utf8) }
    }
}
