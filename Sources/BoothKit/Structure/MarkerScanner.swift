#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Finds the bracketed markers in a line of normalized text.
struct MarkerScanner: Sendable {
    let vocabulary: MarkerVocabulary
    /// A bracket group longer than this is not a marker (notes included), and is not scanned for one.
    static let maximumGroupBytes = 600

    /// The markers in `range`, in order, and the offsets of opening brackets that never close.
    /// Parentheses (full-width ones too) and square brackets pair separately, each with its own stack,
    /// so any run of brackets is scanned in linear time.
    func scan(_ text: [UInt8], _ range: Range<Int>) -> (markers: [Marker], unclosed: [Int]) {
        var markers: [Marker] = []
        var parentheses: [Int] = [], squares: [Int] = []
        var index = range.lowerBound
        text.withUnsafeBufferPointer { buffer in
            // Full-width parentheses (EF BC 88, EF BC 89) are looked for only where a byte EF is.
            let fullWidth = !range.isEmpty && memchr(buffer.baseAddress! + range.lowerBound, 0xEF, range.count) != nil
            // A group from the opener at `open` to the closer of `closerLength` bytes at `index`.
            func close(_ open: Int, closerLength: Int) {
                let group = open..<(index + closerLength)
                let inner = (open + (buffer[open] == 0xEF ? 3 : 1))..<index
                if group.count <= Self.maximumGroupBytes,
                   let reading = vocabulary.classify(Substring(text.string(inner))) {
                    markers.append(Marker(kind: reading.kind, range: group, timestamp: reading.timestamp,
                                          languageCode: reading.language))
                }
            }
            while index < range.upperBound {
                if index + 8 <= range.upperBound, case let word = ByteScan.word(buffer, at: index),
                   !ByteScan.hasBracket(word), !fullWidth || ByteScan.mask(of: 0xEF, in: word) == 0 {
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
                    close(open, closerLength: 1)
                case 0xEF where index + 2 < range.upperBound && buffer[index + 1] == 0xBC:
                    // Full-width parentheses, as Chinese and Japanese set them: "（听不清）" (U+FF08, U+FF09).
                    if buffer[index + 2] == 0x88 {
                        parentheses.append(index)
                    } else if buffer[index + 2] == 0x89, let open = parentheses.popLast() {
                        close(open, closerLength: 3)
                        index += 2
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
