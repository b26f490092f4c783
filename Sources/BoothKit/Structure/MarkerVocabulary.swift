/// The phrases that make a bracketed group a marker (see `Lexicons/markers.txt`), and the reading of
/// one group's text.
public struct MarkerVocabulary: Sendable {
    private struct Phrase: Sendable {
        let text: String
        let kind: MarkerKind
        let language: String?
        /// A language's name alone ("russian" of "in russian"): also the first word of names that are no
        /// marker — "(Russian Federation)", "(Czech Republic)", "(Persian Gulf)", "(Turkish Stream)".
        var isBareLanguageName = false
    }

    /// Phrases (folded: lower case, ’ as ') by their first word, longest first so the most specific wins.
    private let phrasesByFirstWord: [String: [Phrase]]

    /// Reads a marker list: sections named after `MarkerKind` raw values, plus `[languages]` whose
    /// entries are `phrase = code` (an English "in <language>" read without its "in" too).
    public init(listText: String) {
        var phrases: [Phrase] = []
        let list = SectionedList(listText)
        for (name, entries) in list.sections {
            if name == "languages" {
                for entry in entries {
                    guard let pair = SectionedList.keyValue(entry.text) else { continue }
                    let phrase = Self.fold(pair.key)
                    phrases.append(Phrase(text: phrase, kind: .language, language: pair.value))
                    // "(Russian)" as well as "(In Russian)", and "(translated from Russian)", "(speaks Russian)".
                    if phrase.hasPrefix("in ") {
                        let language = phrase.dropFirst(3)
                        phrases += ["", "translated from ", "translation from ", "interpreted from ", "speaks ", "speaking ", "spoke "].map {
                            Phrase(text: $0 + language, kind: .language, language: pair.value, isBareLanguageName: $0.isEmpty)
                        }
                    }
                    // "(переводится с турецкого)", "(в переводе с английского языка)".
                    if phrase.hasPrefix(Self.russianTranslatedFrom) {
                        let language = phrase.dropFirst(Self.russianTranslatedFrom.count)
                        for start in Self.russianTranslatedFromForms {
                            for end in ["", " языка"] where start != Self.russianTranslatedFrom || !end.isEmpty {
                                phrases.append(Phrase(text: start + language + end, kind: .language, language: pair.value))
                            }
                        }
                    }
                    // Verbatim records say who spoke which language: "(spoke in Russian)", "(говорит по-английски)".
                    for (start, verbs, _) in Self.speakingVerbs where phrase.hasPrefix(start) {
                        phrases += verbs.map { Phrase(text: $0 + " " + phrase, kind: .language, language: pair.value) }
                    }
                }
            } else if let kind = MarkerKind(rawValue: name) {
                phrases += entries.map { Phrase(text: Self.fold($0.text), kind: kind, language: nil) }
            }
        }
        // Each phrase's length counted once, not in every comparison of the sort (this runs at every start).
        var index: [String: [(phrase: Phrase, length: Int)]] = [:]
        // (Length in bytes: a phrase sorts before every phrase it begins, in any script.)
        for phrase in phrases { index[Self.firstWord(phrase.text), default: []].append((phrase, phrase.text.utf8.count)) }
        phrasesByFirstWord = index.mapValues { $0.sorted { $0.length > $1.length }.map(\.phrase) }
    }

    /// "Translated from" in Russian, as the list writes it, and the other ways transcripts say it.
    static let russianTranslatedFrom = "перевод с "
    static let russianTranslatedFromForms = [russianTranslatedFrom, "переводится с ", "в переводе с ", "переведено с ",
                                             "синхронный перевод с ", "последовательный перевод с "]

    /// Verbs of speaking put before a language phrase that starts so: "in Russian" → "spoke in Russian";
    /// and the language each verb is itself written in.
    static let speakingVerbs: [(start: String, verbs: [String], writtenIn: String)] = [
        ("in ", ["spoke", "speaks", "speaking"], "en"),
        ("по-", ["говорит", "говорил", "говорила"], "ru"),
        ("en ", ["parle"], "fr"),
        ("en ", ["habla"], "es"),
        ("auf ", ["spricht"], "de"),
    ]

    /// Whether a language marker says the words are an interpretation or a translation ("(English
    /// interpretation)", "(interpreted from Russian)"), not only which language was spoken.
    public static func saysInterpreted(_ marker: Substring) -> Bool {
        let folded = marker.lowercased()
        return interpretationStems.contains { folded.contains($0) }
    }

    /// The stems of "interpretation" and "translation" in the languages markers are listed in ("translat"
    /// holds "retranslated").
    private static let interpretationStems = ["interpret", "translat", "перевод", "traduc", "übersetz", "dolmetsch"]

    /// The language a verbatim record writes a language aside in, from its verb of speaking: "(parle en
    /// russe)" → "fr", "(habla en inglés)" → "es", "(spoke in Russian)" → "en" — the record's own language,
    /// whatever the speaker spoke. `aside` is the marker's text, brackets and all.
    public static func languageWritten(inAside aside: Substring) -> String? {
        let words = aside.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
        return speakingVerbs.first { $0.verbs.contains(words) }?.writtenIn
    }

    /// The codes of the European Union's official languages, as the Parliament's verbatim reports put
    /// them before a speech: "Manfred Weber, on behalf of the PPE Group. – (DE) Madam President…".
    static let officialLanguageCodes: Set<String> = ["BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR",
                                                     "GA", "HR", "HU", "IT", "LT", "LV", "MT", "NL", "PL", "PT",
                                                     "RO", "SK", "SL", "SV"]

    /// The bundled vocabulary.
    public static let bundled = MarkerVocabulary(listText: BundledLexicons.text(named: "markers.txt") ?? "")

    /// Lower case, typographic apostrophe as ASCII, no surrounding spaces or final periods.
    private static func fold(_ text: some StringProtocol) -> String {
        // As bytes: "’" is E2 80 99; spaces and periods are bytes of their own. (A Character map cost a
        // third of the vocabulary's reading, which every run does at start.)
        let lowered = Array(text.lowercased().utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lowered.count)
        var index = 0
        while index < lowered.count {
            if lowered[index] == 0xE2, index + 2 < lowered.count, lowered[index + 1] == 0x80, lowered[index + 2] == 0x99 {
                bytes.append(UInt8(ascii: "'"))
                index += 3
            } else {
                bytes.append(lowered[index])
                index += 1
            }
        }
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text up to the first space, colon, comma, semicolon or ASCII digit (read as UTF-8: every one
    /// of them is a byte of its own).
    private static func firstWord(_ text: String) -> String {
        String(decoding: text.utf8.prefix { !(Self.wordEnds.contains($0) || $0 &- 0x30 < 10) }, as: UTF8.self)
    }

    private static let wordEnds: Set<UInt8> = Set(" :,;".utf8)

    /// Reads the text inside a bracket pair: its kind, a timestamp and a language code when it is a
    /// marker, nil when it is ordinary bracketed text ("(Smith 55)").
    public func classify(_ inner: Substring) -> (kind: MarkerKind, timestamp: String?, language: String?)? {
        guard !inner.isEmpty, inner.utf8.count <= 400 else { return nil }
        // Markers repeat ("(inaudible)", "(Laughter.)"): each distinct text is read once a run.
        return readings.value(for: String(inner)) { reading(Substring($0)) }
    }

    private let readings = BoundedMemo<(kind: MarkerKind, timestamp: String?, language: String?)?>()

    private func reading(_ inner: Substring) -> (kind: MarkerKind, timestamp: String?, language: String?)? {
        // The European Parliament's "(DE)": the language spoken, as an official language's code in capitals.
        if inner.utf8.count == 2, Self.officialLanguageCodes.contains(String(inner)) {
            return (.language, nil, inner.lowercased())
        }
        let text = Self.fold(inner)
        // A time alone: "(00:45)", "[1:02:03]".
        if let first = text.first, first.isASCII, first.isNumber, let time = Self.timestamp(in: Substring(text)), time == text {
            return (.time, time, nil)
        }
        guard let candidates = phrasesByFirstWord[Self.firstWord(text)] else { return nil }
        for phrase in candidates where text.hasPrefix(phrase.text) {
            let rest = text.dropFirst(phrase.text.count)
            if let next = rest.first, next.isLetter { continue }  // "inaudibleness" is no marker
            // A language's name alone is a marker when nothing but punctuation, a time or a word about the
            // language follows: "(Russian)", "(Russian, as interpreted)", "(Russian interpretation)" — not
            // a delegation, a region or a pipeline named after the language, "(Russian Federation)".
            if phrase.isBareLanguageName, let word = Self.firstWord(of: rest), !Self.wordsAboutALanguage.contains(word) { continue }
            // The transcriber's "[ph]", "(sp?)" or "[?]" stands alone (a time aside): "(PH Senate)", "(SP
            // Group)" are names.
            if phrase.kind == .uncertain || !phrase.text.contains(where: \.isLetter), rest.contains(where: \.isLetter) { continue }
            // Notes carry free text; other markers may only add a time or a short qualifier — but for a
            // language after a semicolon, as verbatim records add "(spoke in Arabic; English text provided
            // by the delegation)".
            if phrase.kind != .interpreterNote, rest.count > 40, !(phrase.kind == .language && rest.first == ";") { continue }
            return (phrase.kind, Self.timestamp(in: rest), phrase.language)
        }
        return nil
    }

    /// Words that may follow a language's name alone in a marker: "(Russian interpretation)".
    static let wordsAboutALanguage: Set<Substring> = ["interpretation", "interpreted", "translation", "translated",
                                                      "original", "spoken", "language", "only", "and"]

    /// The text's first word, when one comes before any punctuation or digit: " federation" →
    /// "federation", ", as interpreted" → nil.
    private static func firstWord(of text: Substring) -> Substring? {
        text.prefix { $0.isLetter || $0 == " " || $0 == "'" }.split(separator: " ", maxSplits: 1).first
    }

    /// The first h:mm, mm:ss or hh:mm:ss time in the text.
    static func timestamp(in text: Substring) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            var groups = 0
            var digits = 0
            while end < characters.count {
                let character = characters[end]
                if character.isASCII && character.isNumber { digits += 1 }
                else if character == ":" && digits > 0 && digits <= 2 { groups += 1; digits = 0 }
                else { break }
                end += 1
            }
            if groups >= 1 && digits == 2 { return String(characters[index..<end]) }
            index = end + 1
        }
        return nil
    }
}

