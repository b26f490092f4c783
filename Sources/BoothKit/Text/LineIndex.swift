#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The start offset of every line of a UTF-8 text, for turning byte offsets into positions.
///
/// Lines end at `\n`, at `\r\n` and at a lone `\r`, as in the files Booth reads.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts; the first is always 0.
    public let lineStarts: [Int]
    /// For texts with a line longer than `longLine`: the column (scalars from its line's start)
    /// at every multiple of `checkpointSpacing`, so a position deep in a 200 MB line costs at most one
    /// span of counting, not the whole line.
    private let checkpoints: [Int]
    static let checkpointSpacing = 1 << 12
    /// Checkpoints are kept only for texts with a line longer than this.
    static let longLine = 1 << 16

    /// Builds the index.
    /// - Complexity: O(n) in the byte count.
    public init(_ bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Without any "\r" (the common case), memchr finds the line ends.
            if memchr(base, 0x0D, buffer.count) == nil {
                var index = 0
                while index < buffer.count, let found = memchr(base + index, 0x0A, buffer.count - index) {
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(index)
                }
                return
            }
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        lineStarts = starts
        var longest = 0
        for (index, start) in starts.enumerated() {
            longest = max(longest, (index + 1 < starts.count ? starts[index + 1] : bytes.count) - start)
        }
        guard longest > Self.longLine else { checkpoints = []; return }
        var marks = [Int](repeating: 0, count: bytes.count / Self.checkpointSpacing + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var line = 0, column = 0
            for offset in 0..<buffer.count {
                if line + 1 < starts.count, offset == starts[line + 1] { line += 1; column = 0 }
                if offset % Self.checkpointSpacing == 0 { marks[offset / Self.checkpointSpacing] = column }
                if buffer[offset] & 0xC0 != 0x80 { column += 1 }
            }
        }
        checkpoints = marks
    }

    /// The line (0-based) holding `offset`.
    /// - Complexity: O(log lines).
    public func lineNumber(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column of a byte offset in `bytes` (the text this index was built from).
    /// An offset inside a multi-byte character reports that character's column.
    public func position(of offset: Int, in bytes: [UInt8]) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineNumber(containing: clamped)
        // Count scalars by their lead bytes (continuation bytes are 10xxxxxx), from the line's start or
        // from the last checkpoint inside the line.
        var from = lineStarts[line]
        var leads = 0
        let checkpoint = clamped / Self.checkpointSpacing * Self.checkpointSpacing
        if !checkpoints.isEmpty, checkpoint > from {
            from = checkpoint
            leads = checkpoints[checkpoint / Self.checkpointSpacing]
        }
        leads += bytes.withUnsafeBufferPointer { ByteScan.scalarStarts($0, from..<clamped) }
        let insideCharacter = clamped < bytes.count && bytes[clamped] & 0xC0 == 0x80
        return Position(line: line + 1, column: insideCharacter ? leads : leads + 1)
    }

    /// The positions of many offsets, each as `position(of:in:)` gives it, in one forward sweep when
    /// the offsets ascend (each line's characters are counted once, not once per offset); offsets out of
    /// order, and texts with very long lines, are looked up one by one.
    public func positions(of offsets: [Int], in bytes: [UInt8]) -> [Position] {
        guard checkpoints.isEmpty, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            return offsets.map { position(of: $0, in: bytes) }
        }
        var result: [Position] = []
        result.reserveCapacity(offsets.count)
        bytes.withUnsafeBufferPointer { buffer in
            var line = -1, scanned = 0, leads = 0
            for offset in offsets {
                let clamped = max(0, min(offset, buffer.count))
                if line < 0 || (line + 1 < lineStarts.count && lineStarts[line + 1] <= clamped) {
                    line = line < 0 ? lineNumber(containing: clamped) : line + 1
                    while line + 1 < lineStarts.count, lineStarts[line + 1] <= clamped { line += 1 }
                    scanned = lineStarts[line]
                    leads = 0
                }
                leads += ByteScan.scalarStarts(buffer, scanned..<clamped)
                scanned = clamped
                let insideCharacter = clamped < buffer.count && buffer[clamped] & 0xC0 == 0x80
                result.append(Position(line: line + 1, column: insideCharacter ? leads : leads + 1))
            }
        }
        return result
    }
}
