/// The person who answers an interview's questions where its labels do not name them: ministries publish
/// interviews under a title that names the interviewee and label the answers with a letter or a generic
/// word ("Entretien de M. Jean-Noël Barrot, ministre de l’Europe et des Affaires étrangères, avec
/// « France Inter »" / "Q - …" / "R - …"; "Interview of Secretary Antony J. Blinken with NPR" / "Q. …" /
/// "A. …"). Those answers are the interviewee's (`Turn.headerSpeaker`), said to come from the header.
enum Interviewee {
    /// The interviewee as a label reads them, where the title and bylines name one person and no other
    /// before a word that names partners ("with", "avec": `OpeningSpeaker.partnerWords`) — or, where a line
    /// names nobody before it, after it ("Interview with Secretary Blinken"); nil otherwise.
    /// A person is named by initials joined to a Cyrillic surname ("М.В.Захаровой", read in the nominative),
    /// by an honorific ("M.", "Mme", "Mr.") before up to four capitalized words, or by
    /// title words (`Lexicons/speaker-roles.txt`: "Secretary", "ministro") before up to four that end the
    /// line, come before a comma, a bracket or a partner word ("Entrevista del ministro José Manuel
    /// Albares con la Cadena SER").
    static func label(in header: TranscriptHeader) -> SpeakerLabel? {
        let lines = ([header.title] + header.bylines).compactMap { $0?.text }
        var found: SpeakerLabel?
        for line in lines {
            // "Interview with Secretary Blinken", "Interview mit Außenministerin Baerbock": when no one is
            // named before the partner word, the interviewee is the one named after it.
            var named = people(namedIn: line)
            if named.isEmpty, let after = Self.afterPartnerWord(line) { named = people(namedIn: after) }
            for label in named {
                if let found, found.speakerID != label.speakerID { return nil }
                found = found ?? label
            }
        }
        return found
    }

    /// Whether a turn answers an interview's questions: its label is a generic answer ("R -", "A.",
    /// "Answer:", "Réponse :", `Lexicons/answer-labels.txt`).
    static func answers(_ turn: Turn) -> Bool {
        // (Asked of every turn: most ids are surnames, told apart by their first byte without hashing.)
        guard let id = turn.label?.speakerID, let first = id.utf8.first, answerFirstBytes[Int(first)] else { return false }
        return answerWords.contains(id)
    }

    /// The generic speakers that answer (`Lexicons/answer-labels.txt`), upper-cased as speaker ids are.
    static let answerWords = Set(BundledLexicons.entries(ofList: BundledLexicons.text(named: "answer-labels.txt") ?? "")
        .map { $0.entry.uppercased() })

    /// Whether some answer word's id starts with the byte.
    private static let answerFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for word in answerWords { if let first = word.utf8.first { table[Int(first)] = true } }
        return table
    }()

    /// Most capitalized words of a name after its honorific or title: "Jean-Noël Barrot", "Antony J. Blinken".
    static let maximumNameWords = 4

    /// The people a header line names, in order, up to the first partner word.
    static func people(namedIn line: String) -> [SpeakerLabel] {
        if let first = line.unicodeScalars.first(where: { !$0.properties.isWhitespace && !("0"..."9").contains($0) }) {
            if SpeakerLabelGrammar.isHan(first) { return hanPeople(namedIn: line) }
            if SpeakerLabelGrammar.isArabic(first) { return arabicPeople(namedIn: line) }
        }
        let tokens = line.split(separator: " ")
        var people: [SpeakerLabel] = []
        var index = 0
        while index < tokens.count {
            let upper = tokens[index].uppercased()
            if OpeningSpeaker.partnerWords.contains(Substring(upper)) { break }
            // Initials joined to a surname, as Russian titles name a person in any case: "М.В.Захаровой".
            if let name = Self.initialedName(tokens[index]) {
                people.append(SpeakerLabel(name: Substring(name)))
                index += 1
                continue
            }
            // The honorific, or a run of title words, that opens a name.
            var nameStart = index
            let afterHonorific = SpeakerLabel.honorifics.contains(upper)
            if afterHonorific {
                nameStart = index + 1
            } else {
                while nameStart < tokens.count, SpeakerLabel.roleWords.contains(tokens[nameStart].uppercased()) {
                    nameStart += 1
                }
                guard nameStart > index else { index += 1; continue }
            }
            // The name: capitalized words up to a comma, a lower-case word or a title word.
            var end = nameStart
            var endsAtComma = false
            while end < tokens.count, end - nameStart < maximumNameWords, !endsAtComma {
                var token = tokens[end]
                if token.last == "," { token = token.dropLast(); endsAtComma = true }
                guard isCapitalized(token), !SpeakerLabel.roleWords.contains(token.uppercased()),
                      !OpeningSpeaker.partnerWords.contains(Substring(token.uppercased())),
                      token.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" })
                else { endsAtComma = false; break }
                end += 1
            }
            // After title words, the name must end the line or its part, as a headline's words in title case
            // go on after a name ("Secretary Blinken Travels to Kyiv" names no "Blinken Travels").
            let endsPart = endsAtComma || end == tokens.count || tokens[end].first == "("
                || OpeningSpeaker.partnerWords.contains(Substring(tokens[end].uppercased()))
                || Self.outletPrepositions.contains(String(tokens[end]))
            if end > nameStart, afterHonorific || endsPart {
                var name = tokens[index..<end].joined(separator: " ")
                if name.last == "," { name.removeLast() }
                people.append(SpeakerLabel(name: Substring(name)))
            }
            index = max(end, index + 1)
        }
        return people
    }

    /// The words of a header line after its first partner word ("with", "avec", "mit"), or nil.
    static func afterPartnerWord(_ line: String) -> String? {
        let tokens = line.split(separator: " ")
        guard let partner = tokens.firstIndex(where: { OpeningSpeaker.partnerWords.contains(Substring($0.uppercased())) }),
              partner + 1 < tokens.count else { return nil }
        return tokens[(partner + 1)...].joined(separator: " ")
    }

    /// Prepositions that put an interview's outlet or place after the name, in the languages whose titles
    /// are not written in title case: "Intervista del Ministro Tajani al Corriere della Sera", "Entrevista
    /// al ministro Albares en Antena 3", "Interview mit Außenministerin Baerbock im Deutschlandfunk",
    /// "Интервью министра С.В.Лаврова газете…". (English's "to", "in", "on" are left out: a headline in
    /// title case goes on after a name with a verb, "Secretary Blinken Travels to Kyiv".)
    static let outletPrepositions: Set<String> = ["al", "alla", "allo", "ai", "agli", "à", "au", "aux", "en", "dans",
                                                  "sur", "im", "beim", "dem", "der", "zum", "zur", "ao", "na", "no",
                                                  "nel", "nella", "su", "sul", "sulla", "per", "в", "во", "на", "для"]

    /// A token of initials joined to a Cyrillic surname ("М.В.Захаровой,", "С.В.Лаврова"), the surname in
    /// the nominative as a label writes it (`nominative`); nil for any other token.
    static func initialedName(_ token: Substring) -> String? {
        var token = token
        while let last = token.last, last == "," || last == ";" { token = token.dropLast() }
        let pieces = token.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count >= 2, pieces.count <= 3, let surname = pieces.last, surname.count >= 3,
              pieces.dropLast().allSatisfy({ piece in
                  let letter = piece.first == "-" ? piece.dropFirst() : piece
                  return letter.count == 1 && letter.first?.isUppercase == true
              }),
              surname.first?.isUppercase == true, surname.unicodeScalars.allSatisfy({ (0x0400...0x04FF).contains($0.value) || $0 == "-" })
        else { return nil }
        return pieces.dropLast().joined(separator: ".") + "." + nominative(of: surname)
    }

    /// A Russian surname in the nominative, from the genitive, dative or instrumental a title puts it in:
    /// "Захаровой" → "Захарова", "Лаврова" → "Лавров", "Лаврову" → "Лавров", "Песковым" → "Песков" — the
    /// endings of surnames in -ов, -ев, -ин, -ын and their feminine; other surnames are left as written.
    static func nominative(of surname: Substring) -> String {
        let word = String(surname)
        for stem in ["ов", "ев", "ёв", "ин", "ын"] {
            for (ending, nominative) in [("ой", "а"), ("а", ""), ("у", ""), ("ым", "")] where word.hasSuffix(stem + ending) {
                return String(word.dropLast(ending.count)) + nominative
            }
        }
        return word
    }

    /// The people a title in Han script names, as the Chinese foreign ministry titles its briefings
    /// ("2009年1月6日外交部发言人姜瑜举行例行记者会", answered "答："): a name of two or three characters between
    /// a role of `[roles]` in `Lexicons/cjk-labels.txt` and a verb of `hanHostingVerbs`, read as the label
    /// "发言人姜瑜" is (id 姜瑜).
    static func hanPeople(namedIn line: String) -> [SpeakerLabel] {
        var people: [SpeakerLabel] = []
        for role in CJKLabelWords.bundled.roles {
            var searchStart = line.startIndex
            while let found = line.range(of: role, range: searchStart..<line.endIndex) {
                searchStart = found.upperBound
                let rest = line[found.upperBound...]
                for verb in hanHostingVerbs {
                    guard let verbRange = rest.range(of: verb) else { continue }
                    let name = rest[..<verbRange.lowerBound]
                    if (2...3).contains(name.unicodeScalars.count), name.unicodeScalars.allSatisfy(SpeakerLabelGrammar.isHan) {
                        people.append(SpeakerLabel(name: Substring(role + name)))
                        break
                    }
                }
            }
        }
        return people
    }

    /// The people a title in Arabic script names, before "مع" (with): an honorific or a title of
    /// `Lexicons/arabic-labels.txt` and its words, then up to three words of a name, which ends before a
    /// word with the article ("ال", but after "أبو", "عبد", "بن") or the preposition "ل" joined to one, or
    /// one of `arabicStopWords`
    /// ("حوار وزير الخارجية سامح شكري مع قناة العربية" → سامح شكري, role وزير الخارجية).
    static func arabicPeople(namedIn line: String) -> [SpeakerLabel] {
        let vocabulary = ArabicLabelWords.bundled
        var words = ArabicLabelWords.words(of: Substring(line))
        if let partner = words.firstIndex(where: { OpeningSpeaker.partnerWords.contains($0) }) { words = Array(words[..<partner]) }
        guard let start = words.firstIndex(where: { vocabulary.honorifics.contains($0) || vocabulary.titles.contains($0) }) else { return [] }
        var nameStart = start + 1
        if vocabulary.titles.contains(words[start]), let titleEnd = vocabulary.titleEnd(in: Array(words[start...])) {
            nameStart = start + titleEnd
        } else if !vocabulary.honorifics.contains(words[start]) {
            return []  // a title with no name after it: an office, no person
        }
        var end = nameStart
        while end < words.count, end - nameStart < 3, !arabicStopWords.contains(words[end]),
              !words[end].hasPrefix("لل"),
              // The article opens what follows the name, but for a name's own after "أبو", "عبد", "بن"
              // ("أحمد أبو الغيط", "عبد الله").
              !words[end].hasPrefix("ال") || end > nameStart && arabicNameParticles.contains(words[end - 1]) {
            end += 1
        }
        guard end > nameStart else { return [] }
        return [SpeakerLabel(name: Substring(words[start..<end].joined(separator: " ")))]
    }

    /// Words of an Arabic name after which a word with the article is the name's: "أبو الغيط", "عبد الله".
    static let arabicNameParticles: Set<Substring> = ["أبو", "ابو", "عبد", "بن", "ابن", "بنت"]

    /// Words that end an Arabic name in a title: prepositions and the words of what the interview is.
    static let arabicStopWords: Set<Substring> = ["في", "حول", "على", "إلى", "الى", "عن", "من", "بشأن", "لقناة", "لصحيفة", "لوكالة", "لتلفزيون"]

    /// What a Chinese title says its speaker does after the name: hosts (主持, 举行) or answers (答, 回答).
    static let hanHostingVerbs = ["主持", "举行", "回答", "答", "就", "接受"]

    private static func isCapitalized(_ token: Substring) -> Bool {
        token.unicodeScalars.first.map(ProseShape.isUppercase) == true
    }
}
