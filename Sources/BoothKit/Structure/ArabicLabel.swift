/// Speaker labels in Arabic script (`Lexicons/arabic-labels.txt`): "الرئيس (تكلم بالفرنسية):",
/// "السيد نيبينزيا (الاتحاد الروسي) (تكلم بالروسية):", "سؤال:". Arabic has no capitals, so the
/// capitalized-name rules of `SpeakerLabelGrammar` cannot tell a name from prose before a colon; an
/// honorific or a title first, a generic speaker, or an aside after the name does.
struct ArabicLabelWords: Sendable {
    /// Words before a name that are no part of it: "السيد" (Mr.), "السيدة" (Mrs.)…
    let honorifics: Set<Substring>
    /// Words that open a label naming an office: "الرئيس" (the President), "وزير" (minister)…
    let titles: Set<Substring>
    /// Verbs of saying: "قال" (said)…
    let speechVerbs: Set<Substring>
    /// Words without the article that continue a title: "باسم" (on behalf of), "وزارة" (ministry)…
    let titleContinuations: Set<Substring>

    /// The bundled words.
    static let bundled = ArabicLabelWords(listText: BundledLexicons.text(named: "arabic-labels.txt") ?? "")

    init(listText: String) {
        let list = SectionedList(listText)
        honorifics = Set(list.entries(in: "honorifics").map { Substring($0.text) })
        titles = Set(list.entries(in: "titles").map { Substring($0.text) })
        speechVerbs = Set(list.entries(in: "speech-verbs").map { Substring($0.text) })
        titleContinuations = Set(list.entries(in: "title-continuations").map { Substring($0.text) })
    }

    /// Most words of a label's name (without its asides).
    static let maximumWords = 6

    /// The words of a name, a hyphen between spaces joined to its neighbours: "توماس - غرينفيلد" is one
    /// name, "توماس-غرينفيلد".
    static func words(of name: Substring) -> [Substring] {
        var words: [Substring] = []
        var joinNext = false
        for word in name.split(separator: " ") {
            if word == "-" || word == "–" {
                joinNext = !words.isEmpty
                continue
            }
            if joinNext, let last = words.popLast() {
                words.append(Substring(last + "-" + word))
            } else {
                words.append(word)
            }
            joinNext = false
        }
        return words
    }

    /// Whether the words before a colon (`person`, without asides) are a label: Arabic letters only, up to
    /// six words, no verb of saying; and an honorific or a title first, a generic speaker, or `hasAside`.
    func isLabel(_ person: Substring, hasAside: Bool, genericSpeakers: Set<String>) -> Bool {
        let words = Self.words(of: person)
        guard (1...Self.maximumWords).contains(words.count),
              words.allSatisfy({ word in word.unicodeScalars.allSatisfy { SpeakerLabelGrammar.isArabic($0) || $0 == "-" } }),
              !words.contains(where: { speechVerbs.contains($0) }) else { return false }
        return hasAside || honorifics.contains(words[0]) || titles.contains(words[0]) || genericSpeakers.contains(String(person))
    }

    /// The speaker id and role of a label's name: the name after an honorific ("السيد تشانغ جون" → "تشانغ
    /// جون"); after a title, the name and the title ("وزير الخارجية سيرغي لافروف" → "سيرغي لافروف", role
    /// "وزير الخارجية"); else the whole label ("الرئيس", "وزير الخارجية"), its spaced hyphens closed up.
    func reading(of person: Substring) -> (speakerID: String, role: String?) {
        var words = Self.words(of: person)
        if words.count > 1, honorifics.contains(words[0]) { words.removeFirst() }
        if let split = titleEnd(in: words) {
            return (words[split...].joined(separator: " "), words[..<split].joined(separator: " "))
        }
        return (words.joined(separator: " "), nil)
    }

    /// Where the name starts after a title that opens a label: after the title word and the words that
    /// continue it — with the article ("الخارجية", foreign affairs) or of `[title-continuations]` ("باسم",
    /// on behalf of; "وزارة", ministry); nil when the label opens with no title or no name follows it.
    /// (Arabic has no capitals: the article tells the title's words from a transcribed name's, which is
    /// the ambiguity left: a name that opens with "ال" is read as the title's.)
    func titleEnd(in words: [Substring]) -> Int? {
        guard words.count >= 2, titles.contains(words[0]) else { return nil }
        var end = 1
        while end < words.count, words[end].hasPrefix("ال") || titleContinuations.contains(words[end]) { end += 1 }
        return end < words.count ? end : nil
    }
}

extension SpeakerLabelGrammar {
    /// Whether a scalar is an Arabic letter or mark (the Arabic blocks and presentation forms).
    static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x0600...0x06FF).contains(value) && value != 0x060C && value != 0x061B && value != 0x061F
            || (0x0750...0x077F).contains(value) || (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
    }

    /// A label in Arabic script at the start of `line`, before a colon, with up to two asides in
    /// parentheses ("السيد نيبينزيا (الاتحاد الروسي) (تكلم بالروسية):"): the name with its asides, and
    /// the length in bytes of the label with its colon.
    func arabicLabel(atStartOf line: Substring) -> (name: Substring, length: Int)? {
        guard let colon = Self.labelColon(in: line) else { return nil }
        var name = line[..<colon]
        while name.unicodeScalars.last == " " { name = Substring(name.unicodeScalars.dropLast()) }
        let bytes = Array(name.utf8)
        let personEnd = bytes.withUnsafeBufferPointer { Self.personEnd(in: $0) }
        let person = name[..<name.utf8.index(name.startIndex, offsetBy: personEnd)]
        guard ArabicLabelWords.bundled.isLabel(person, hasAside: personEnd < bytes.count, genericSpeakers: genericSpeakers) else { return nil }
        return (name, line.utf8.distance(from: line.startIndex, to: colon) + 1)
    }
}
