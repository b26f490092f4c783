/// A speaker label as written, and what it says: who speaks, in which role.
public struct SpeakerLabel: Sendable, Equatable {
    /// The label as it stands in the normalized text, without its colon: "FOREIGN MINISTER LAVROV",
    /// "Emmanuel Macron (retranslated)".
    public var name: String
    /// The same for every turn of one person in a file: the surname, upper-cased ("LAVROV", "VON DER LEYEN",
    /// "WANG" for "Wang Wenbin": `PersonName`), a news outlet's whole name ("GLOBAL TIMES"), or the
    /// generic speaker ("QUESTION" for both `QUESTION:` and `Q`, "ANSWER" for `A.` beside `Q.` and
    /// the French "R - " beside "Q - ").
    public var speakerID: String
    /// The title before the name, upper-cased ("FOREIGN MINISTER"), without honorifics: the words before
    /// the surname up to the last one that `Lexicons/speaker-roles.txt` lists, so that given names are
    /// not taken for a role ("Foreign Minister Sergey Lavrov" → "FOREIGN MINISTER", "Сергей Лавров" →
    /// nil); without a title there, the words after a comma, as the European Parliament's labels give
    /// it ("Manfred Weber, on behalf of the PPE Group" → "ON BEHALF OF THE PPE GROUP"); nil when there is
    /// none.
    public var role: String?
    /// Whether the role follows the name in the label ("Manfred Weber, on behalf of the PPE Group").
    public var roleFollowsName = false

    /// The speaker as a reader names them, role and id in the label's order: "FOREIGN MINISTER LAVROV",
    /// "WEBER, ON BEHALF OF THE PPE GROUP", "QUESTION"; in Chinese and Japanese with nothing between, as
    /// the label has it ("外交部发言人毛宁", "上川外務大臣"), and in Korean the title after the name with a
    /// space ("임수석 대변인").
    public var who: String {
        guard let role else { return speakerID }
        let unspaced = { (scalar: Unicode.Scalar?) in scalar.map { SpeakerLabelGrammar.isHan($0) || SpeakerLabelGrammar.isKana($0) } == true }
        if roleFollowsName {
            if unspaced(speakerID.unicodeScalars.last) && unspaced(role.unicodeScalars.first) { return speakerID + role }
            return speakerID + (speakerID.unicodeScalars.first.map(SpeakerLabelGrammar.isHangul) == true ? " " : ", ") + role
        }
        return role + (unspaced(role.unicodeScalars.last) && unspaced(speakerID.unicodeScalars.first) ? "" : " ") + speakerID
    }

    /// Articles that open an office's label, dropped from its id: "LA PORTE-PAROLE ADJOINTE", "EL MINISTRO".
    static let leadingArticles: Set<String> = ["LE", "LA", "EL", "DER", "DIE"]

    /// The generic speakers that a label of one letter names.
    static let letterSpeakers = ["Q": "QUESTION", "A": "ANSWER", "P": "QUESTION", "R": "ANSWER"]

    /// Honorifics dropped from the role.
    static let honorifics: Set<String> = ["MR", "MR.", "MRS", "MRS.", "MS", "MS.", "MISS", "DR", "DR.",
                                          "Г-Н", "Г-ЖА", "Г.", "M.", "MME", "MME.", "HERR", "FRAU", "SR.", "SRA.",
                                          "SHRI", "SMT.", "SMT", "H.E."]

    /// Upper-cased title words (`Lexicons/speaker-roles.txt`).
    static let roleWords = TitleWords(words: Set(BundledLexicons.entries(ofList: BundledLexicons.text(named: "speaker-roles.txt") ?? "")
        .map { $0.entry.uppercased() }))

    /// Reads a label name (each distinct name once a run: see `BoundedMemo`).
    init(name: Substring) {
        self = Self.known.value(for: String(name)) { SpeakerLabel(reading: $0) }
    }

    private static let known = BoundedMemo<SpeakerLabel>()

    /// The first of the label's asides whose last word is a title word, upper-cased, without its brackets:
    /// "NATO SPOKESPERSON" of "Oana Lungescu [NATO Spokesperson]", "CHAIR" of "Mr. Smith (Chair)"; not
    /// "(Russian Federation)" or "(retranslated)".
    private static func roleAside(_ asides: [Range<Int>], in name: [UInt8]) -> String? {
        // (A Chinese aside in full-width parentheses, "（俄罗斯联邦）", is a delegation or a language, no role.)
        for aside in asides where name[aside.lowerBound] != 0xEF {
            let text = String(decoding: name[(aside.lowerBound + 1)..<(aside.upperBound - 1)], as: UTF8.self)
            // ("(Via interpreter)" ends with a title word, and is a delivery marker.)
            guard let first = text.unicodeScalars.first, ProseShape.isUppercase(first),
                  let last = text.split(separator: " ").last, roleWords.contains(last.uppercased()),
                  MarkerVocabulary.bundled.classify(Substring(text)) == nil else { continue }
            return text.uppercased()
        }
        return nil
    }

    /// Whether an aside names a delegation, as verbatim records follow a delegate's name with it: in
    /// parentheses, capitalized, and no marker ("(Mexico)", "(Russian Federation)"; not "(Via interpreter)",
    /// "(In Russian)").
    private static func namesDelegation(_ aside: Range<Int>?, in name: [UInt8]) -> Bool {
        guard let aside, aside.count > 2, name[aside.lowerBound] == UInt8(ascii: "(") else { return false }
        let inner = String(decoding: name[(aside.lowerBound + 1)..<(aside.upperBound - 1)], as: UTF8.self)
        guard let first = inner.unicodeScalars.first, ProseShape.isUppercase(first) else { return false }
        return MarkerVocabulary.bundled.classify(Substring(inner)) == nil
    }

    private init(reading name: String) {
        self.name = name
        // Asides, "Emmanuel Macron (retranslated)", "Mr. Nebenzia (Russian Federation) (spoke in Russian)", say
        // how, for whom or in which language the speaker speaks, not who — or the role, when a title word
        // ends one: "Oana Lungescu [NATO Spokesperson]".
        let bytes = Array(name.utf8)
        let asides = SpeakerLabelGrammar.asides(in: bytes)  // what personEnd(in:) reads the name's end from
        let personEnd = asides.first.map { aside in bytes.withUnsafeBufferPointer { SpeakerLabelGrammar.nameEnd(before: aside, in: $0) } } ?? bytes.count
        var person = String(decoding: name.utf8.prefix(personEnd), as: UTF8.self)
        // The European Parliament's "Manfred Weber, on behalf of the PPE Group" and "Shri Vikram Misri, Foreign
        // Secretary": the role after a comma; "Official Spokesperson, Shri Randhir Jaiswal": before it.
        var roleAfterName = Self.roleAside(asides, in: bytes)
        var roleBeforeName: String?
        if let comma = person.firstIndex(of: ",") {
            let before = person[..<comma], after = person[person.index(after: comma)...].trimming([" "])
            if SpeakerLabelGrammar.isTitlePhrase(before) {
                roleBeforeName = before.uppercased()
                person = after
            } else {
                roleAfterName = after.uppercased()
                person = String(before)
            }
        }
        // Arabic: the name after an honorific or a title, else the label ("السيد نيبينزيا" → "نيبينزيا",
        // "وزير الخارجية سيرغي لافروف" → "سيرغي لافروف", "الرئيس").
        if let first = person.unicodeScalars.first, SpeakerLabelGrammar.isArabic(first) {
            (speakerID, role) = ArabicLabelWords.bundled.reading(of: Substring(person))
            return
        }
        let words = person.split(separator: " ")
        let tokens = words.map { $0.uppercased() }
        // "Q", "A" and the interviews' "R" (réponse, respuesta) and "P" (pregunta): see `InterviewLetterLabel`.
        if tokens.count == 1, let generic = Self.letterSpeakers[tokens[0]] {
            speakerID = generic
            role = nil
            return
        }
        // "涅边贾先生" (Mr. Nebenzia): the honorific is no part of the name.
        if tokens.count == 1, let first = person.unicodeScalars.first, SpeakerLabelGrammar.isHan(first),
           let name = CJKLabelWords.bundled.withoutHonorific(Substring(person)) {
            speakerID = String(name)
            role = nil
            return
        }
        // Japanese puts the title after the name, without a space: "上川外務大臣" → 上川, the foreign minister.
        if tokens.count == 1, let first = person.unicodeScalars.first, SpeakerLabelGrammar.isHan(first) || SpeakerLabelGrammar.isKana(first),
           let (name, title) = CJKLabelWords.bundled.nameBeforeTitle(Substring(person)) {
            speakerID = String(name)
            role = String(title)
            roleFollowsName = true
            return
        }
        // Chinese puts the title before the name, without a space: "外交部发言人毛宁" → 毛宁, the spokesperson.
        if tokens.count == 1, let first = person.unicodeScalars.first, SpeakerLabelGrammar.isHan(first),
           let name = CJKLabelWords.bundled.nameAfterRole(Substring(person)) {
            speakerID = String(name)
            role = String(person[..<name.startIndex])
            return
        }
        // Korean puts the title after the name: "임수석 대변인" → 임수석, the spokesperson.
        if tokens.count == 2, tokens.allSatisfy({ $0.unicodeScalars.allSatisfy(SpeakerLabelGrammar.isHangul) }),
           CJKLabelWords.bundled.roles.contains(tokens[1]) {
            speakerID = tokens[0]
            role = tokens[1]
            roleFollowsName = true
            return
        }
        // "GLOBAL TIMES", "CHINA DAILY": an outlet's name is its id, whole; so is a generic speaker's,
        // "AUDIENCE MEMBER", "ГОЛОС ИЗ ЗАЛА".
        if PersonName.bundled.isOutlet(tokens)
            || tokens.count > 1 && SpeakerLabelGrammar.bundled.genericSpeakers.contains(person.lowercased()) {
            speakerID = tokens.joined(separator: " ")
            role = nil
            return
        }
        // "LE PRÉSIDENT DE LA RÉPUBLIQUE", "President of the Russian Federation": an office, named whole.
        if roleBeforeName == nil, let office = PersonName.bundled.office(in: tokens, isTitle: { Self.roleWords.contains($0) }) {
            speakerID = office.joined(separator: " ")
            role = nil
            return
        }
        // "SPEAKER 2": the number is no surname.
        if tokens.count == 2, tokens[1].utf8.allSatisfy({ $0 &- 0x30 < 10 }) {
            speakerID = tokens.joined(separator: " ")
            role = nil
            return
        }
        // The surname is the last token, with the particles before it ("VON DER LEYEN"), or the first of a
        // name written surname first ("WANG WENBIN", "Minister KAMIKAWA Yoko"); in "С.В.Лавров" it follows
        // the initials.
        var surnameWords = PersonName.bundled.surname(in: tokens) { Self.roleWords.contains($0) }
        if let inCapitals = PersonName.bundled.surnameInCapitals(in: words, isTitle: {
            Self.roleWords.contains($0) || Self.honorifics.contains($0)
        }), !SpeakerLabelGrammar.bundled.genericSpeakers.contains(tokens[inCapitals].joined(separator: " ").lowercased()) {
            surnameWords = inCapitals  // not a news agency before its reporter's name ("NHK Tanaka")
        }
        // A verbatim record names a delegate by the surname alone after the honorific, beside the delegation:
        // "Mr. De la Fuente Ramírez (Mexico)", "Mr. Costa Filho (Brazil)" — every word after it is the surname.
        if roleBeforeName == nil, roleAfterName == nil, tokens.count >= 3, Self.honorifics.contains(tokens[0]),
           surnameWords.upperBound == tokens.count, Self.namesDelegation(asides.first, in: bytes),
           !tokens.dropFirst().contains(where: Self.roleWords.contains),
           words.dropFirst().allSatisfy({ word in
               word.first.map(\.isUppercase) == true || PersonName.bundled.particles.contains(word.uppercased()) }) {
            surnameWords = 1..<tokens.count
        }
        // An office named without a person: "The Acting President", "Deputy Spokesperson" — the office whole is
        // the id (the Acting President is not the President), without its article ("La porte-parole adjointe").
        let office = tokens.enumerated().filter { index, token in
            token != "THE" && !(index == 0 && Self.leadingArticles.contains(token)) && !Self.honorifics.contains(token)
        }.map(\.element)
        // ("Secretary of State", "Ministra de Asuntos Exteriores": its connectors and particles between.)
        if roleBeforeName == nil, surnameWords.count == 1, office.count >= 2, surnameWords.upperBound == tokens.count,
           let first = office.first, Self.roleWords.contains(first), let last = office.last, Self.roleWords.contains(last),
           office.allSatisfy({ Self.roleWords.contains($0) || SpeakerLabelGrammar.titleConnectors.contains($0.lowercased())
               || PersonName.bundled.particles.contains($0) }) {
            speakerID = office.joined(separator: " ")
            role = nil
            return
        }
        if surnameWords.count == 1 {
            let word = tokens[surnameWords.lowerBound]
            let surname = word.split(separator: ".").last.map(String.init) ?? word
            speakerID = surname.trimming(["'", "’", "-"])
        } else {
            speakerID = tokens[surnameWords].joined(separator: " ")
        }
        let beforeSurname = tokens[..<surnameWords.lowerBound].filter { !Self.honorifics.contains($0) }
        // The words after the last title word are given names ("SECRETARY ANTONY BLINKEN").
        let lastTitle = beforeSurname.lastIndex { Self.roleWords.contains($0) }
        let roleTokens = lastTitle.map { beforeSurname[...Self.stateNamed(after: $0, in: beforeSurname)] } ?? []
        if let roleBeforeName {
            role = roleTokens.isEmpty ? roleBeforeName : roleBeforeName + ", " + roleTokens.joined(separator: " ")
        } else if roleTokens.isEmpty, let roleAfterName, !roleAfterName.isEmpty {
            role = roleAfterName
            roleFollowsName = true
        } else {
            role = roleTokens.isEmpty ? nil : roleTokens.joined(separator: " ")
        }
    }

    /// Where a title that names its state ends: through the last word of `[post-words]` after an "OF"
    /// that follows the title, and the one word after its own "OF" ("PRIME MINISTER OF THE REPUBLIC OF
    /// INDIA", "SECRETARY GENERAL OF NATO", "MINISTER OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION");
    /// through a state of `[states]` after "OF" (and "THE"), or right after the title in Russian's
    /// genitive ("PRESIDENT OF RUSSIA" of "PRESIDENT OF RUSSIA VLADIMIR", "ПРЕЗИДЕНТ РОССИИ"); the title
    /// word itself otherwise.
    static func stateNamed(after title: Int, in words: [String]) -> Int {
        let names = PersonName.bundled
        if title + 1 < words.count, words[title + 1] == "OF",
           let state = words[(title + 1)...].lastIndex(where: { names.postWords.contains($0) }) {
            return state + 2 < words.count && words[state + 1] == "OF" ? state + 2 : state
        }
        var start = title + 1
        if start < words.count, words[start] == "OF" {
            start += 1
            if start < words.count, words[start] == "THE" { start += 1 }
        } else if start < words.count, words[start].utf8.first.map({ $0 < 0x80 }) == true {
            return title  // English names the state after "of": "President Chad Smith" has no state.
        }
        let length = names.stateLength(at: start, in: words)
        return length > 0 ? start + length - 1 : title
    }
}
