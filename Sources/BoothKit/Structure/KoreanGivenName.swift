/// Whether words read as a Korean given name written after the surname, as English writes Korean names:
/// two syllables joined by a hyphen ("Tae-yul", "Jae-in", "Ki-moon") or standing as two words ("Suk Yeol",
/// "Jong Un"). Each syllable is an initial, a vowel and a final of the romanizations in use (the Revised
/// Romanization, McCune–Reischauer without its marks, and the spellings names keep: "Moon", "Soo",
/// "Hee", "Duck"). A Korean-American name in Western order, "Sung Kim", has a one-word given name with
/// no hyphen, so it is not read surname first (its surname is KIM).
enum KoreanGivenName {
    private static let initials = ["kk", "tt", "pp", "ss", "jj", "ch", "wh", "sh", "k", "g", "n", "d", "t", "r", "l",
                                   "m", "b", "p", "s", "j", "h", ""]
    private static let vowels = ["yae", "yeo", "wae", "you", "eui", "woo", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo",
                                 "we", "wi", "yu", "eu", "ui", "oo", "ee", "ou", "a", "e", "o", "u", "i"]
    private static let finals = ["ng", "ck", "k", "n", "t", "l", "m", "p", "r", ""]

    /// Whether one word is a given name of two syllables joined by a hyphen ("TAE-YUL").
    static func readsHyphenated(_ word: String) -> Bool {
        let parts = word.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy(isSyllable)
    }

    /// Whether a word is one syllable ("SUK", "YEOL").
    static func isSyllable<S: StringProtocol>(_ word: S) -> Bool {
        let letters = word.lowercased()
        guard (1...7).contains(letters.utf8.count), letters.utf8.allSatisfy({ $0 &- 0x61 < 26 }) else { return false }
        for initial in initials where letters.hasPrefix(initial) {
            let rest = letters.dropFirst(initial.count)
            for vowel in vowels where rest.hasPrefix(vowel) {
                if finals.contains(String(rest.dropFirst(vowel.count))) { return true }
            }
        }
        return false
    }
}
