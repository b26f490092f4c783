/// Finds the bracketed markers in a line of normalized text.
struct MarkerScanner: Sendable {
    let vocabulary: MarkerVocabulary
    /// A bracket group longer than this is not a marker (notes included), and is not scanned for one.
    static let maximumGroupBytes = 600

    /// The markers in `range`, in order, and the offsets of opening brackets that never close.
    func scan(_ text: [UInt8], _ range: Range<Int>) -> (markers: [Marker], unclosed: [Int]) {
        var markers: [Marker] = []
        var openers: [(offset: Int, closer: UInt8)] = []
        var unclosed: [Int] = []
        var index = range.lowerBound
        text.withUnsafeBufferPointer { buffer in
        while index < range.upperBound {
            if index + 8 <= range.upperBound, !ByteScan.hasBracket(ByteScan.word(buffer, at: index)) {
                index += 8
                continue
            }
            let byte = buffer[index]
            if byte == UInt8(ascii: "(") {
                openers.append((index, UInt8(ascii: ")")))
            } else if byte == UInt8(ascii: "[") {
                openers.append((index, UInt8(ascii: "]")))
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                // Close the innermost matching opener; mismatched closers are ordinary text.
                if let match = openers.lastIndex(where: { $0.closer == byte }) {
                    let open = openers[match].offset
                    unclosed += openers[(match + 1)...].map(\.offset)
                    openers.removeSubrange(match...)
                    let group = open..<(index + 1)
                    if group.count <= Self.maximumGroupBytes,
                       let reading = vocabulary.classify(Substring(text.string((open + 1)..<index))) {
                        markers.append(Marker(kind: reading.kind, range: group, timestamp: reading.timestamp,
                                              languageCode: reading.language))
                    }
                }
            }
            index += 1
        }
        }
        unclosed += openers.map(\.offset)
        // A marker inside another marker (a note quoting "(inaudible)") counts once, as the outer one.
        markers.sort { $0.range.lowerBound < $1.range.lowerBound }
        var outer: [Marker] = []
        for marker in markers {
            if let last = outer.last, last.range.upperBound >= marker.range.upperBound { continue }
            outer.append(marker)
        }
        return (outer, unclosed.sorted())
    }
}
