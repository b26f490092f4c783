/// The correspondence between an older text and a newer one made from it by edits: sorted,
/// non-overlapping `EditSpan`s, with identical text between them.
///
/// It maps offsets both ways and composes, so the changes of several normalization passes become one
/// map from the original file to the final text.
struct EditMap: Sendable {
    private(set) var spans: [EditSpan]

    init(_ spans: [EditSpan] = []) { self.spans = spans }

    /// The index of the last span whose target starts at or before `offset` (strictly before when
    /// `strictly`), or nil.
    private func lastSpan(targetStartingBefore offset: Int, strictly: Bool) -> Int? {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            let start = spans[middle].target.lowerBound
            if strictly ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// Where a span starting at `offset` of the newer text starts in the older one: inside a
    /// replacement, at the start of what it replaced; after a deletion, after the deleted bytes.
    /// - Complexity: O(log edits).
    func sourceStart(forTarget offset: Int) -> Int {
        guard let index = lastSpan(targetStartingBefore: offset, strictly: false) else { return offset }
        let span = spans[index]
        if offset < span.target.upperBound { return span.source.lowerBound }
        return span.source.upperBound + (offset - span.target.upperBound)
    }

    /// Where a span ending at `offset` of the newer text ends in the older one: inside or at the end of
    /// a replacement, at the end of what it replaced; just before a deletion, before the deleted bytes.
    /// - Complexity: O(log edits).
    func sourceEnd(forTarget offset: Int) -> Int {
        guard let index = lastSpan(targetStartingBefore: offset, strictly: true) else { return offset }
        let span = spans[index]
        if offset <= span.target.upperBound { return span.source.upperBound }
        return span.source.upperBound + (offset - span.target.upperBound)
    }

    /// The range of the older text that a range of the newer text came from.
    func sourceRange(forTarget range: Range<Int>) -> Range<Int> {
        let start = sourceStart(forTarget: range.lowerBound)
        let end = range.isEmpty ? start : sourceEnd(forTarget: range.upperBound)
        return start..<max(start, end)
    }

    /// This map followed by `next` (which maps this map's newer text onward).
    ///
    /// Spans of the two maps that overlap in the text between them become one span, carrying the most
    /// significant of their reasons (`EditReason.significance`); all others keep their own.
    /// - Complexity: O(edits of both).
    func followed(by next: EditMap) -> EditMap {
        if spans.isEmpty { return next }
        if next.spans.isEmpty { return self }
        var result: [EditSpan] = []
        result.reserveCapacity(spans.count + next.spans.count)
        var first = 0, second = 0
        var firstGrowth = 0, secondGrowth = 0  // growth of the spans consumed so far, per map
        while first < spans.count || second < next.spans.count {
            // Open a cluster with whichever span starts first in the middle text.
            let firstGrowthBefore = firstGrowth, secondGrowthBefore = secondGrowth
            var low = Int.max, high = Int.min
            var reason = EditReason.fold
            func take(_ candidate: EditReason) {
                if candidate.significance >= reason.significance { reason = candidate }
            }
            func takeFirst() {
                let span = spans[first]
                low = min(low, span.target.lowerBound); high = max(high, span.target.upperBound)
                take(span.reason)
                firstGrowth += span.growth
                first += 1
            }
            func takeSecondSpan() {
                let span = next.spans[second]
                low = min(low, span.source.lowerBound); high = max(high, span.source.upperBound)
                take(span.reason)
                secondGrowth += span.growth
                second += 1
            }
            let firstStart = first < spans.count ? spans[first].target.lowerBound : Int.max
            let secondStart = second < next.spans.count ? next.spans[second].source.lowerBound : Int.max
            if firstStart <= secondStart { takeFirst() } else { takeSecondSpan() }
            // Extend it with every span of either map that overlaps it.
            while true {
                if first < spans.count, spans[first].target.lowerBound < high {
                    takeFirst()
                } else if second < next.spans.count, next.spans[second].source.lowerBound < high {
                    takeSecondSpan()
                } else {
                    break
                }
            }
            result.append(EditSpan(
                source: (low - firstGrowthBefore)..<(high - firstGrowth),
                target: (low + secondGrowthBefore)..<(high + secondGrowth),
                reason: reason))
        }
        return EditMap(result)
    }
}
