/// Flags from an alignment of a source transcript with its interpretation:
///
/// - `omission` (warning): a source sentence with no interpretation — flagged in the source;
/// - `addition` (warning): an interpreted sentence with no source;
/// - `term-not-rendered` (warning): a glossary concept in the source sentence whose terms are absent
///   from the linked interpreted sentences;
/// - `number-mismatch` (warning): numbers that differ between linked sentences;
/// - `low-confidence-link` (info): a link the aligner is unsure of (confidence under 0.4);
/// - `gap-recovered` (info): a gap of the interpretation, with the source words that fill it.
public struct PairReviewer: Sendable {
    public let glossary: Glossary?
    public static let lowConfidence = 0.4

    public init(glossary: Glossary?) { self.glossary = glossary }

    public func review(_ alignment: Alignment) -> [Flag] {
        var flags: [Flag] = []
        func make(_ code: FlagCode, _ severity: Severity, _ message: String, _ range: Range<Int>, in transcript: Transcript,
                  turn: Int, concept: String? = nil) -> Flag {
            let original = transcript.originalRange(of: range)
            let speaker = transcript.turns[turn]
            return Flag(code: code, severity: severity, message: message, file: transcript.source.name, range: range,
                        start: original.lowerBound, end: original.upperBound,
                        position: transcript.source.position(of: original.lowerBound), text: transcript.text(in: range),
                        turn: turn, speaker: speaker.speakerID, speakerFrom: speaker.speakerSource, mode: speaker.mode,
                        concept: concept)
        }
        for link in alignment.links {
            let sourceUnits = link.source.map { alignment.sourceUnits[$0] }
            let targetUnits = link.target.map { alignment.targetUnits[$0] }
            let targetSpan = targetUnits.first.map { $0.range.lowerBound..<targetUnits.last!.range.upperBound }
            if targetUnits.isEmpty, let first = sourceUnits.first {
                flags.append(make(.omission, .warning, "this source sentence has no counterpart in the interpretation (\(alignment.target.source.name))",
                                  first.range.lowerBound..<sourceUnits.last!.range.upperBound, in: alignment.source, turn: first.turn))
                continue
            }
            guard let targetSpan, let targetTurn = targetUnits.first?.turn else { continue }
            if sourceUnits.isEmpty {
                flags.append(make(.addition, .warning, "this interpreted sentence has no counterpart in the source (\(alignment.source.source.name))",
                                  targetSpan, in: alignment.target, turn: targetTurn))
                continue
            }
            let sourceText = alignment.sourceText(link)
            let sourceConcepts = sourceUnits.reduce(into: Set<Int>()) { $0.formUnion($1.concepts) }
            let targetConcepts = targetUnits.reduce(into: Set<Int>()) { $0.formUnion($1.concepts) }
            let targetLanguage = alignment.target.turns[targetTurn].language
            for concept in sourceConcepts.subtracting(targetConcepts).sorted() {
                guard let entry = glossary?.concepts[concept],
                      entry.terms.contains(where: { LanguageCode.primary($0.language) == LanguageCode.primary(targetLanguage) }) else { continue }
                flags.append(make(.termNotRendered, .warning,
                                  "the source speaks of \(entry.label()) (\"\(entry.label(in: alignment.source.turns[sourceUnits[0].turn].language))\"); none of its \(targetLanguage) terms is in this interpretation",
                                  targetSpan, in: alignment.target, turn: targetTurn, concept: entry.id))
            }
            let sourceNumbers = sourceUnits.reduce(into: Set<String>()) { $0.formUnion($1.numbers) }
            let targetNumbers = targetUnits.reduce(into: Set<String>()) { $0.formUnion($1.numbers) }
            if sourceNumbers != targetNumbers {
                flags.append(make(.numberMismatch, .warning,
                                  "numbers differ: source \(sourceNumbers.sorted().joined(separator: ", ").nonEmpty ?? "none"), interpretation \(targetNumbers.sorted().joined(separator: ", ").nonEmpty ?? "none")",
                                  targetSpan, in: alignment.target, turn: targetTurn))
            }
            if link.confidence < Self.lowConfidence {
                flags.append(make(.lowConfidenceLink, .info,
                                  "uncertain link (confidence \(link.confidence)) to the source: \"\(sourceText)\"",
                                  targetSpan, in: alignment.target, turn: targetTurn))
            }
        }
        for gap in alignment.gaps {
            let turn = alignment.targetUnits[gap.targetUnit].turn
            flags.append(make(.gapRecovered, .info, "the source has here: \"\(gap.recovered)\"", gap.marker.range,
                              in: alignment.target, turn: turn))
        }
        return flags
    }
}
