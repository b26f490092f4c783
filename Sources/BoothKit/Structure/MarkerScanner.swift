/// Finds the bracketed markers in a line of normalized text.
struct MarkerScanner: Sendable {
    let vocabulary: MarkerVocabulary
    /// A bracket group longer than this is not a marker (notes included), and is not scanned for one.
    static let maximumGroupBytes = 600

    /// The markers in `range`, in order, and the offsets of opening brackets that never close.
    /// Parentheses and square brackets pair separately, each with its own stack, so any run of brackets
    /// is scanned in linear time.
    func scan(_ text: [UInt8], _ range: Range<Int>) -> (markers: [Marker], unclosed: [Int]) {
        var markers: [Marker] = []
        var parentheses: [Int] = [], squares: [Int] = []
        var index = range.lowerBound
        text.withUnsafeBufferPointer { buffer in
            while index < range.upperBound {
                if index + 8 <= range.upperBound, !ByteScan.hasBracket(ByteScan.word(buffer, at: index)) {
                    index += 8
                    continue
                }
                switch buffer[index] {
                case UInt8(ascii: "("): parentheses.append(index)
                case UInt8(ascii: "["): squares.append(index)
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    let isParenthesis = buffer[index] == UInt8(ascii: ")")
                    // A closer without its opener is ordinary text.
                    guard let open = isParenthesis ? parentheses.popLast() : squares.popLast() else { break }
                    let group = open..<(index + 1)
                    if group.count <= Self.maximumGroupBytes,
                       let reading = vocabulary.classify(Substring(text.string((open + 1)..<index))) {
                        markers.append(Marker(kind: reading.kind, range: group, timestamp: reading.timestamp,
                                              languageCode: reading.language))
                    }
                default: break
                }
                index += 1
            }
        }
        let unclosed = (parentheses + squares).sorted()
        // A marker inside another marker (a note quoting "(inaudible)") counts once, as the outer one.
        markers.sort { $0.range.lowerBound < $1.range.lowerBound }
        var outer: [Marker] = []
        for marker in markers {
            if let last = outer.last, last.range.upperBound >= marker.range.upperBound { continue }
            outer.append(marker)
        }
        return (outer, unclosed)
    }
}
