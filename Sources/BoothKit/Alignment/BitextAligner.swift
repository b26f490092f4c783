import Foundation

/// Aligns two sequences of units (sentences of a source and of its interpretation) by dynamic
/// programming in a band around the diagonal, allowing 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 links.
///
/// The cost of a link combines:
/// - Gale & Church's length model: the target length is about `ratio` × the source length, with
///   variance growing with length; `ratio` is measured on the pair itself (total target characters over
///   total source characters), so no language pair is hard-coded; the link types' priors are Gale &
///   Church's (1-1 .89, 2-1 and 1-2 .089 together, 2-2 .011, 1-0 and 0-1 .0099 together);
/// - anchors: glossary concepts, numbers and transliterated names found on both sides lower the cost,
///   anchors found on one side only raise it;
/// - a question on one side but not the other raises it.
/// Time and memory are O(n × band).
public struct BitextAligner: Sendable {
    public struct Options: Sendable {
        /// Whether anchors count (off: length alone, for comparison).
        public var usesAnchors: Bool
        /// Half the band's width around the diagonal; nil picks one from the sizes.
        public var band: Int?
        /// Gale & Church's variance per character.
        public var variance: Double

        public init(usesAnchors: Bool = true, band: Int? = nil, variance: Double = 6.8) {
            self.usesAnchors = usesAnchors
            self.band = band
            self.variance = variance
        }
    }

    public let options: Options
    public init(options: Options = Options()) { self.options = options }

    static let anchorReward = 2.5
    static let anchorMismatch = 0.7

    /// Moves: (source units, target units, prior probability).
    static let moves: [(Int, Int, Double)] = [(1, 1, 0.89), (1, 0, 0.00495), (0, 1, 0.00495), (2, 1, 0.0445),
                                              (1, 2, 0.0445), (2, 2, 0.011)]

    /// The links, in order, covering every unit of both sides once.
    public func align(_ source: [AlignmentUnit], _ target: [AlignmentUnit], ratio: Double? = nil) -> [AlignmentLink] {
        let n = source.count, m = target.count
        if n == 0 && m == 0 { return [] }
        let sourceLength = source.reduce(0) { $0 + $1.length }, targetLength = target.reduce(0) { $0 + $1.length }
        let c = ratio ?? (sourceLength > 0 && targetLength > 0 ? Double(targetLength) / Double(sourceLength) : 1)
        let band = options.band ?? max(20, abs(n - m) + 10)
        // Row i holds columns lo[i]...hi[i].
        var lo = [Int](repeating: 0, count: n + 1), hi = [Int](repeating: 0, count: n + 1)
        for i in 0...n {
            let center = n == 0 ? 0 : Int((Double(i) * Double(m) / Double(n)).rounded())
            lo[i] = max(0, center - band)
            hi[i] = min(m, center + band)
        }
        var cost = (0...n).map { [Double](repeating: .infinity, count: hi[$0] - lo[$0] + 1) }
        var back = (0...n).map { [UInt8](repeating: 255, count: hi[$0] - lo[$0] + 1) }
        cost[0][0 - lo[0]] = 0
        for i in 0...n {
            for j in lo[i]...hi[i] where i > 0 || j > 0 {
                var best = Double.infinity, bestMove: UInt8 = 255
                for (index, move) in Self.moves.enumerated() {
                    let pi = i - move.0, pj = j - move.1
                    guard pi >= 0, pj >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                    let previous = cost[pi][pj - lo[pi]]
                    guard previous.isFinite else { continue }
                    let total = previous + linkCost(source[pi..<i], target[pj..<j], prior: move.2, ratio: c)
                    if total < best { best = total; bestMove = UInt8(index) }
                }
                cost[i][j - lo[i]] = best
                back[i][j - lo[i]] = bestMove
            }
        }
        // Walk back from the end.
        var links: [AlignmentLink] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let moveIndex = back[i][j - lo[i]]
            guard moveIndex != 255 else { break }
            let move = Self.moves[Int(moveIndex)]
            let pi = i - move.0, pj = j - move.1
            let linkCost = linkCost(source[pi..<i], target[pj..<j], prior: move.2, ratio: c)
            links.append(AlignmentLink(source: source[pi..<i].map(\.id), target: target[pj..<j].map(\.id),
                                       confidence: Self.confidence(linkCost)))
            i = pi; j = pj
        }
        return links.reversed()
    }

    /// Cost to confidence: a typical good 1-1 link costs under 2, an omission about 5.
    static func confidence(_ cost: Double) -> Double {
        (1 / (1 + exp((cost - 3.5) / 1.1)) * 1000).rounded() / 1000
    }

    func linkCost(_ source: ArraySlice<AlignmentUnit>, _ target: ArraySlice<AlignmentUnit>, prior: Double, ratio c: Double) -> Double {
        let ls = Double(source.reduce(0) { $0 + $1.length }), lt = Double(target.reduce(0) { $0 + $1.length })
        let mean = max(1, (ls + lt / c) / 2)
        let delta = (lt - c * ls) / (options.variance * mean).squareRoot()
        let probability = max(1e-12, erfc(abs(delta) / 2.0.squareRoot()))
        var cost = -log(probability) - log(prior)
        guard options.usesAnchors else { return cost }
        var sourceConcepts = Set<Int>(), targetConcepts = Set<Int>()
        var sourceNumbers = Set<String>(), targetNumbers = Set<String>()
        var sourceNames = Set<String>(), targetNames = Set<String>()
        for unit in source { sourceConcepts.formUnion(unit.concepts); sourceNumbers.formUnion(unit.numbers); sourceNames.formUnion(unit.names) }
        for unit in target { targetConcepts.formUnion(unit.concepts); targetNumbers.formUnion(unit.numbers); targetNames.formUnion(unit.names) }
        let shared = sourceConcepts.intersection(targetConcepts).count + sourceNumbers.intersection(targetNumbers).count
            + sourceNames.intersection(targetNames).count
        let unmatched = sourceConcepts.symmetricDifference(targetConcepts).count
            + sourceNumbers.symmetricDifference(targetNumbers).count + sourceNames.symmetricDifference(targetNames).count
        cost += Self.anchorMismatch * Double(unmatched) - Self.anchorReward * Double(shared)
        let sourceQuestion = source.contains(where: \.isQuestion), targetQuestion = target.contains(where: \.isQuestion)
        if !source.isEmpty && !target.isEmpty && sourceQuestion != targetQuestion { cost += 1 }
        return cost
    }
}
