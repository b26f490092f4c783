/// Whether words read as a Korean given name written after the surname: two syllables joined by a hyphen
/// ("Tae-yul", "Jae-in", "Ki-moon") or standing as two words ("Suk Yeol", "Jong Un"; in Russian "Сок Ёль",
/// "Чен Ын", "Сон Хи"). Each syllable is an initial, a vowel and a final of the romanizations in use (the
/// Revised Romanization, McCune–Reischauer without its marks, and the spellings names keep: "Moon", "Soo",
/// "Hee", "Duck") or of Russian's Kontsevich system. A Korean-American name in Western order, "Sung Kim",
/// has a one-word given name with no hyphen, so it is not read surname first (its surname is KIM).
enum KoreanGivenName {
    private struct Spelling {
        let initials: [String], vowels: [String], finals: Set<String>
    }

    private static let latin = Spelling(
        initials: ["kk", "tt", "pp", "ss", "jj", "ch", "wh", "sh", "k", "g", "n", "d", "t", "r", "l", "m", "b", "p",
                   "s", "j", "h", ""],
        vowels: ["yae", "yeo", "wae", "you", "eui", "woo", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi",
                 "yu", "eu", "ui", "oo", "ee", "ou", "a", "e", "o", "u", "i"],
        finals: ["ng", "ck", "k", "n", "t", "l", "m", "p", "r", ""])

    private static let cyrillic = Spelling(
        initials: ["кк", "тт", "пп", "сс", "чч", "чх", "чж", "тх", "кх", "пх", "дж", "к", "г", "н", "т", "д", "р", "л",
                   "м", "п", "б", "с", "ч", "ц", "х", "ж", ""],
        vowels: ["ый", "ве", "ви", "вэ", "ва", "во", "а", "я", "о", "ё", "у", "ю", "ы", "и", "э", "е"],
        finals: ["ль", "нъ", "нг", "к", "н", "т", "л", "м", "п", ""])

    /// Whether one word is a given name of two syllables joined by a hyphen ("TAE-YUL", "ЧЖЭ-ИН").
    static func readsHyphenated(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy(isSyllable)
    }

    /// Whether a word is one syllable ("SUK", "YEOL", "ЁЛЬ").
    static func isSyllable<S: StringProtocol>(_ word: S) -> Bool {
        let letters = word.lowercased()
        let scalars = letters.unicodeScalars
        guard let first = scalars.first, (1...7).contains(scalars.count) else { return false }
        let spelling: Spelling
        if first.value &- 0x61 < 26 {
            guard letters.utf8.allSatisfy({ $0 &- 0x61 < 26 }) else { return false }
            spelling = latin
        } else {
            guard scalars.allSatisfy({ (0x430...0x44F).contains($0.value) || $0 == "ё" }) else { return false }
            spelling = cyrillic
        }
        for initial in spelling.initials where letters.hasPrefix(initial) {
            let rest = letters.dropFirst(initial.count)
            for vowel in spelling.vowels where rest.hasPrefix(vowel) {
                if spelling.finals.contains(String(rest.dropFirst(vowel.count))) { return true }
            }
        }
        return false
    }
}
