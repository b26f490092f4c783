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
///    a digit ("p. 55"); after a unit after a number, before a capital ("в 15 час. Обсудили"); after an
///    ending abbreviation ("U.S.", "Co."), an initial ("E.", "Л.Н.") or any dotted letters ("a.m."),
///    only before a sentence starter ("U.S. How", but "U.S. Government").
/// 6. Ellipses: three spaced dots after a space continue the sentence ("is . . . I didn't"); a word's
///    period followed by a spaced ellipsis ends the sentence at the period, and the ellipsis opens the
///    next ("compounds. . . . The").
/// 7. A piece holding no letter or digit ("." after "?»") joins the sentence before it.
/// 8. An opening bracket or quotation mark right after a sentence's end opens the next sentence
///    ("。（通訳）", "。「"), which Unicode's rules would leave at the end of the one before.
final class SentenceSplitter {
    let language: String
    let rules: SegmentationRules
    private let breaker: ICUSentenceBreaker

    init(language: String, rules: SegmentationRules? = nil) throws(SegmentationError) {
        self.language = language
        self.rules = rules ?? .bundled(language: language)
        breaker = try ICUSentenceBreaker(locale: ICUSentenceBreaker.locale(for: language))
    }

    /// The sentences of one paragraph, `text[range]`, trimmed of spaces, as ranges of `text`.
    /// `masks` are marker ranges that must not end a sentence.
    func sentences(in text: [UInt8], _ range: Range<Int>, masks: [Range<Int>] = []) -> [Range<Int>] {
        sentences(in: text, paragraphs: [range], masks: masks).first ?? []
    }

    /// The sentences of each paragraph (ranges of `text`, in order, separated by line breaks), with one
    /// pass of ICU over them all.
    func sentences(in text: [UInt8], paragraphs: [Range<Int>], masks: [Range<Int>] = []) -> [[Range<Int>]] {
        guard let first = paragraphs.first, let last = paragraphs.last else { return [] }
        let span = first.lowerBound..<last.upperBound
        var masked = Array(text[span])
        for mask in masks {
            let lower = max(mask.lowerBound, span.lowerBound) - span.lowerBound
            let upper = min(mask.upperBound, span.upperBound) - span.lowerBound
            if lower < upper { Self.mask(&masked, lower..<upper) }
        }
        Self.maskOmissionMarks(&masked)
        let proposed = breaker.boundaries(in: masked, 0..<masked.count)
        var next = 0
        return paragraphs.map { paragraph in
            let local = (paragraph.lowerBound - span.lowerBound)..<(paragraph.upperBound - span.lowerBound)
            while next < proposed.count, proposed[next] <= local.lowerBound { next += 1 }
            let first = next
            while next < proposed.count, proposed[next] < local.upperBound { next += 1 }
            return pieces(of: masked, local, proposed: proposed[first..<next], shiftedBy: span.lowerBound)
        }
    }

    /// One paragraph's sentences from ICU's proposals and the rules, as ranges of `masked` moved on by
    /// `shift` (to the text it was copied from).
    private func pieces(of masked: [UInt8], _ paragraph: Range<Int>, proposed: ArraySlice<Int>, shiftedBy shift: Int) -> [Range<Int>] {
        let cuts = boundaries(in: masked, paragraph, proposed: proposed)
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(cuts.count + 1)
        var start = paragraph.lowerBound
        for index in 0...cuts.count {
            let cut = index < cuts.count ? cuts[index] : paragraph.upperBound
            guard cut > start else { continue }
            let piece = masked.trimmingSpaces(start..<cut)
            start = cut
            guard !piece.isEmpty else { continue }
            if let last = pieces.last, !Self.hasLetterOrDigit(masked, piece) {
                pieces[pieces.count - 1] = last.lowerBound..<(piece.upperBound + shift)
            } else {
                pieces.append((piece.lowerBound + shift)..<(piece.upperBound + shift))
            }
        }
        return pieces
    }

    /// Replaces a range by a capitalized word of the same length in bytes.
    static func mask(_ text: inout [UInt8], _ range: Range<Int>) {
        for index in range { text[index] = index == range.lowerBound ? UInt8(ascii: "X") : UInt8(ascii: "x") }
    }

    /// Editorial marks of words left out, as UTF-8.
    private static let omissionMarks = ["[...]", "[…]", "(...)", "(…)", "[. . .]"].map { Array($0.utf8) }

    /// Masks "[...]", "[…]", "(...)" and "(…)": an ellipsis in brackets marks words left out.
    static func maskOmissionMarks(_ text: inout [UInt8]) {
        let marks = omissionMarks
        var index = 0
        while index < text.count {
            if index + 8 <= text.count, !text.withUnsafeBufferPointer({ ByteScan.hasBracket(ByteScan.word($0, at: index)) }) {
                index += 8
                continue
            }
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

    /// Where sentences start in one paragraph, after the rules.
    private func boundaries(in text: [UInt8], _ paragraph: Range<Int>, proposed: ArraySlice<Int>) -> [Int] {
        let lists = ListItems.mayHold(text, paragraph) ? ListItems(text, paragraph) : ListItems.none
        let pairs = BracketPairs(text, paragraph)
        var cuts: [Int] = []
        cuts.reserveCapacity(proposed.count + lists.itemStarts.count)
        let candidates = lists.itemStarts.isEmpty ? proposed : ArraySlice(Set(proposed).union(lists.itemStarts).sorted())
        for proposal in candidates where proposal > paragraph.lowerBound && proposal < paragraph.upperBound {
            if lists.itemStarts.contains(proposal) { cuts.append(proposal); continue }
            let candidate = Self.beforeOpeningMarks(proposal, in: text, from: paragraph.lowerBound)
            guard candidate > paragraph.lowerBound else { continue }
            if lists.markerEnds.contains(candidate) || pairs.encloses(candidate) { continue }
            if let cut = decide(candidate, in: text, paragraph) { cuts.append(cut) }
        }
        cuts.sort()  // a moved boundary can come before the one kept ahead of it
        return cuts
    }

    /// The opening brackets and quotation marks that may end a sentence in ICU's reading but open the next:
    /// full-width and CJK brackets, curly quotes, guillemets (UTF-8).
    static let openingMarks: [[UInt8]] = ["（", "［", "｛", "【", "「", "『", "《", "〈", "〔", "“", "‘", "«"].map { Array($0.utf8) }

    /// A boundary moved back before the opening marks it follows: Unicode's sentence rules take an opening
    /// bracket right after a sentence's end for a closing one ("ありがとうございます。（通訳）…" would end
    /// with "（"); with a space between, as Latin script writes them, ICU breaks before it already.
    static func beforeOpeningMarks(_ boundary: Int, in text: [UInt8], from lowest: Int) -> Int {
        var cut = boundary
        while cut > lowest, text[cut - 1] >= 0x80, let mark = openingMarks.first(where: { mark in
            cut - mark.count >= lowest && text[(cut - mark.count)..<cut].elementsEqual(mark) }) {
            cut -= mark.count
        }
        return cut
    }

    /// Keeps, drops (nil) or moves one proposed boundary.
    private func decide(_ boundary: Int, in text: [UInt8], _ paragraph: Range<Int>) -> Int? {
        var end = boundary
        while end > paragraph.lowerBound, text[end - 1] == 0x20 { end -= 1 }
        guard end > paragraph.lowerBound else { return nil }

        if let ellipsis = Self.spacedEllipsis(endingAt: end, in: text, from: paragraph.lowerBound) {
            if !ellipsis.attached && ellipsis.dots == 3 { return nil }
            if ellipsis.attached && ellipsis.dots >= 4 {
                var cut = ellipsis.firstDot + 1
                while cut < paragraph.upperBound, text[cut] == 0x20 { cut += 1 }
                return cut
            }
        }

        let next = Self.firstWordScalar(after: boundary, in: text, before: paragraph.upperBound)
        if let next, ProseShape.isLowercase(next) { return nil }

        // Abbreviations are short: a longer final word is an ordinary one.
        guard text[end - 1] == UInt8(ascii: "."), end - paragraph.lowerBound >= 1 else { return boundary }
        let token = Self.token(endingAt: end, in: text, from: max(paragraph.lowerBound, end - Self.longestAbbreviationBytes - 1))
        guard token.utf8.count <= Self.longestAbbreviationBytes, token.hasSuffix(".") else { return boundary }
        let kinds = rules.kinds(of: token)
        if kinds.contains(.title) { return nil }
        if kinds.contains(.number), let next, next.properties.numericType != nil { return nil }
        // A unit after a number, then a capital: "в 15 час. Обсудили" ends there.
        if kinds.contains(.unit), let next, ProseShape.isUppercase(next) {
            var before = end - token.utf8.count
            while before > paragraph.lowerBound, text[before - 1] == 0x20 { before -= 1 }
            if before > paragraph.lowerBound, text[before - 1] &- 0x30 < 10 { return boundary }
        }
        if !kinds.isDisjoint(with: [.ending, .number]) || Self.isDottedLetters(token)
            || rules.ordinalNumbers && Self.isOrdinal(token) || rules.icuExceptions.contains(token) {
            let nextToken = Self.token(startingAt: boundary, in: text, before: paragraph.upperBound)
            return rules.starters.contains(nextToken) ? boundary : nil
        }
        return boundary
    }

    /// One to three digits and a period: "3.", "20.", as German writes ordinals.
    static func isOrdinal(_ token: String) -> Bool {
        let digits = token.utf8.dropLast()
        return (1...3).contains(digits.count) && digits.allSatisfy { $0 &- 0x30 < 10 }
    }

    /// Tokens longer than this are not looked up as abbreviations (nor taken for initials).
    static let longestAbbreviationBytes = 24

    /// The space-delimited token ending at `end`, without leading brackets and quotes.
    static func token(endingAt end: Int, in text: [UInt8], from lowest: Int) -> String {
        var start = end
        while start > lowest, text[start - 1] != 0x20 { start -= 1 }
        // Every opener starts with one of these bytes ( [ " ' - and the lead bytes of « “ ‘ „ — –); a token
        // starting otherwise keeps its first character.
        switch start < end ? text[start] : 0 {
        case 0x28, 0x5B, 0x22, 0x27, 0x2D, 0xC2, 0xE2: return text.string(start..<end).trimmingLeading(openers)
        default: return text.string(start..<end)
        }
    }

    /// The space-delimited token starting at `start`, as written.
    static func token(startingAt start: Int, in text: [UInt8], before limit: Int) -> String {
        var end = start
        while end < limit, text[end] != 0x20 { end += 1 }
        return text.string(start..<end)
    }

    static let openers: Set<Character> = ["(", "[", "\"", "'", "«", "“", "‘", "„", "—", "–", "-"]

    /// The first letter or digit at or after `offset`, past spaces, dashes and opening marks.
    static func firstWordScalar(after offset: Int, in text: [UInt8], before limit: Int) -> Unicode.Scalar? {
        var index = offset
        while index < limit {
            guard let scalar = ProseShape.firstScalar(index..<limit, in: text) else { return nil }
            if ProseShape.isLetterOrDigit(scalar) { return scalar }
            if scalar != " " && !openers.contains(Character(scalar)) { return nil }
            index += UnicodeFormPass.scalarLength(text[index])
        }
        return nil
    }

    /// Letters each followed by a period: "E.", "U.S.", "Л.Н.", "a.m.", "т.е.".
    static func isDottedLetters(_ token: String) -> Bool {
        // An ordinary word ending a sentence is not, without walking its characters: with a single
        // period, letters and periods alternate only if one character precedes it, and two ASCII
        // letters, or two basic Cyrillic ones (U+0400–U+047F), are two characters.
        var utf8 = token
        let ordinary = utf8.withUTF8 { tail -> Bool in
            guard tail.count(where: { $0 == UInt8(ascii: ".") }) == 1 else { return false }
            func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
            let n = tail.count
            if n >= 3, tail[n - 1] == UInt8(ascii: "."), isASCIILetter(tail[n - 2]), isASCIILetter(tail[n - 3]) { return true }
            if n >= 5, tail[n - 1] == UInt8(ascii: "."), tail[n - 5] == 0xD0 || tail[n - 5] == 0xD1,
               tail[n - 3] == 0xD0 || tail[n - 3] == 0xD1, tail[n - 4] & 0xC0 == 0x80, tail[n - 2] & 0xC0 == 0x80 { return true }
            return false
        }
        if ordinary { return false }
        var expectLetter = true
        var letters = 0
        for character in token {
            if expectLetter {
                guard character.isLetter else { return false }
                letters += 1
            } else if character != "." {
                return false
            }
            expectLetter.toggle()
        }
        return letters > 0 && expectLetter
    }

    /// A run of periods separated by single spaces ending at `end` (". . ." or "word. . . ."):
    /// how many dots, where the first is, and whether it is attached to the word before it.
    static func spacedEllipsis(endingAt end: Int, in text: [UInt8], from lowest: Int) -> (dots: Int, firstDot: Int, attached: Bool)? {
        var index = end - 1
        var dots = 0
        var firstDot = end
        while index >= lowest, text[index] == UInt8(ascii: ".") {
            dots += 1
            firstDot = index
            guard index >= lowest + 2, text[index - 1] == 0x20, text[index - 2] == UInt8(ascii: ".") else { break }
            index -= 2
        }
        guard dots >= 3 else { return nil }
        let attached = firstDot > lowest && text[firstDot - 1] != 0x20
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
