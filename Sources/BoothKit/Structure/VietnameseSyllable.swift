/// Whether a word reads as one syllable of Vietnamese, as given names are written after the surname
/// ("Pham Minh Chinh", "Bùi Thanh Sơn"): an initial consonant or cluster (ngh, ng, nh, ch, tr, th, ph, kh,
/// gh, gi, qu, đ and single letters), a run of up to three vowels, and a final (ng, nh, ch, c, m, n, p, t).
/// Letters with Vietnamese diacritics count as vowels, đ as d. Most Western given names do not read so
/// ("John", "Anna", "Smith"); short ones do ("Tom", "Ben"), which is why a Vietnamese name is read surname
/// first only when its first word is a Vietnamese surname and two or three such syllables follow.
enum VietnameseSyllable {
    private static let initials = ["ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu", "b", "c", "d",
                                   "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    private static let finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""]

    static func reads(_ word: String) -> Bool {
        // Lower-case ASCII, "d" for đ, and "a" for any other letter with a diacritic (all vowels).
        var letters = ""
        for scalar in word.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: letters.unicodeScalars.append(scalar)
            case 0x111: letters += "d"
            case 0xC0...0x24F, 0x1EA0...0x1EF9: letters += "a"
            default: return false
            }
        }
        guard (1...7).contains(letters.utf8.count) else { return false }
        for initial in initials where letters.hasPrefix(initial) {
            let rest = letters.dropFirst(initial.count)
            let vowelCount = rest.prefix(while: { "aeiouy".contains($0) }).count
            guard (1...3).contains(vowelCount) else { continue }
            if finals.contains(String(rest.dropFirst(vowelCount))) { return true }
        }
        return false
    }
}
