/// A source transcript aligned with its interpretation: sentence links, and the source words found for
/// each gap of the interpretation.
public struct Alignment: Sendable {
    /// What the source said where the interpretation has a gap.
    public struct RecoveredGap: Sendable {
        /// The target sentence holding the gap, and the gap marker.
        public var targetUnit: Int
        public var marker: Marker
        /// The source sentences linked to it.
        public var sourceUnits: [Int]
        /// The source words that fill the gap (normalized text of the source), and their range there.
        public var recovered: String
        public var recoveredRange: Range<Int>
    }

    public let source: Transcript
    public let target: Transcript
    public let sourceUnits: [AlignmentUnit]
    public let targetUnits: [AlignmentUnit]
    public let links: [AlignmentLink]
    public let gaps: [RecoveredGap]
    /// Target characters per source character, measured on this pair.
    public let ratio: Double

    /// The source text of a link.
    public func sourceText(_ link: AlignmentLink) -> String {
        link.source.map { source.text(in: sourceUnits[$0].range) }.joined(separator: " ")
    }

    /// The target text of a link.
    public func targetText(_ link: AlignmentLink) -> String {
        link.target.map { target.text(in: targetUnits[$0].range) }.joined(separator: " ")
    }
}

/// Aligns a source transcript with its interpretation: turns first (in speaker order), then sentences
/// within each pair of turns, then gap recovery.
public struct DocumentAligner: Sendable {
    public let aligner: BitextAligner

    public init(options: BitextAligner.Options = .init()) { aligner = BitextAligner(options: options) }

    public func align(source: Transcript, sourceMatches: [TermMatch], target: Transcript, targetMatches: [TermMatch]) -> Alignment {
        let extractor = AnchorExtractor()
        let sourceUnits = extractor.units(of: source, matches: sourceMatches)
        let targetUnits = extractor.units(of: target, matches: targetMatches)
        let sourceLength = sourceUnits.reduce(0) { $0 + $1.length }, targetLength = targetUnits.reduce(0) { $0 + $1.length }
        let ratio = sourceLength > 0 && targetLength > 0 ? Double(targetLength) / Double(sourceLength) : 1

        // Turns: one unit per turn, its sentences' anchors merged; equal counts pair in order.
        func turnUnits(_ transcript: Transcript, _ units: [AlignmentUnit]) -> [AlignmentUnit] {
            transcript.turns.map { turn in
                let own = units.filter { $0.turn == turn.index }
                return AlignmentUnit(id: turn.index, turn: turn.index, sentence: 0, range: turn.range,
                                     length: own.reduce(0) { $0 + $1.length },
                                     concepts: own.reduce(into: Set()) { $0.formUnion($1.concepts) },
                                     numbers: own.reduce(into: Set()) { $0.formUnion($1.numbers) },
                                     names: Set(turn.speakerID.flatMap(extractor.nameKey(of:)).map { [$0] } ?? []),
                                     isQuestion: false, gaps: [])
            }
        }
        let turnLinks: [AlignmentLink]
        if source.turns.count == target.turns.count {
            turnLinks = source.turns.indices.map { AlignmentLink(source: [$0], target: [$0], confidence: 1) }
        } else {
            turnLinks = aligner.align(turnUnits(source, sourceUnits), turnUnits(target, targetUnits), ratio: ratio)
        }
        var links: [AlignmentLink] = []
        for turnLink in turnLinks {
            let sourceSide = sourceUnits.filter { turnLink.source.contains($0.turn) }
            let targetSide = targetUnits.filter { turnLink.target.contains($0.turn) }
            links += aligner.align(sourceSide, targetSide, ratio: ratio)
        }
        let gaps = GapRecovery(ratio: ratio).recover(links: links, source: source, sourceUnits: sourceUnits,
                                                    sourceMatches: sourceMatches, target: target, targetUnits: targetUnits,
                                                    targetMatches: targetMatches)
        return Alignment(source: source, target: target, sourceUnits: sourceUnits, targetUnits: targetUnits,
                         links: links, gaps: gaps, ratio: ratio)
    }
}
