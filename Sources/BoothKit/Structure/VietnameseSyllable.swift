/// Whether a word reads as one syllable of Vietnamese, as given names are written after the surname
/// ("Pham Minh Chinh", "Bùi Thanh Sơn", in Russian "Фам Минь Тинь"): an initial consonant or cluster (ngh,
/// ng, nh, ch, tr, th, ph, kh, gh, gi, qu, đ and single letters; in Russian нг, нь, тх, кх and single
/// letters), a run of up to three vowels, and a final (ng, nh, ch, c, m, n, p, t; нг, нь, н, м, к, т, п, й).
/// Letters with Vietnamese diacritics count as vowels, đ as d. Most Western and Russian given names do not
/// read so ("John", "Anna", "Smith", "Сергей", "Иван"); short ones do ("Tom", "Ben", "Ян"), which is why a
/// Vietnamese name is read surname first only when its first word is a Vietnamese surname and two or three
/// such syllables follow.
enum VietnameseSyllable {
    private struct Spelling {
        let initials: [String], vowels: Set<Character>, finals: Set<String>
    }

    private static let latin = Spelling(
        initials: ["ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu", "b", "c", "d", "g", "h", "k", "l",
                   "m", "n", "p", "r", "s", "t", "v", "x", ""],
        vowels: ["a", "e", "i", "o", "u", "y"],
        finals: ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""])

    private static let cyrillic = Spelling(
        initials: ["нг", "нь", "тх", "кх", "б", "в", "д", "ж", "з", "к", "л", "м", "н", "п", "с", "т", "ф", "х", "ч", "ш", ""],
        vowels: ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"],
        finals: ["нг", "нь", "н", "м", "к", "т", "п", "й", ""])

    static func reads(_ word: String) -> Bool {
        // Lower-case letters, "d" for đ, and "a" for any other Latin letter with a diacritic (all vowels).
        var letters = ""
        var isCyrillic = false
        for scalar in word.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: letters.unicodeScalars.append(scalar)
            case 0x111: letters += "d"
            case 0xC0...0x24F, 0x1EA0...0x1EF9: letters += "a"
            case 0x430...0x44F, 0x451: letters.unicodeScalars.append(scalar); isCyrillic = true
            default: return false
            }
        }
        guard (1...7).contains(letters.count) else { return false }
        let spelling = isCyrillic ? cyrillic : latin
        for initial in spelling.initials where letters.hasPrefix(initial) {
            let rest = letters.dropFirst(initial.count)
            let vowelCount = rest.prefix(while: { spelling.vowels.contains($0) }).count
            guard (1...3).contains(vowelCount) else { continue }
            if spelling.finals.contains(String(rest.dropFirst(vowelCount))) { return true }
        }
        return false
    }
}
