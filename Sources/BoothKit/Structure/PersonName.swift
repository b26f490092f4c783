/// Where the surname is in the words of a person's name, as a speaker label writes it
/// (`Lexicons/person-names.txt`): the last word ("Sergey LAVROV"), the particles before it with it
/// ("Ursula VON DER LEYEN", "M. LE DRIAN"), or the first of a Chinese name written surname first
/// ("WANG Wenbin", "Spokesperson MAO Ning").
struct PersonName {
    /// Particles, upper-cased.
    let particles: Set<String>
    /// Surnames written first, upper-cased.
    let surnamesFirst: Set<String>

    init(listText: String) {
        let list = SectionedList(listText)
        particles = Set(list.entries(in: "particles").map { $0.text.uppercased() })
        surnamesFirst = Set(list.entries(in: "surname-first").map { $0.text.uppercased() })
    }

    static let bundled = PersonName(listText: BundledLexicons.text(named: "person-names.txt") ?? "")

    /// The range of `words` (upper-cased, honorifics and titles included) that is the surname; the words
    /// before it are the title and given names, and those after it (a Chinese given name) are given names.
    /// A label that ends with a title word (`isTitle`) names no person — "LE PRÉSIDENT :" — and its last
    /// word stands alone, so that a French article is not taken for a particle.
    func surname(in words: [String], isTitle: (String) -> Bool) -> Range<Int> {
        guard let last = words.indices.last else { return 0..<0 }
        if words.count >= 2, surnamesFirst.contains(words[last - 1]), Pinyin.isGivenName(words[last]) {
            return (last - 1)..<last
        }
        if isTitle(words[last]) { return last..<(last + 1) }
        var start = last
        while start > 0, particles.contains(words[start - 1]) { start -= 1 }
        return start..<(last + 1)
    }
}

/// Whether a word reads as a Chinese given name in Hanyu Pinyin without tone marks: one to three
/// syllables, each an optional initial and a final ("Wenbin" = wen·bin, "Chunying" = chun·ying), an
/// apostrophe or hyphen allowed between them. The syllable grammar is the table's shape, not its list
/// (it admits a few syllables Mandarin lacks, such as "bong"), with the spelling rules for syllables
/// without an initial (written with y or w: "yan", not "ian" or "yen"), which is enough to tell a pinyin
/// name from a Western one ("John", "Smith", "Blinken", "Leyen" do not split into such syllables).
enum Pinyin {
    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                           "r", "z", "c", "s"]
    static let finals: Set<String> = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
                                      "ong", "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua",
                                      "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "ü", "üe"]
    /// The finals written after no initial, after y, and after w.
    static let finalsAlone: Set<String> = ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"]
    static let finalsAfterY: Set<String> = ["a", "ao", "an", "ang", "e", "i", "in", "ing", "o", "ong", "ou", "u",
                                            "uan", "ue", "un"]
    static let finalsAfterW: Set<String> = ["a", "ai", "an", "ang", "ei", "en", "eng", "o", "u"]
    private static let spellings: [(initial: String, finals: Set<String>)] =
        initials.map { ($0, finals) } + [("y", finalsAfterY), ("w", finalsAfterW), ("", finalsAlone)]

    static func isGivenName(_ word: String) -> Bool {
        let letters = Array(word.lowercased().unicodeScalars.filter { $0 != "'" && $0 != "’" && $0 != "-" }.map(Character.init))
        guard (1...18).contains(letters.count) else { return false }
        return syllableCount(Substring(String(letters)), limit: 3) != nil
    }

    /// The fewest syllables `text` splits into, when it splits into at most `limit`.
    private static func syllableCount(_ text: Substring, limit: Int) -> Int? {
        if text.isEmpty { return 0 }
        guard limit > 0 else { return nil }
        for (initial, finals) in spellings where text.hasPrefix(initial) {
            let rest = text.dropFirst(initial.count)
            // Longest finals first: "wang" is w·ang, not w·an + g….
            for length in stride(from: min(4, rest.count), through: 1, by: -1) {
                guard finals.contains(String(rest.prefix(length))) else { continue }
                if let count = syllableCount(rest.dropFirst(length), limit: limit - 1) { return count + 1 }
            }
        }
        return nil
    }
}
