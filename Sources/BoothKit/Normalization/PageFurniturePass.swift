#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the running heads and feet that text taken from a PDF repeats on every page ("S/PV.9000",
/// "Security Council", "23-05284 3/12"). `pdftotext` ends each page with a form feed (U+000C); a line
/// next to a page break (up to `linesPerSide` non-blank lines either side) that recurs, digits aside,
/// next to at least two page breaks is the page's, not the speech's. With fewer than two page breaks
/// nothing tells a running head from speech, and nothing is removed. Page numbers alone on a line are
/// removed anywhere by the boilerplate patterns; the paragraph repair then joins the speech a page break
/// cut.
///
/// This pass runs first, on the text as read: the clean-up pass after it turns the form feeds into line
/// breaks. Removals are `boilerplate` edits, so the structure layer lists them as chrome.
struct PageFurniturePass: NormalizationPass {
    /// Tells a speaker label, which a page may start with more than once ("QUESTION:"), from a running head.
    let grammar: SpeakerLabelGrammar
    static let linesPerSide = 2
    /// Running heads are short; a longer line is speech, whatever repeats it.
    static let maximumLineBytes = 120
    private static let formFeed: UInt8 = 0x0C

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        let breaks = Self.pageBreaks(in: text)
        guard breaks.count >= 2 else { return rewriter.finish() }
        // The lines around each break, and at how many breaks each line's key is seen.
        var candidates: [(line: Range<Int>, key: [UInt8])] = []
        var breaksSeen: [[UInt8]: Set<Int>] = [:]
        for (number, position) in breaks.enumerated() {
            for line in Self.lines(around: position, in: text) {
                guard let key = Self.key(of: line, in: text), !isSpeech(line, in: text) else { continue }
                candidates.append((line, key))
                breaksSeen[key, default: []].insert(number)
            }
        }
        // A line can be after one break and before the next (a page of one line): removed once.
        let furniture = Set(candidates.filter { breaksSeen[$0.key]!.count >= 2 }.map(\.line))
        for line in furniture.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            // The line with its line break ("\n" or "\r\n") when it has one; a form feed stays.
            var end = line.upperBound
            if end < text.count, text[end] == 0x0D { end += 1 }
            if end < text.count, text[end] == 0x0A { end += 1 }
            rewriter.delete(line.lowerBound..<end, reason: .boilerplate)
        }
        return rewriter.finish()
    }

    /// A speaker label or a bracketed marker alone on its line ("QUESTION:", "(Laughter.)"): speech, however
    /// often a page starts with it.
    private func isSpeech(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        text[line.lowerBound] == UInt8(ascii: "(") || text[line.lowerBound] == UInt8(ascii: "[")
            || ProseShape.label(at: line, in: text, grammar: grammar) != nil
    }

    /// The offsets of the form feeds: most texts have none, found by `memchr`.
    static func pageBreaks(in text: [UInt8]) -> [Int] {
        text.withUnsafeBufferPointer { buffer -> [Int] in
            guard let base = buffer.baseAddress else { return [] }
            var breaks: [Int] = []
            var index = 0
            while index < buffer.count, let found = memchr(base + index, Int32(formFeed), buffer.count - index) {
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                breaks.append(position)
                index = position + 1
            }
            return breaks
        }
    }

    /// Up to `linesPerSide` non-blank lines before the break at `position` and after it, each without its
    /// line break and its spaces, and never past another form feed.
    static func lines(around position: Int, in text: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // Before: lines ending at the break or at a line break before it.
        var end = position, taken = 0
        while end > 0, taken < linesPerSide {
            var start = end
            while start > 0, text[start - 1] != 0x0A, text[start - 1] != formFeed { start -= 1 }
            let line = trimmed(start..<end, in: text)
            if !line.isEmpty { found.append(line); taken += 1 }
            guard start > 0, text[start - 1] == 0x0A else { break }
            end = start - 1
        }
        // After: lines starting after the break.
        var start = position + 1
        taken = 0
        while start < text.count, taken < linesPerSide {
            var end = start
            while end < text.count, text[end] != 0x0A, text[end] != formFeed { end += 1 }
            let line = trimmed(start..<end, in: text)
            if !line.isEmpty { found.append(line); taken += 1 }
            guard end < text.count, text[end] == 0x0A else { break }
            start = end + 1
        }
        return found
    }

    /// The range without spaces, tabs and carriage returns at either end.
    private static func trimmed(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = range.lowerBound, end = range.upperBound
        while start < end, isBlank(text[start]) { start += 1 }
        while end > start, isBlank(text[end - 1]) { end -= 1 }
        return start..<end
    }

    /// A line's text with its digits as "#" ("23-05284 3/12" and "23-05284 4/12" are one running foot),
    /// or nil for a line too long to be one.
    private static func key(of line: Range<Int>, in text: [UInt8]) -> [UInt8]? {
        guard line.count <= maximumLineBytes else { return nil }
        return text[line].map { $0 &- 0x30 < 10 ? UInt8(ascii: "#") : $0 }
    }
}
