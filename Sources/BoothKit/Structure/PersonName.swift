/// Where the surname is in the words of a person's name, as a speaker label writes it
/// (`Lexicons/person-names.txt`): the last word ("Sergey LAVROV"), the particles before it with it
/// ("Ursula VON DER LEYEN", "M. LE DRIAN"), or the first of a Chinese, Korean or Vietnamese name written
/// surname first ("WANG Wenbin", "Spokesperson MAO Ning", "ВАН И", "President YOON Suk Yeol", "Minister CHO
/// Tae-yul", "Prime Minister PHAM Minh Chinh").
struct PersonName {
    /// Particles, upper-cased.
    let particles: Set<String>
    /// Surnames written first, upper-cased: Chinese (`[surname-first]`), Korean, Vietnamese.
    let surnamesFirst: Set<String>
    let koreanSurnames: Set<String>
    let vietnameseSurnames: Set<String>
    /// Last words of news outlets' names, upper-cased.
    let outletWords: Set<String>
    /// Last words of an office's name, upper-cased.
    let postWords: Set<String>
    /// States and unions a title names (`[states]`), upper-cased, words joined by a space.
    let states: Set<String>
    /// The most words a state's name has.
    let longestState: Int
    /// The first words of the states' names: most words after a title are none.
    let stateFirstWords: Set<String>

    init(listText: String) {
        let list = SectionedList(listText)
        particles = Set(list.entries(in: "particles").map { $0.text.uppercased() })
        surnamesFirst = Set(list.entries(in: "surname-first").map { $0.text.uppercased() })
        koreanSurnames = Set(list.entries(in: "surname-first-korean").map { $0.text.uppercased() })
        vietnameseSurnames = Set(list.entries(in: "surname-first-vietnamese").map { $0.text.uppercased() })
        outletWords = Set(list.entries(in: "outlet-words").map { $0.text.uppercased() })
        postWords = Set(list.entries(in: "post-words").map { $0.text.uppercased() })
        states = Set(list.entries(in: "states").map { $0.text.uppercased() })
        longestState = states.map { name in name.utf8.count { $0 == 0x20 } + 1 }.max() ?? 0
        stateFirstWords = Set(states.map { name in String(name.utf8.prefix { $0 != 0x20 })! })
    }

    /// How many of `words` from `start` name a state of `[states]`, the longest that does ("UNITED
    /// STATES OF AMERICA" rather than "UNITED STATES"); 0 when none does.
    func stateLength(at start: Int, in words: [String]) -> Int {
        guard start < words.count, stateFirstWords.contains(words[start]) else { return 0 }
        for length in stride(from: min(longestState, words.count - start), through: 1, by: -1)
        where states.contains(words[start..<(start + length)].joined(separator: " ")) {
            return length
        }
        return 0
    }

    /// Whether the words (upper-cased) name a news outlet rather than a person: "GLOBAL TIMES", "CHINA DAILY".
    func isOutlet(_ words: [String]) -> Bool {
        words.count >= 2 && outletWords.contains(words[words.count - 1])
    }

    /// The words (upper-cased) that name an office rather than a person, without a leading article:
    /// "PRÉSIDENT DE LA RÉPUBLIQUE" of "LE PRÉSIDENT DE LA RÉPUBLIQUE", "PRESIDENT OF THE RUSSIAN
    /// FEDERATION" — a title word first, a word of `[post-words]` last; nil for a person's name.
    func office(in words: [String], isTitle: (String) -> Bool) -> ArraySlice<String>? {
        let start = words.count > 2 && Self.articles.contains(words[0]) ? 1 : 0
        guard words.count - start >= 2, isTitle(words[start]), let last = words.last, postWords.contains(last) else { return nil }
        // Titles up to the first "of", "de", "des"…: not "PRESIDENT PUTIN OF THE RUSSIAN FEDERATION".
        if let connector = words[start...].firstIndex(where: { Self.connectors.contains($0) || particles.contains($0) }),
           !words[start..<connector].allSatisfy(isTitle) {
            return nil
        }
        return words[start...]
    }

    /// Words that join a title to the office's name, beside the particles ("de", "des", "du"): "of", "for".
    private static let connectors: Set<String> = ["OF", "FOR", "ON", "THE"]

    /// Articles before a title: "LE PRÉSIDENT", "THE PRESIDENT".
    private static let articles: Set<String> = ["THE", "LE", "LA", "L’", "L'", "EL", "DER", "DIE"]

    static let bundled = PersonName(listText: BundledLexicons.text(named: "person-names.txt") ?? "")

    /// The range of `words` (upper-cased, honorifics and titles included) that is the surname; the words
    /// before it are the title and given names, and those after it (a Chinese given name) are given names.
    /// A label that ends with a title word (`isTitle`) names no person — "LE PRÉSIDENT :" — and its last
    /// word stands alone, so that a French article is not taken for a particle.
    func surname(in words: [String], isTitle: (String) -> Bool) -> Range<Int> {
        guard let last = words.indices.last else { return 0..<0 }
        if let first = surnameWrittenFirst(in: words) { return first..<(first + 1) }
        if isTitle(words[last]) { return last..<(last + 1) }
        var start = last
        while start > 0, particles.contains(words[start - 1]) { start -= 1 }
        return start..<(last + 1)
    }

    /// The surname of a mixed-case name that writes it in capitals before one given name, as Japan's and
    /// China's foreign ministries and French official texts do ("Foreign Minister KAMIKAWA Yoko", "Mr. WANG
    /// Yi", "LE DRIAN Jean-Yves"): the run of words in capitals before a last word in lower case with a
    /// capital, with only titles or honorifics (`isTitle`) before it. Nil for any other shape — a name in
    /// capitals at the end is the usual case, and an acronym before a name ("NATO Secretary General Jens
    /// Stoltenberg", "of the UK James Cleverly") is not followed by one given name alone after a title.
    func surnameInCapitals(in words: [Substring], isTitle: (String) -> Bool) -> Range<Int>? {
        guard words.count >= 2, let given = words.last, Self.isCapitalizedWord(given) else { return nil }
        let last = words.count - 1
        var start = last
        while start > 0, Self.isWordInCapitals(words[start - 1]) { start -= 1 }
        guard start < last, !isTitle(words[last].uppercased()),
              words[start..<last].allSatisfy({ !isTitle($0.uppercased()) }),
              words[..<start].allSatisfy({ isTitle($0.uppercased()) }) else { return nil }
        return start..<last
    }

    /// "KAMIKAWA", "LE", "O'NEILL": two or more letters, every one a capital.
    private static func isWordInCapitals(_ word: Substring) -> Bool {
        var letters = 0
        for character in word {
            if character.isLetter {
                guard character.isUppercase else { return false }
                letters += 1
            } else if !"-'’".contains(character) {
                return false
            }
        }
        return letters >= 2
    }

    /// "Yoko", "Jean-Yves": a capital, then letters with lower case among them.
    private static func isCapitalizedWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return word.contains(where: \.isLowercase) && word.allSatisfy { $0.isLetter || "-'’".contains($0) }
    }

    /// Where the surname is when the words end with a name written surname first: a Chinese surname and a
    /// pinyin or Palladius given name ("WANG WENBIN", "ВАН И"); a Korean surname and a given name of two
    /// syllables, hyphenated or as two words ("CHO TAE-YUL", "YOON SUK YEOL"); a Vietnamese surname and two
    /// or three syllables ("PHAM MINH CHINH", "NGUYỄN THỊ KIM NGÂN").
    private func surnameWrittenFirst(in words: [String]) -> Int? {
        let last = words.count - 1
        guard last >= 1 else { return nil }
        if surnamesFirst.contains(words[last - 1]), ChineseGivenName.reads(words[last]) { return last - 1 }
        if koreanSurnames.contains(words[last - 1]), KoreanGivenName.readsHyphenated(words[last]) { return last - 1 }
        if last >= 2, koreanSurnames.contains(words[last - 2]),
           KoreanGivenName.isSyllable(words[last - 1]), KoreanGivenName.isSyllable(words[last]) {
            return last - 2
        }
        for givenWords in 2...3 where last >= givenWords {
            if vietnameseSurnames.contains(words[last - givenWords]),
               words[(last - givenWords + 1)...].allSatisfy(VietnameseSyllable.reads) {
                return last - givenWords
            }
        }
        return nil
    }
}

/// Whether a word reads as a Chinese given name: one to three syllables of Mandarin as English writes
/// them (Hanyu Pinyin without tone marks: "Wenbin" = wen·bin, "Chunying" = chun·ying) or as Russian does
/// (the Palladius system: "Вэньбинь" = вэнь·бинь, "Цзиньпин" = цзинь·пин), an apostrophe or hyphen allowed
/// between them. Each syllable is an initial and a final of the system's table, or a final spelled alone
/// (pinyin writes those with y or w: "yan", never "ian" or "yen"). The grammar is the table's shape, not
/// its list — it admits a few syllables Mandarin lacks, such as "bong" — which is enough to tell a Chinese
/// given name from a Western one ("John", "Smith", "Blinken", "Leyen", "Лавров" do not split so).
enum ChineseGivenName {
    /// Initials (two-letter ones first) and the finals they take, then the finals spelled alone.
    private static let pinyin: [(initial: String, finals: Set<String>)] = {
        let finals: Set<String> = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
                                   "ong", "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua",
                                   "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "ü", "üe"]
        let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                        "r", "z", "c", "s"]
        return initials.map { ($0, finals) } + [
            ("y", ["a", "ao", "an", "ang", "e", "i", "in", "ing", "o", "ong", "ou", "u", "uan", "ue", "un"]),
            ("w", ["a", "ai", "an", "ang", "ei", "en", "eng", "o", "u"]),
            ("", ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"]),
        ]
    }()

    private static let palladius: [(initial: String, finals: Set<String>)] = {
        let finals: Set<String> = ["а", "о", "э", "е", "и", "ы", "у", "ю", "юй", "ай", "эй", "ао", "оу", "ань", "энь",
                                   "ан", "эн", "ун", "эр", "я", "яо", "янь", "инь", "ян", "ин", "юн", "уа", "уо",
                                   "уай", "уй", "уань", "унь", "уан", "юэ", "юань", "юнь"]
        let initials = ["цз", "чж", "б", "п", "м", "ф", "д", "т", "н", "л", "г", "к", "х", "ц", "с", "ч", "ш", "ж"]
        return initials.map { ($0, finals) } + [
            ("", ["а", "о", "э", "ай", "эй", "ао", "оу", "ань", "энь", "ан", "эн", "эр", "и", "я", "е", "яо", "ю",
                  "янь", "инь", "ян", "ин", "юн", "у", "ва", "во", "вай", "вэй", "вань", "вэнь", "ван", "вэн", "юй",
                  "юэ", "юань", "юнь"]),
        ]
    }()

    static func reads(_ word: String) -> Bool {
        let letters = String(word.lowercased().unicodeScalars.filter { $0 != "'" && $0 != "’" && $0 != "-" })
        guard let first = letters.unicodeScalars.first, (1...18).contains(letters.unicodeScalars.count) else { return false }
        let spellings = (0x400...0x4FF).contains(first.value) ? palladius : pinyin
        return syllableCount(Substring(letters), spellings: spellings, limit: 3) != nil
    }

    /// The syllables `text` splits into, when it splits into at most `limit`.
    private static func syllableCount(_ text: Substring, spellings: [(initial: String, finals: Set<String>)],
                                      limit: Int) -> Int? {
        if text.isEmpty { return 0 }
        guard limit > 0 else { return nil }
        for (initial, finals) in spellings where text.hasPrefix(initial) {
            let rest = text.dropFirst(initial.count)
            // Longest finals first: "wang" is w·ang, not w·an + g….
            for length in stride(from: min(4, rest.count), through: 1, by: -1) {
                guard finals.contains(String(rest.prefix(length))) else { continue }
                if let count = syllableCount(rest.dropFirst(length), spellings: spellings, limit: limit - 1) {
                    return count + 1
                }
            }
        }
        return nil
    }
}
