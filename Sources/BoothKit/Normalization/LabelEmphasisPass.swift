/// Removes markdown emphasis around a speaker label at the start of a line:
/// `**FOREIGN MINISTER LAVROV:**` and `**FOREIGN MINISTER LAVROV**:` become `FOREIGN MINISTER LAVROV:`
/// (also with `__`, and in italics or both, `*Question*:`, `***Q:***`). Emphasis anywhere else belongs to
/// the text and stays, and so does a bullet ("* Item").
struct LabelEmphasisPass: NormalizationPass {
    let grammar: SpeakerLabelGrammar

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        for line in Lines(bytes: text) {
            let start = text.trimmingSpaces(line).lowerBound
            guard line.upperBound - start >= 4 else { continue }
            let marker = text[start]
            guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_") else { continue }
            // One to three delimiters ("*", "**", "***"), then no space.
            var width = 1
            while width < 3, start + width < line.upperBound, text[start + width] == marker { width += 1 }
            let innerStart = start + width
            guard innerStart < line.upperBound, text[innerStart] != 0x20, text[innerStart] != marker else { continue }
            // The closing delimiters, as many, must come within a label's length.
            let searchEnd = min(line.upperBound - width + 1, innerStart + SpeakerLabelGrammar.maximumLabelScalars * 4)
            var close: Int?
            var index = innerStart + 1
            while index < searchEnd {
                if text[index] == marker {
                    var run = 1
                    while index + run < line.upperBound, text[index + run] == marker { run += 1 }
                    if run == width { close = index; break }
                    index += run
                } else {
                    index += 1
                }
            }
            guard let close else { continue }
            // Either the colon is inside ("**X:**") or right after the closing delimiter ("**X**:").
            let colonInside = text[close - 1] == UInt8(ascii: ":")
            let colonAfter = close + width < line.upperBound && text[close + width] == UInt8(ascii: ":")
            guard colonInside || colonAfter else { continue }
            let candidate = text.string(innerStart..<close) + (colonAfter ? ":" : "")
            guard let label = grammar.label(atStartOf: Substring(candidate)),
                  label.length == candidate.utf8.count else { continue }
            rewriter.delete(start..<innerStart, reason: .markup)
            rewriter.delete(close..<close + width, reason: .markup)
        }
        return rewriter.finish()
    }
}
