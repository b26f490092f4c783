/// ICU's word boundaries (UAX #29 as ICU's root rules have them) for text that is plain ASCII, found
/// without ICU: a tenth of the work for the common case of English text. The rules that matter for
/// ASCII: letters and digits join (WB5, WB8–WB10); a letter, then "." or "'", then a letter joins (WB6–7:
/// "U.S", "don't"); a digit, then "," ";" "." or "'", then a digit joins (WB11–12: "1,000.5"); ":" does
/// not join (ICU takes it out of MidLetter); "@" is a letter (ICU puts it in ALetter). A test checks this against ICU on random ASCII text and on
/// the corpora, for every language Booth ships abbreviations for.
enum ASCIIWords {
    /// The words of `text[range]` (runs that ICU's word break gives a word status: letters or digits),
    /// or nil when the range holds a byte this does not handle — anything not ASCII, or "_", which
    /// ICU joins to words in ways not worth repeating here — so the caller asks ICU.
    static func words(in text: [UInt8], _ range: Range<Int>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = text[index]
            guard byte < 0x80, byte != 0x5F else { return nil }
            guard isAlphanumeric(byte) else { index += 1; continue }
            let start = index
            index += 1
            while index < end {
                let next = text[index]
                if next >= 0x80 || next == 0x5F { return nil }
                if isAlphanumeric(next) { index += 1; continue }
                // A middle character joins only between two letters or two digits.
                guard index + 1 < end else { break }
                let previous = text[index - 1], after = text[index + 1]
                let letters = isLetter(previous) && isLetter(after) && (next == 0x2E || next == 0x27)
                let digits = isDigit(previous) && isDigit(after) && (next == 0x2E || next == 0x27 || next == 0x2C || next == 0x3B)
                guard letters || digits else { break }
                index += 2
            }
            words.append(start..<index)
        }
        return words
    }

    /// ICU counts "@" as a letter (its rules add it to ALetter, for e-mail addresses).
    private static func isLetter(_ byte: UInt8) -> Bool { ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x40 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}
