#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Iterates the lines of UTF-8 text whose only line terminator is `\n` (normalization's first pass
/// makes it so). Each element is the line's byte range without its terminator.
struct Lines: Sequence {
    let bytes: [UInt8]

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var position = 0

        mutating func next() -> Range<Int>? {
            guard position < bytes.count else { return nil }
            let start = position
            let end = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let found = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) else {
                    return buffer.count
                }
                return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            position = end + 1
            return start..<end
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }
}

extension Array where Element == UInt8 {
    /// The range without leading and trailing ASCII spaces.
    func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, self[start] == 0x20 { start += 1 }
        while end > start, self[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String { String(decoding: self[range], as: UTF8.self) }
}
