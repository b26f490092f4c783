/// ICU's word boundaries (UAX #29 as ICU's root rules have them) for text made of ASCII and the
/// Cyrillic letters U+0400–U+045F, found without ICU: most English and Russian text, at a fraction of
/// the cost. The rules that matter there: letters and digits join (WB5, WB8–WB10); a letter, then "."
/// or "'", then a letter joins (WB6–7: "U.S", "don't"); a digit, then "," ";" "." or "'", then a digit
/// joins (WB11–12: "1,000.5"); ":" does not join (ICU takes it out of MidLetter); "@" is a letter (ICU
/// puts it in ALetter). A test checks this against ICU on random text and on the corpora, for every
/// language Booth ships abbreviations for.
enum PlainWords {
    private enum Kind: UInt8 { case other, letter, digit }

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
        /// The kind and length in bytes of the character at `index`, or nil for one this does not handle.
        @inline(__always) func character(_ index: Int) -> (kind: Kind, length: Int)? {
            let byte = text[index]
            let kind = classes[Int(byte)]
            if kind < 3 { return (Kind(rawValue: kind)!, 1) }
            guard kind == 3, index + 1 < end else { return nil }
            let trail = text[index + 1]
            guard trail & 0xC0 == 0x80, byte == 0xD0 || trail <= 0x9F else { return nil }
            return (.letter, 2)
        }
        var index = range.lowerBound
        while index < end {
            guard let first = character(index) else { return false }
            guard first.kind != .other else { index += first.length; continue }
            let start = index
            var previous = first.kind
            index += first.length
            while index < end {
                // Letters and digits eight at a time while eight bytes remain: one branch per run
                // instead of one per byte (a word's end is a branch the processor cannot predict).
                if index + 8 <= end {
                    let run = ByteScan.leadingWordCharacters(ByteScan.word(text, at: index))
                    if run > 0 {
                        index += run
                        previous = classes[Int(text[index - 1])] == 2 ? .digit : .letter
                        if run == 8 { continue }
                    }
                }
                // Cyrillic letters (U+0400–U+045F: D0 80–BF, D1 80–9F) a pair of bytes at a time: a
                // Russian word is a run of them.
                if text[index] & 0xFE == 0xD0 {
                    var run = index
                    while run + 1 < end {
                        let lead = text[run], trail = text[run + 1]
                        guard (lead == 0xD0 && trail & 0xC0 == 0x80) || (lead == 0xD1 && trail &- 0x80 < 0x20) else { break }
                        run += 2
                    }
                    if run > index {
                        index = run
                        previous = .letter
                        continue
                    }
                }
                guard let next = character(index) else { return false }
                if next.kind != .other { previous = next.kind; index += next.length; continue }
                // A middle character joins only between two letters or two digits.
                let middle = text[index]
                guard index + 1 < end, let after = character(index + 1) else {
                    if index + 1 < end, character(index + 1) == nil { return false }
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
        return true
    }
}
