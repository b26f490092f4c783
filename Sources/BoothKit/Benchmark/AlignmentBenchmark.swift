/// Times the aligner on generated sentence lengths: a target made from the source by dropping, merging
/// and splitting sentences now and then, as interpretation does.
public enum AlignmentBenchmark {
    public static func run(sentences: Int, seed: UInt64 = 7) -> (seconds: Double, band: Int, links: Int) {
        var generator = SplitMix64(seed: seed)
        var source: [AlignmentUnit] = [], target: [AlignmentUnit] = []
        func unit(_ id: Int, _ length: Int) -> AlignmentUnit {
            AlignmentUnit(id: id, turn: 0, sentence: id, range: 0..<0, length: length, concepts: [], numbers: [],
                          names: [], isQuestion: false, gaps: [])
        }
        for index in 0..<sentences {
            let length = 20 + Int(generator.next() % 180)
            source.append(unit(index, length))
            switch generator.next() % 50 {
            case 0: continue                                    // omitted
            case 1: target.append(unit(target.count, length / 2)); target.append(unit(target.count, length / 2))  // split
            default: target.append(unit(target.count, length + Int(generator.next() % 21) - 10))
            }
        }
        while target.count < sentences { target.append(unit(target.count, 50)) }
        target = Array(target.prefix(sentences))
        let aligner = BitextAligner()
        let clock = ContinuousClock()
        var links: [AlignmentLink] = []
        let seconds = clock.measure { links = aligner.align(source, target) }.inSeconds
        return (seconds, max(20, abs(source.count - target.count) + 10), links.count)
    }
}
