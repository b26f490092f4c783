internal import CICU

/// The language of a text guessed from its script, for choosing segmentation rules: Cyrillic → ru (uk
/// when Ukrainian's own letters outnumber Russian's),
/// Greek → el, and so on; Latin-script text is English, French, German or Spanish by its most frequent
/// words (`LatinLanguageVote`). (`--lang` overrides it.)
public enum LanguageGuess {
    /// The default language of each script (ISO 15924 → ISO 639-1).
    public static let languageOfScript: [String: String] = [
        "Latn": "en", "Cyrl": "ru", "Grek": "el", "Arab": "ar", "Hebr": "he", "Hani": "zh", "Hira": "ja",
        "Kana": "ja", "Hang": "ko", "Armn": "hy", "Geor": "ka", "Thai": "th", "Deva": "hi",
    ]

    /// The language of `text[ranges]`: `guess(of:in:sampleBytes:)` without saying how sure it is.
    public static func language(of text: [UInt8], in ranges: [Range<Int>], sampleBytes: Int = 4096) -> String {
        guess(of: text, in: ranges, sampleBytes: sampleBytes).language
    }

    /// A guessed language, and how it was found.
    public struct Guess: Sendable, Equatable {
        public var language: String
        /// False for a text without letters, for a Latin-script text with too few words to tell ("Merci.",
        /// "Thank you."; its language is then "en") and for a Cyrillic one without a letter of Ukrainian's
        /// or Russian's own ("ru"): a caller that knows the text's neighbours may know better.
        public var decided: Bool
        /// Whether the text is in Latin script.
        public var isLatin: Bool
        /// Whether the text is in Cyrillic script: one without a letter that tells Ukrainian from Russian
        /// ("Дякую.", "Спасибо.") is undecided, "ru" until its neighbours say otherwise.
        public var isCyrillic: Bool = false
    }

    /// The language of the script most letters in the sample are written in; for Latin script, the
    /// language its first words vote for (`LatinLanguageVote`).
    /// - Complexity: O(sampleBytes); Latin and Cyrillic letters are counted without calling ICU.
    public static func guess(of text: [UInt8], in ranges: [Range<Int>], sampleBytes: Int = 4096) -> Guess {
        var cyrillicLetters = CyrillicLetters()
        let script = self.script(of: text, in: ranges, sampleBytes: sampleBytes, cyrillic: &cyrillicLetters)
        guard let script else { return Guess(language: "en", decided: false, isLatin: false) }
        if script == "Cyrl" {
            if cyrillicLetters.isUkrainian { return Guess(language: "uk", decided: true, isLatin: false, isCyrillic: true) }
            return Guess(language: "ru", decided: cyrillicLetters.russian > 0 || cyrillicLetters.ukrainian > 0,
                         isLatin: false, isCyrillic: true)
        }
        guard script == "Latn" else { return Guess(language: languageOfScript[script] ?? "en", decided: true, isLatin: false) }
        let voted = LatinLanguageVote.bundled.language(of: text, in: ranges)
        return Guess(language: voted ?? "en", decided: voted != nil, isLatin: true)
    }

    /// The letters that tell Ukrainian from Russian: і ї є ґ, which Russian lacks, and ы э ъ ё, which
    /// Ukrainian lacks (either case).
    struct CyrillicLetters {
        var ukrainian = 0, russian = 0
        /// Many Ukrainian words hold one of its own letters; a Russian text has next to none of them (a
        /// Ukrainian name in its own spelling, at most): three, or one in a text with no letter of Russian's.
        static let minimumUkrainian = 3
        var isUkrainian: Bool { ukrainian > 2 * russian && (ukrainian >= Self.minimumUkrainian || russian == 0 && ukrainian > 0) }

        /// Counts the two-byte letter `lead`, `trail` (lead D0–D3).
        mutating func count(_ lead: UInt8, _ trail: UInt8) {
            switch (lead, trail) {
            case (0xD0, 0x84), (0xD0, 0x86), (0xD0, 0x87), (0xD1, 0x94), (0xD1, 0x96), (0xD1, 0x97), (0xD2, 0x90), (0xD2, 0x91):
                ukrainian += 1
            case (0xD0, 0xAB), (0xD0, 0xAA), (0xD0, 0xAD), (0xD0, 0x81), (0xD1, 0x8B), (0xD1, 0x8A), (0xD1, 0x8D), (0xD1, 0x91):
                russian += 1
            default:
                break
            }
        }
    }

    /// The ISO 15924 code of the script most letters in the sample are written in, of those
    /// `languageOfScript` knows; nil for a text without letters. Cyrillic letters that tell Ukrainian from
    /// Russian are counted into `cyrillic`.
    private static func script(of text: [UInt8], in ranges: [Range<Int>], sampleBytes: Int, cyrillic letters: inout CyrillicLetters) -> String? {
        var latin = 0, cyrillic = 0
        var others: [String: Int] = [:]
        var budget = sampleBytes
        for range in ranges where budget > 0 {
            var index = range.lowerBound
            let end = min(range.upperBound, index + budget)
            budget -= end - index
            while index < end {
                let lead = text[index]
                if lead < 0x80 {
                    // A run of ASCII, read without the per-character decoding below.
                    latin += text.withUnsafeBufferPointer { buffer in
                        var letters = 0
                        while index + 8 <= end {
                            let word = ByteScan.word(buffer, at: index)
                            guard ByteScan.isASCII(word) else { break }
                            letters += ByteScan.asciiLetterCount(word)
                            index += 8
                        }
                        while index < end, buffer[index] < 0x80 {
                            if (buffer[index] | 0x20) &- 0x61 < 26 { letters += 1 }
                            index += 1
                        }
                        return letters
                    }
                    continue
                }
                // U+0400–U+04FF, two bytes from D0–D3: Cyrillic, without decoding (Russian text is made of them).
                if lead & 0xFC == 0xD0, index + 2 <= text.count {
                    cyrillic += 1
                    if lead != 0xD3 { letters.count(lead, text[index + 1]) }
                    index += 2
                    continue
                }
                let length = UnicodeFormPass.scalarLength(lead)
                if index + length <= text.count {
                    let scalar = UnicodeFormPass.scalar(in: text, at: index, length: length)
                    switch scalar {
                    case 0x0400...0x052F: cyrillic += 1
                    case 0x00C0...0x024F: latin += 1
                    case 0x2000...0x206F, 0x00A0...0x00BF: break  // punctuation and symbols
                    default:
                        let script = String(cString: cicu_script_code(Int32(bitPattern: scalar)))
                        if languageOfScript[script] != nil { others[script, default: 0] += 1 }
                    }
                }
                index += length
            }
        }
        // Latin and Cyrillic alone (nearly always): no dictionary to fill and search. Cyrillic wins a tie,
        // as in the search below ("Cyrl" sorts first).
        if others.isEmpty {
            if latin == 0 && cyrillic == 0 { return nil }
            return cyrillic >= latin ? "Cyrl" : "Latn"
        }
        // Japanese writes Han characters among kana: with kana at a tenth of the two or more, the text is
        // Japanese, and its Han characters count for it.
        let kana = (others["Hira"] ?? 0) + (others["Kana"] ?? 0), han = others["Hani"] ?? 0
        if kana > 0, kana * 10 >= kana + han {
            others["Hira"] = kana + han
            others["Kana"] = nil
            others["Hani"] = nil
        }
        others["Latn", default: 0] += latin
        others["Cyrl", default: 0] += cyrillic
        guard let top = others.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              top.value > 0 else { return nil }
        return top.key
    }
}
