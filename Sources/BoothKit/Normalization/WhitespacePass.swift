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
                if bytes[index] == 0x20, index + 1 < content.upperBound, bytes[index + 1] == 0x20 {
                    var end = index + 2
                    while end < content.upperBound, bytes[end] == 0x20 { end += 1 }
                    // Keep the first space, drop the rest.
                    rewriter.delete(index + 1..<end, reason: .whitespace)
                    index = end
                } else {
                    index += 1
                }
            }
        }
    }
}
