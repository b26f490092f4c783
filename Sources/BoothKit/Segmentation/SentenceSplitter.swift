/// Splits paragraphs into sentences: ICU's sentence break iterator proposes boundaries, and Booth's
/// rules — general, with their data in `Lexicons/abbreviations-<lang>.txt` — keep, drop, move or add:
///
/// 1. Markers never end a sentence: they are masked (replaced by capital letters of the same length)
///    before ICU sees the text, so "(Inaudible.)" holds no period and "(inaudible) this" no break.
///    The mask is a capitalized word ("Xxxxxxxxxxx"): ICU takes an all-capitals word before a period
///    for an abbreviation, and a lower-case one would read as a sentence continuing.
///    Editorial omission marks, "[...]", "[…]", "(...)", are masked the same way.
/// 2. No break inside a bracket or quotation pair (`BracketPairs`).
/// 3. Enumerated list items start sentences; no break right after an item's marker (`ListItems`).
/// 4. No break before a lower-case letter.
/// 5. After an abbreviation: never after a title ("Mr.", "г."); not after a number abbreviation before
///    a digit ("p. 55"); after an ending abbreviation ("U.S.", "Co."), an initial ("E.", "Л.Н.") or any
///    dotted letters ("a.m."), only before a sentence starter ("U.S. How", but "U.S. Government").
/// 6. Ellipses: three spaced dots after a space continue the sentence ("is . . . I didn't"); a word's
///    period followed by a spaced ellipsis ends the sentence at the period, and the ellipsis opens the
///    next ("compounds. . . . The").
/// 7. A piece holding no letter or digit ("." after "?»") joins the sentence before it.
final class SentenceSplitter {
    let language: String
    let rules: SegmentationRules
    private let breaker: ICUSentenceBreaker

    init(language: String, rules: SegmentationRules? = nil) throws(SegmentationError) {
        self.language = language
        self.rules = rules ?? .bundled(language: language)
        breaker = try ICUSentenceBreaker(locale: ICUSentenceBreaker.locale(for: language))
    }

    /// The sentences of `text[range]` (one paragraph), trimmed of spaces, as ranges of `text`.
    /// `masks` are marker ranges that must not end a sentence.
    func sentences(in text: [UInt8], _ range: Range<Int>, masks: [Range<Int>] = []) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var masked = Array(text[range])
        for mask in masks {
            let lower = max(mask.lowerBound, range.lowerBound) - range.lowerBound
            let upper = min(mask.upperBound, range.upperBound) - range.lowerBound
            if lower < upper { Self.mask(&masked, lower..<upper) }
        }
        Self.maskOmissionMarks(&masked)
        let cuts = boundaries(in: masked)
        var pieces: [Range<Int>] = []
        var start = 0
        for cut in cuts + [masked.count] where cut > start {
            let piece = masked.trimmingSpaces(start..<cut)
            start = cut
            guard !piece.isEmpty else { continue }
            if let last = pieces.last, !Self.hasLetterOrDigit(masked, piece) {
                pieces[pieces.count - 1] = last.lowerBound..<piece.upperBound
            } else {
                pieces.append(piece)
            }
        }
        return pieces.map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }
    }

    /// Replaces a range by a capitalized word of the same length in bytes.
    static func mask(_ text: inout [UInt8], _ range: Range<Int>) {
        for index in range { text[index] = index == range.lowerBound ? UInt8(ascii: "X") : UInt8(ascii: "x") }
    }

    /// Masks "[...]", "[…]", "(...)" and "(…)": an ellipsis in brackets marks words left out.
    static func maskOmissionMarks(_ text: inout [UInt8]) {
        let marks = ["[...]", "[…]", "(...)", "(…)", "[. . .]"].map { Array($0.utf8) }
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") {
                for mark in marks where index + mark.count <= text.count && text[index..<(index + mark.count)].elementsEqual(mark) {
                    mask(&text, index..<(index + mark.count))
                    index += mark.count - 1
                    break
                }
            }
            index += 1
        }
    }

    /// Where sentences start, after the rules.
    private func boundaries(in text: [UInt8]) -> [Int] {
        let proposed = breaker.boundaries(in: text, 0..<text.count)
        let lists = ListItems(text)
        let pairs = BracketPairs(text)
        var cuts: [Int] = []
        for candidate in Set(proposed).union(lists.itemStarts).sorted() where candidate > 0 && candidate < text.count {
            if lists.itemStarts.contains(candidate) { cuts.append(candidate); continue }
            if lists.markerEnds.contains(candidate) || pairs.encloses(candidate) { continue }
            if let cut = decide(candidate, in: text) { cuts.append(cut) }
        }
        return cuts.sorted()
    }

    /// Keeps, drops (nil) or moves one proposed boundary.
    private func decide(_ boundary: Int, in text: [UInt8]) -> Int? {
        var end = boundary
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }

        if let ellipsis = Self.spacedEllipsis(endingAt: end, in: text) {
            if !ellipsis.attached && ellipsis.dots == 3 { return nil }
            if ellipsis.attached && ellipsis.dots >= 4 {
                var cut = ellipsis.firstDot + 1
                while cut < text.count, text[cut] == 0x20 { cut += 1 }
                return cut
            }
        }

        let next = Self.firstWordScalar(after: boundary, in: text)
        if let next, ProseShape.isLowercase(next) { return nil }

        let token = Self.token(endingAt: end, in: text)
        guard token.hasSuffix(".") else { return boundary }
        let lower = token.lowercased()
        if rules.titles.contains(lower) { return nil }
        if let next, next.properties.numericType != nil, rules.numbers.contains(lower) { return nil }
        if rules.endings.contains(lower) || rules.numbers.contains(lower) || Self.isDottedLetters(token) {
            return rules.starters.contains(Self.token(startingAt: boundary, in: text)) ? boundary : nil
        }
        return boundary
    }

    /// The space-delimited token ending at `end`, without leading brackets and quotes.
    static func token(endingAt end: Int, in text: [UInt8]) -> String {
        var start = end
        while start > 0, text[start - 1] != 0x20 { start -= 1 }
        return text.string(start..<end).trimmingLeading(openers)
    }

    /// The space-delimited token starting at `start`, as written.
    static func token(startingAt start: Int, in text: [UInt8]) -> String {
        var end = start
        while end < text.count, text[end] != 0x20 { end += 1 }
        return text.string(start..<end)
    }

    static let openers: Set<Character> = ["(", "[", "\"", "'", "«", "“", "‘", "„", "—", "–", "-"]

    /// The first letter or digit at or after `offset`, past spaces, dashes and opening marks.
    static func firstWordScalar(after offset: Int, in text: [UInt8]) -> Unicode.Scalar? {
        var index = offset
        while index < text.count {
            guard let scalar = ProseShape.firstScalar(index..<text.count, in: text) else { return nil }
            if ProseShape.isLetterOrDigit(scalar) { return scalar }
            if scalar != " " && !openers.contains(Character(scalar)) { return nil }
            index += UnicodeFormPass.scalarLength(text[index])
        }
        return nil
    }

    /// Letters each followed by a period: "E.", "U.S.", "Л.Н.", "a.m.", "т.е.".
    static func isDottedLetters(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.last == "" else { return false }
        return parts.dropLast().allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// A run of periods separated by single spaces ending at `end` (". . ." or "word. . . ."):
    /// how many dots, where the first is, and whether it is attached to the word before it.
    static func spacedEllipsis(endingAt end: Int, in text: [UInt8]) -> (dots: Int, firstDot: Int, attached: Bool)? {
        var index = end - 1
        var dots = 0
        var firstDot = end
        while index >= 0, text[index] == UInt8(ascii: ".") {
            dots += 1
            firstDot = index
            guard index >= 2, text[index - 1] == 0x20, text[index - 2] == UInt8(ascii: ".") else { break }
            index -= 2
        }
        guard dots >= 3 else { return nil }
        let attached = firstDot > 0 && text[firstDot - 1] != 0x20
        return (dots, firstDot, attached)
    }

    static func hasLetterOrDigit(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let scalar = ProseShape.firstScalar(index..<range.upperBound, in: text), ProseShape.isLetterOrDigit(scalar) {
                return true
            }
            index += UnicodeFormPass.scalarLength(text[index])
        }
        return false
    }
}

private extension String {
    func trimmingLeading(_ characters: Set<Character>) -> String {
        String(drop { characters.contains($0) })
    }
}
