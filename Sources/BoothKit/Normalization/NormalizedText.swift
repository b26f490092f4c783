/// The result of normalizing a `SourceText`: the clean text, and the map back to the original.
public struct NormalizedText: Sendable {
    /// The original.
    public let source: SourceText
    /// The normalized text as UTF-8.
    public let bytes: [UInt8]
    /// From the original's bytes to `bytes`.
    let map: EditMap

    init(source: SourceText, bytes: [UInt8], map: EditMap) {
        self.source = source
        self.bytes = bytes
        self.map = map
    }

    /// The normalized text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of a range of the normalized bytes.
    public func text(in range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Every change, in original coordinates, in order.
    public var edits: [Edit] {
        map.spans.map { span in
            Edit(start: span.source.lowerBound, end: span.source.upperBound,
                 original: source.text(in: span.source),
                 replacement: text(in: span.target),
                 reason: span.reason)
        }
    }

    /// The edits made for one reason, as ranges of the original.
    public func originalRanges(editedFor reason: EditReason) -> [Range<Int>] {
        map.spans.filter { $0.reason == reason }.map(\.source)
    }

    /// The edits made for one reason, as ranges of the normalized text.
    public func normalizedRanges(editedFor reason: EditReason) -> [Range<Int>] {
        map.spans.filter { $0.reason == reason }.map(\.target)
    }

    /// The range of the original file that a range of the normalized text came from.
    /// - Complexity: O(log edits).
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        map.sourceRange(forTarget: range)
    }

    /// Rebuilds the original UTF-8 text from the normalized text and the edits alone.
    public static func rebuildOriginal(normalized: [UInt8], edits: [Edit]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(normalized.count + edits.reduce(0) { $0 + $1.original.utf8.count })
        var normalizedOffset = 0
        var originalOffset = 0
        for edit in edits {
            let unchanged = edit.start - originalOffset
            output.append(contentsOf: normalized[normalizedOffset..<(normalizedOffset + unchanged)])
            output.append(contentsOf: edit.original.utf8)
            normalizedOffset += unchanged + edit.replacement.utf8.count
            originalOffset = edit.end
        }
        output.append(contentsOf: normalized[normalizedOffset...])
        return output
    }
}
