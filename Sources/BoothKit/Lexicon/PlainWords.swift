/// ICU's word boundaries (UAX #29 as ICU's root rules have them) for text made of ASCII and the
/// Cyrillic letters U+0400–U+045F, found without ICU: most English and Russian text, at a fraction of
/// the cost. The rules that matter there: letters and digits join (WB5, WB8–WB10); a letter, then "."
/// or "'", then a letter joins (WB6–7: "U.S", "don't"); a digit, then "," ";" "." or "'", then a digit
/// joins (WB11–12: "1,000.5"); ":" does not join (ICU takes it out of MidLetter); "@" is a letter (ICU
/// puts it in ALetter). A test checks this against ICU on random text and on the corpora, for every
/// language Booth ships abbreviations for.
enum PlainWords {
    /// Each byte's class: 0 other, 1 letter, 2 digit (an ASCII character of that kind); 3 a lead byte of
    /// U+0400–U+047F ("Ѐ"–"ѿ", checked further); 4 a byte this does not handle: "_" (which ICU joins to
    /// words in ways not worth repeating here) and every other non-ASCII byte. (Of D0 and D1, only
    /// U+0400–U+045F are taken: the trail byte decides.)
    private static let classes: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0x5F: return 4
        case 0x40, 0x41...0x5A, 0x61...0x7A: return 1  // ICU counts "@" as a letter (ALetter, for e-mail addresses).
        case 0x30...0x39: return 2
        case 0xD0, 0xD1: return 3
        case 0x80...: return 4
        default: return 0
        }
    }

    /// The words of `text[range]` (runs that ICU's word break gives a word status: letters or digits),
    /// or nil when the range holds a character this does not handle, so the caller asks ICU.
    static func words(in text: [UInt8], _ range: Range<Int>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        words.reserveCapacity(range.count / 6 + 1)
        return self.words(in: text, range, into: &words) ? words : nil
    }

    /// The same words appended to `words` (a buffer the caller reuses); false, with `words` in an
    /// unspecified state, where the range holds a character this does not handle.
    static func words(in text: [UInt8], _ range: Range<Int>, into words: inout [Range<Int>]) -> Bool {
        classes.withUnsafeBufferPointer { classes in
            text.withUnsafeBufferPointer { text in self.words(in: text, range, classes: classes, into: &words) }
        }
    }

    private static func words(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                              classes: UnsafeBufferPointer<UInt8>, into words: inout [Range<Int>]) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count)
        let end = range.upperBound
        /// Whether `lead`, `trail` is a letter of U+0400–U+045F (D0 80–BF, D1 80–9F), given a lead of D0 or D1.
        @inline(__always) func isCyrillic(_ lead: UInt8, _ trail: UInt8) -> Bool {
            trail & 0xC0 == 0x80 && (lead == 0xD0 || trail <= 0x9F)
        }
        // One byte a step, through the class table: a word's end is a branch the processor cannot predict
        // whatever the step, and a step of one byte is a load, a look-up and a compare.
        var index = range.lowerBound
        while index < end {
            let kind = classes[Int(text[index])]
            if kind == 0 { index += 1; continue }
            let start = index
            // The kind of the word's last character: 1 a letter, 2 a digit.
            var previous = kind
            if kind &- 1 < 2 {
                index += 1
            } else if kind == 3, index + 1 < end, isCyrillic(text[index], text[index + 1]) {
                previous = 1
                index += 2
            } else {
                return false
            }
            while index < end {
                let byte = text[index]
                let kind = classes[Int(byte)]
                if kind &- 1 < 2 { previous = kind; index += 1; continue }
                if kind == 3 {
                    guard index + 1 < end, isCyrillic(byte, text[index + 1]) else { return false }
                    previous = 1
                    index += 2
                    continue
                }
                guard kind == 0 else { return false }
                // A middle character joins only between two letters or two digits.
                guard index + 1 < end else { break }
                var after = classes[Int(text[index + 1])], afterLength = 1
                if after == 3 {
                    guard index + 2 < end, isCyrillic(text[index + 1], text[index + 2]) else { return false }
                    after = 1
                    afterLength = 2
                } else if after == 4 {
                    return false
                }
                let letters = previous == 1 && after == 1 && (byte == 0x2E || byte == 0x27)
                let digits = previous == 2 && after == 2 && (byte == 0x2E || byte == 0x27 || byte == 0x2C || byte == 0x3B)
                guard letters || digits else { break }
                previous = after
                index += 1 + afterLength
            }
            words.append(start..<index)
        }
        return true
    }
}
