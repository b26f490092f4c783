/// Removes markdown emphasis around a speaker label at the start of a line:
/// `**FOREIGN MINISTER LAVROV:**` and `**FOREIGN MINISTER LAVROV**:` become `FOREIGN MINISTER LAVROV:`
/// (also with `__`). Emphasis anywhere else belongs to the text and stays.
struct LabelEmphasisPass: NormalizationPass {
    let grammar: SpeakerLabelGrammar

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        for line in Lines(bytes: text) {
            let start = text.trimmingSpaces(line).lowerBound
            guard line.upperBound - start >= 5 else { continue }
            let marker = text[start]
            guard (marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_")), text[start + 1] == marker else { continue }
            let innerStart = start + 2
            // The closing delimiter must come within a label's length.
            let searchEnd = min(line.upperBound - 1, innerStart + SpeakerLabelGrammar.maximumLabelScalars * 4)
            var close: Int?
            var index = innerStart
            while index < searchEnd {
                if text[index] == marker && text[index + 1] == marker { close = index; break }
                index += 1
            }
            guard let close, close > innerStart else { continue }
            // Either the colon is inside ("**X:**") or right after the closing delimiter ("**X**:").
            let colonInside = text[close - 1] == UInt8(ascii: ":")
            let colonAfter = close + 2 < line.upperBound && text[close + 2] == UInt8(ascii: ":")
            guard colonInside || colonAfter else { continue }
            let candidate = text.string(innerStart..<close) + (colonAfter ? ":" : "")
            guard let label = grammar.label(atStartOf: Substring(candidate)),
                  label.length == candidate.utf8.count else { continue }
            rewriter.delete(start..<innerStart, reason: .markup)
            rewriter.delete(close..<close + 2, reason: .markup)
        }
        return rewriter.finish()
    }
}
