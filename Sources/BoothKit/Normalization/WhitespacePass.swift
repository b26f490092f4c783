/// Runs of spaces become one; spaces at either end of a line go; runs of blank lines become one blank
/// line; blank lines at the start go; the text ends with exactly one newline (an empty text stays empty).
struct WhitespacePass: NormalizationPass {
    private static let space: [UInt8] = [0x20]
    private static let newline: [UInt8] = [0x0A]

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        var sawContent = false
        var pendingBlank: Range<Int>? = nil  // blank lines (with terminators) since the last content line
        var lastContentEnd = 0  // end of the last content line, before its terminator
        for line in Lines(bytes: text) {
            let content = text.trimmingSpaces(line)
            let terminatorEnd = min(line.upperBound + 1, text.count)
            if content.isEmpty {
                let blank = line.lowerBound..<terminatorEnd
                pendingBlank = pendingBlank.map { $0.lowerBound..<blank.upperBound } ?? blank
                continue
            }
            if let blank = pendingBlank {
                if !sawContent {
                    rewriter.delete(blank, reason: .whitespace)
                } else if blank.count > 1 || text[blank.lowerBound] != 0x0A {
                    // Keep one bare "\n" as the blank line.
                    rewriter.replace(blank, with: Self.newline, reason: .whitespace)
                }
                pendingBlank = nil
            }
            sawContent = true
            if content.lowerBound > line.lowerBound {
                rewriter.delete(line.lowerBound..<content.lowerBound, reason: .whitespace)
            }
            collapseSpaces(in: content, of: text, into: &rewriter)
            if content.upperBound < line.upperBound {
                rewriter.delete(content.upperBound..<line.upperBound, reason: .whitespace)
            }
            lastContentEnd = line.upperBound
        }
        // Trailing blank lines go; the last line gets exactly one newline.
        if sawContent {
            let tail = lastContentEnd..<text.count
            if tail.count != 1 || text[lastContentEnd] != 0x0A {
                rewriter.replace(tail, with: Self.newline, reason: .whitespace)
            }
        } else if !text.isEmpty {
            rewriter.delete(0..<text.count, reason: .whitespace)
        }
        return rewriter.finish()
    }

    private func collapseSpaces(in content: Range<Int>, of text: [UInt8], into rewriter: inout TextRewriter) {
        text.withUnsafeBufferPointer { bytes in
            var index = content.lowerBound
            while index < content.upperBound {
                // Skip eight bytes at a time while they hold no two adjacent spaces, neither within the
                // word nor across from the byte before it.
                if index + 8 <= content.upperBound {
                    let spaces = ByteScan.mask(of: 0x20, in: ByteScan.word(bytes, at: index))
                    let carried = index > content.lowerBound && bytes[index - 1] == 0x20 && spaces & 0x80 != 0
                    if spaces & (spaces >> 8) == 0 && !carried { index += 8; continue }
                }
                guard bytes[index] == 0x20 else { index += 1; continue }
                var end = index + 1
                while end < content.upperBound, bytes[end] == 0x20 { end += 1 }
                // The run's first space is kept: it may be the byte before, passed over by a skip.
                let firstDropped = index > content.lowerBound && bytes[index - 1] == 0x20 ? index : index + 1
                if end > firstDropped { rewriter.delete(firstDropped..<end, reason: .whitespace) }
                index = end
            }
        }
    }
}
