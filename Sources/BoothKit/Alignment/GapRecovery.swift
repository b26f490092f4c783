/// Finds, for each gap of the interpretation, the source words that fill it.
///
/// The gap's target sentence is linked to one or more source sentences. The words of the target before
/// the gap stand for the start of the source, the words after it for its end: the last glossary
/// concept before the gap that also occurs in the source marks where the recovered words start, the
/// first one after the gap where they end; without such anchors, lengths do, scaled by the pair's
/// length ratio. The result is snapped to whole words; when the two estimates cross, the two source
/// words at the start estimate are reported.
struct GapRecovery {
    let ratio: Double

    func recover(links: [AlignmentLink], source: Transcript, sourceUnits: [AlignmentUnit], sourceMatches: [TermMatch],
                 target: Transcript, targetUnits: [AlignmentUnit], targetMatches: [TermMatch]) -> [Alignment.RecoveredGap] {
        var result: [Alignment.RecoveredGap] = []
        for link in links where !link.source.isEmpty && !link.target.isEmpty {
            let sourceRange = sourceUnits[link.source.first!].range.lowerBound..<sourceUnits[link.source.last!].range.upperBound
            for unitID in link.target {
                let unit = targetUnits[unitID]
                for marker in unit.gaps {
                    let targetSpan = targetUnits[link.target.first!].range.lowerBound..<targetUnits[link.target.last!].range.upperBound
                    let before = target.text(in: targetSpan.lowerBound..<marker.range.lowerBound)
                    let after = target.text(in: marker.range.upperBound..<targetSpan.upperBound)
                    let sourceText = Array(source.text(in: sourceRange))
                    // Estimates in characters of the source.
                    var start = Int((Double(before.count) / ratio).rounded())
                    var end = sourceText.count - Int((Double(after.count) / ratio).rounded())
                    // Anchors: concepts matched before (after) the gap in the target and in the source.
                    let inTarget = targetMatches.filter { targetSpan.contains($0.range.lowerBound) }
                    let inSource = sourceMatches.filter { sourceRange.contains($0.range.lowerBound) }
                    if let anchor = inTarget.last(where: { $0.range.upperBound <= marker.range.lowerBound }),
                       let counterpart = inSource.last(where: { $0.conceptIndex == anchor.conceptIndex }) {
                        start = source.text(in: sourceRange.lowerBound..<counterpart.range.upperBound).count
                    }
                    if let anchor = inTarget.first(where: { $0.range.lowerBound >= marker.range.upperBound }),
                       let counterpart = inSource.first(where: { $0.conceptIndex == anchor.conceptIndex }),
                       source.text(in: sourceRange.lowerBound..<counterpart.range.lowerBound).count > start {
                        end = min(end, source.text(in: sourceRange.lowerBound..<counterpart.range.lowerBound).count)
                    }
                    let words = Self.words(of: sourceText)
                    guard !words.isEmpty else { continue }
                    start = max(0, min(start, sourceText.count))
                    let first = words.firstIndex { $0.upperBound > start } ?? words.count - 1
                    var last = words.lastIndex { $0.lowerBound < end } ?? first
                    if last < first { last = min(first + 1, words.count - 1) }
                    let range = words[first].lowerBound..<words[last].upperBound
                    let recovered = String(sourceText[range])
                    let prefixBytes = String(sourceText[..<range.lowerBound]).utf8.count
                    let recoveredRange = (sourceRange.lowerBound + prefixBytes)..<(sourceRange.lowerBound + prefixBytes + recovered.utf8.count)
                    result.append(Alignment.RecoveredGap(targetUnit: unitID, marker: marker, sourceUnits: link.source,
                                                         recovered: recovered, recoveredRange: recoveredRange))
                }
            }
        }
        return result
    }

    /// Word ranges (letters, digits, hyphens, apostrophes), in characters.
    static func words(of text: [Character]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = 0
        while index < text.count {
            while index < text.count, !isWordCharacter(text[index]) { index += 1 }
            let start = index
            while index < text.count, isWordCharacter(text[index]) { index += 1 }
            if index > start { words.append(start..<index) }
        }
        return words
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "'" || character == "’"
    }
}
