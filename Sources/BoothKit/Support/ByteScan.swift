/// Eight-bytes-at-a-time tests (SWAR) for the hot loops of normalization: most transcript text is
/// plain ASCII, and skipping it a word at a time is what keeps Booth near ICU's own speed.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `offset` as a little-endian word.
    @inline(__always)
    static func word(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    /// The high bit of each byte of `word` that equals `byte`, exactly (no false positives).
    @inline(__always)
    static func mask(of byte: UInt8, in word: UInt64) -> UInt64 {
        let folded = word ^ (ones &* UInt64(byte))
        return ~(((folded & lows) &+ lows) | folded) & highs
    }

    /// Whether every byte is printable ASCII, 0x20 through 0x7E.
    @inline(__always)
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        // No high bit, no byte below 0x20 (subtracting 0x20 would borrow), no 0x7F.
        let belowSpace = (word &- ones &* 0x20) & ~word & highs
        return word & highs == 0 && belowSpace == 0 && mask(of: 0x7F, in: word) == 0
    }

    /// Whether any byte may be a control character (below 0x20): a borrow can report one falsely, never
    /// miss one; bytes from 0x80 up are never reported.
    @inline(__always)
    static func mayHoldControl(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highs != 0
    }

    /// How many bytes at the low end of `word` come before the first marked one (`marks`: high bits; 8
    /// when none is marked). The marks must be exact for the lowest marked byte (a borrow may mark bytes
    /// above a real one falsely, never below).
    @inline(__always)
    static func bytesBefore(_ marks: UInt64) -> Int { marks.trailingZeroBitCount / 8 }

    /// How many bytes at the start of `word` a scan may pass over: all eight when `isPlain`, else those
    /// before the first byte marked in `interesting` (high bits, exact for the lowest marked byte).
    @inline(__always)
    static func plainBytes(isPlain: Bool, interesting: @autoclosure () -> UInt64) -> Int {
        isPlain ? 8 : bytesBefore(interesting())
    }

    /// The high bit of each byte that is not printable ASCII (0x20–0x7E): exact for the lowest such byte.
    @inline(__always)
    static func notPrintableASCII(_ word: UInt64) -> UInt64 {
        (word & highs) | ((word &- ones &* 0x20) & ~word & highs) | mask(of: 0x7F, in: word)
    }

    /// Whether any byte is a bracket: ( ) [ ].
    @inline(__always)
    static func hasBracket(_ word: UInt64) -> Bool {
        (mask(of: 0x28, in: word) | mask(of: 0x29, in: word) | mask(of: 0x5B, in: word) | mask(of: 0x5D, in: word)) != 0
    }

    /// Whether any byte may need escaping in a JSON string: a control character (below 0x20; a borrow
    /// can report one falsely, never miss one), a quotation mark or a reverse solidus.
    @inline(__always)
    static func mayNeedJSONEscape(_ word: UInt64) -> Bool {
        let belowSpace = (word &- ones &* 0x20) & ~word & highs
        return belowSpace | mask(of: 0x22, in: word) | mask(of: 0x5C, in: word) != 0
    }

    /// The offset of the first byte of `buffer[start..<end]` that is not ASCII (`end` if none), skipping
    /// ASCII eight bytes at a time.
    @inline(__always)
    static func firstNonASCII(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end, isASCII(word(buffer, at: index)) { index += 8 }
        while index < end, buffer[index] < 0x80 { index += 1 }
        return index
    }

    /// How many bytes of an all-ASCII `word` are letters, A–Z or a–z.
    @inline(__always)
    static func asciiLetterCount(_ word: UInt64) -> Int {
        // Lowered (a capital and its small letter alike), then: from "a" up, adding 0x1F sets the high
        // bit; from "{" up, adding 0x05 does. No byte carries into the next (all are below 0x80).
        let lowered = word | ones &* 0x20
        return ((lowered &+ ones &* 0x1F) & ~(lowered &+ ones &* 0x05) & highs).nonzeroBitCount
    }

    /// Whether every byte is ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & highs == 0 }

    /// How many bytes at the start of `word` (its low end) are ASCII letters, digits or "@", the
    /// characters a word is made of for ICU's word break: 0–8.
    @inline(__always)
    static func leadingWordCharacters(_ word: UInt64) -> Int {
        leadingBytes(of: within(0x30, 0x39, word) | within(0x40, 0x5A, word) | within(0x61, 0x7A, word), in: word)
    }

    /// How many bytes at the start of `word` (its low end) are ASCII letters, A–Z or a–z: 0–8.
    @inline(__always)
    static func leadingASCIILetters(_ word: UInt64) -> Int {
        leadingBytes(of: within(0x41, 0x5A, word) | within(0x61, 0x7A, word), in: word)
    }

    /// The high bit of each byte of `word` whose low seven bits x are in lower...upper: x + (0x80 -
    /// lower) sets the high bit and x + (0x7F - upper) does not; no sum carries into the next byte.
    @inline(__always)
    private static func within(_ lower: UInt64, _ upper: UInt64, _ word: UInt64) -> UInt64 {
        let low = word & lows
        return (low &+ ones &* (0x80 - lower)) & ~(low &+ ones &* (0x7F - upper)) & highs
    }

    /// How many bytes from the low end of `word` are marked in `marks` (high bits), bytes beyond ASCII
    /// never counted.
    @inline(__always)
    private static func leadingBytes(of marks: UInt64, in word: UInt64) -> Int {
        (~(marks & ~word) & highs).trailingZeroBitCount / 8
    }

    /// How many scalars start in `buffer[range]`: its bytes that are not UTF-8 continuation bytes
    /// (10xxxxxx), counted eight at a time.
    static func scalarStarts(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = range.lowerBound, count = 0
        while index + 8 <= range.upperBound {
            let word = word(buffer, at: index)
            // A continuation byte has its high bit set and the next bit clear.
            count += 8 - (word & ~(word << 1) & highs).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if buffer[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Lowers the ASCII capitals of `buffer` and turns "`" into "'" (the match key's ASCII fold), eight
    /// bytes at a time, leaving every other byte as it is; whether every byte was ASCII.
    static func lowerASCII(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0, allASCII = true
        let count = buffer.count
        let raw = UnsafeMutableRawBufferPointer(buffer)
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
            if let lowered = loweredASCII(word) {
                if lowered != word { raw.storeBytes(of: lowered.littleEndian, toByteOffset: index, as: UInt64.self) }
            } else {
                for offset in index..<(index + 8) { allASCII = lowerOne(buffer, offset) && allASCII }
            }
            index += 8
        }
        while index < count {
            allASCII = lowerOne(buffer, index) && allASCII
            index += 1
        }
        return allASCII
    }

    /// An all-ASCII word without "`" with its capitals lowered; nil for any other word.
    @inline(__always)
    static func loweredASCII(_ word: UInt64) -> UInt64? {
        guard word & highs == 0, mask(of: 0x60, in: word) == 0 else { return nil }
        // Bytes below 0x80: adding 0x3F sets the high bit from "A" up, adding 0x25 from "[" up.
        let capitals = (word &+ ones &* 0x3F) & ~(word &+ ones &* 0x25) & highs
        return word | capitals >> 2
    }

    @inline(__always)
    static func lowerOne(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = buffer[index]
        if byte &- 0x41 < 26 { buffer[index] = byte | 0x20 } else if byte == 0x60 { buffer[index] = 0x27 }
        return byte < 0x80
    }
}
