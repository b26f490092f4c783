/// ICU's word boundaries (UAX #29 as ICU's root rules have them) for text made of ASCII and the
/// Cyrillic letters U+0400–U+045F, found without ICU: most English and Russian text, at a fraction of
/// the cost. The rules that matter there: letters and digits join (WB5, WB8–WB10); a letter, then "."
/// or "'", then a letter joins (WB6–7: "U.S", "don't"); a digit, then "," ";" "." or "'", then a digit
/// joins (WB11–12: "1,000.5"); ":" does not join (ICU takes it out of MidLetter); "@" is a letter (ICU
/// puts it in ALetter). A test checks this against ICU on random text and on the corpora, for every
/// language Booth ships abbreviations for.
enum PlainWords {
    private enum Kind: Equatable { case letter, digit, other }

    /// The kind and length in bytes of the character at `index`, or nil for one this does not handle:
    /// "_" (which ICU joins to words in ways not worth repeating here) and anything beyond ASCII and
    /// U+0400–U+045F.
    private static func character(_ text: [UInt8], _ index: Int, _ end: Int) -> (kind: Kind, length: Int)? {
        let byte = text[index]
        if byte < 0x80 {
            if byte == 0x5F { return nil }
            return (isLetter(byte) ? .letter : isDigit(byte) ? .digit : .other, 1)
        }
        guard byte == 0xD0 || byte == 0xD1, index + 1 < end else { return nil }
        let trail = text[index + 1]
        guard trail & 0xC0 == 0x80, byte == 0xD0 || trail <= 0x9F else { return nil }
        return (.letter, 2)
    }

    /// The words of `text[range]` (runs that ICU's word break gives a word status: letters or digits),
    /// or nil when the range holds a character this does not handle, so the caller asks ICU.
    static func words(in text: [UInt8], _ range: Range<Int>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            guard let first = character(text, index, end) else { return nil }
            guard first.kind != .other else { index += first.length; continue }
            let start = index
            var previous = first.kind
            index += first.length
            while index < end {
                guard let next = character(text, index, end) else { return nil }
                if next.kind != .other { previous = next.kind; index += next.length; continue }
                // A middle character joins only between two letters or two digits.
                let middle = text[index]
                guard index + 1 < end, let after = character(text, index + 1, end) else {
                    if index + 1 < end, character(text, index + 1, end) == nil { return nil }
                    break
                }
                let letters = previous == .letter && after.kind == .letter && (middle == 0x2E || middle == 0x27)
                let digits = previous == .digit && after.kind == .digit
                    && (middle == 0x2E || middle == 0x27 || middle == 0x2C || middle == 0x3B)
                guard letters || digits else { break }
                previous = after.kind
                index += 1 + after.length
            }
            words.append(start..<index)
        }
        return words
    }

    /// ICU counts "@" as a letter (its rules add it to ALetter, for e-mail addresses).
    private static func isLetter(_ byte: UInt8) -> Bool { ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x40 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
