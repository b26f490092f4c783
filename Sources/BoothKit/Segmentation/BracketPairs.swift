/// The bracket and quotation pairs of a paragraph: ( ), [ ], « », “ ”, „ “, ‘ ’, "…" and '…'.
/// A sentence never ends inside one ("quotations and parentheses kept whole"), as long as the pair
/// closes within `maximumBytes`: a longer quotation is split like any other text.
struct BracketPairs {
    static let maximumBytes = 400

    /// The pairs, as ranges from the opening mark to just after the closing one.
    private(set) var pairs: [Range<Int>] = []
    /// For pairs sorted by start: the largest end among the first k pairs, so that `encloses` is a binary
    /// search, not a scan (a paragraph of a million brackets stays linear).
    private var furthestEnd: [Int] = []

    private enum Mark: Equatable { case paren, square, guillemet, curly, low, single, straightDouble, straightSingle }

    /// The pairs within `range` of `text` (one paragraph). `skipsPlainRuns`: pass over eight bytes at a
    /// time where none can be a mark (off only to test that shortcut against the byte-by-byte reading).
    init(_ text: [UInt8], _ range: Range<Int>, skipsPlainRuns: Bool = true) {
        var stack: [(mark: Mark, offset: Int)] = []
        var index = range.lowerBound
        func close(_ marks: [Mark], at offset: Int, length: Int) -> Bool {
            guard let match = stack.lastIndex(where: { marks.contains($0.mark) }) else { return false }
            let open = stack[match].offset
            stack.removeSubrange(match...)
            if offset + length - open <= Self.maximumBytes { pairs.append(open..<(offset + length)) }
            return true
        }
        func isSpaceOrStart(_ offset: Int) -> Bool { offset < range.lowerBound || text[offset] == 0x20 }
        func isLetterAt(_ offset: Int) -> Bool {
            guard offset < range.upperBound else { return false }
            guard let scalar = ProseShape.firstScalar(offset..<range.upperBound, in: text) else { return false }
            return ProseShape.isLetterOrDigit(scalar)
        }
        while index < range.upperBound {
            if skipsPlainRuns, index + 8 <= range.upperBound {
                // All eight bytes when none is a mark's, else on to the first that is a mark's or not ASCII.
                let word = text.withUnsafeBufferPointer { ByteScan.word($0, at: index) }
                let plain = ByteScan.plainBytes(isPlain: Self.holdsNoMark(word), interesting: Self.markOrNonASCII(word))
                if plain > 0 {
                    index += plain
                    continue
                }
            }
            let lead = text[index]
            // The rest of a character whose lead byte was passed over above: not a mark.
            if lead & 0xC0 == 0x80 {
                index += 1
                continue
            }
            let length = UnicodeFormPass.scalarLength(lead)
            if lead < 0x80 {
                switch lead {
                case UInt8(ascii: "("): stack.append((.paren, index))
                case UInt8(ascii: "["): stack.append((.square, index))
                case UInt8(ascii: ")"): _ = close([.paren], at: index, length: 1)
                case UInt8(ascii: "]"): _ = close([.square], at: index, length: 1)
                case UInt8(ascii: "\""):
                    if stack.last?.mark == .straightDouble || (stack.contains { $0.mark == .straightDouble } && !isLetterAt(index + 1)) {
                        _ = close([.straightDouble], at: index, length: 1)
                    } else {
                        stack.append((.straightDouble, index))
                    }
                case UInt8(ascii: "'"):
                    // An apostrophe inside a word ("it's", "Jr.'s") is neither opening nor closing.
                    let opens = isSpaceOrStart(index - 1) && isLetterAt(index + 1)
                    if opens {
                        stack.append((.straightSingle, index))
                    } else if !isLetterAt(index + 1), !isSpaceOrStart(index - 1) {
                        _ = close([.straightSingle], at: index, length: 1)
                    }
                default: break
                }
            } else {
                let scalar = UnicodeFormPass.scalar(in: text, at: index, length: length)
                switch scalar {
                case 0xAB: stack.append((.guillemet, index))                          // «
                case 0xBB: _ = close([.guillemet], at: index, length: length)        // »
                case 0x201C:                                                          // “ closes „ or opens
                    if !close([.low], at: index, length: length) { stack.append((.curly, index)) }
                case 0x201D: _ = close([.curly, .low], at: index, length: length)    // ”
                case 0x201E: stack.append((.low, index))                              // „
                case 0x2018: stack.append((.single, index))                           // ‘
                case 0x2019: _ = close([.single], at: index, length: length)         // ’ (else an apostrophe)
                default: break
                }
            }
            index += length
        }
        pairs.sort { $0.lowerBound < $1.lowerBound }
        var furthest = Int.min
        furthestEnd = pairs.map { furthest = max(furthest, $0.upperBound); return furthest }
    }

    /// Whether eight bytes hold nothing to pair: no ASCII bracket or quote, and no lead byte of « » (C2)
    /// or of the curly quotes (E2) — Russian letters (D0, D1) pass as ASCII does.
    @inline(__always)
    private static func holdsNoMark(_ word: UInt64) -> Bool {
        !ByteScan.hasBracket(word) && ByteScan.mask(of: 0x22, in: word) | ByteScan.mask(of: 0x27, in: word) == 0
            && (ByteScan.isASCII(word) || ByteScan.mask(of: 0xC2, in: word) | ByteScan.mask(of: 0xE2, in: word) == 0)
    }

    /// The high bit of each byte that is a bracket, a quote, or not ASCII.
    @inline(__always)
    private static func markOrNonASCII(_ word: UInt64) -> UInt64 {
        ByteScan.mask(of: 0x28, in: word) | ByteScan.mask(of: 0x29, in: word) | ByteScan.mask(of: 0x5B, in: word)
            | ByteScan.mask(of: 0x5D, in: word) | ByteScan.mask(of: 0x22, in: word) | ByteScan.mask(of: 0x27, in: word)
            | word & 0x8080_8080_8080_8080
    }

    /// Whether a break at `offset` would fall inside a pair.
    /// - Complexity: O(log pairs).
    func encloses(_ offset: Int) -> Bool {
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 && furthestEnd[low - 1] > offset
    }
}
