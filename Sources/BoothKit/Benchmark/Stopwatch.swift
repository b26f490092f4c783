/// Measures the throughput of a piece of work over a corpus, taking the best of several rounds so that
/// a passing hiccup of the machine does not count.
public struct Throughput: Sendable {
    /// What was measured.
    public let name: String
    /// Bytes processed per round.
    public let bytes: Int
    /// The fastest round.
    public let seconds: Double

    public init(name: String, bytes: Int, seconds: Double) {
        self.name = name
        self.bytes = bytes
        self.seconds = seconds
    }

    /// Megabytes (10^6 bytes) per second.
    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }

    /// Runs `work` over every text `rounds` times and keeps the fastest round.
    public static func measure(_ name: String, corpus: BenchmarkCorpus, rounds: Int = 3,
                               _ work: ([UInt8]) throws -> Void) rethrows -> Throughput {
        try fastest(name, bytes: corpus.byteCount, rounds: rounds) {
            for text in corpus.texts { try work(text) }
        }
    }

    /// Runs `body` (which processes `bytes` bytes) `rounds` times and keeps the fastest round.
    public static func fastest(_ name: String, bytes: Int, rounds: Int = 3, _ body: () throws -> Void) rethrows -> Throughput {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<max(1, rounds) { best = min(best, try clock.measure(body).inSeconds) }
        return Throughput(name: name, bytes: bytes, seconds: best)
    }
}

extension Duration {
    /// The duration in seconds.
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
