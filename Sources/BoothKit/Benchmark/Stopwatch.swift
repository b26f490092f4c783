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
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let elapsed = try clock.measure {
                for text in corpus.texts { try work(text) }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
        }
        return Throughput(name: name, bytes: corpus.byteCount, seconds: best)
    }
}
