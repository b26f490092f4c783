/// Speaker labels that set the role apart from the name with a comma, as India's Ministry of External
/// Affairs and others write them:
///
/// ```
/// Official Spokesperson, Shri Randhir Jaiswal: Good evening.
/// Shri Vikram Misri, Foreign Secretary: Thank you.
/// ```
///
/// One side of the comma is a title — words of `Lexicons/speaker-roles.txt`, with the connectors of a
/// title between them ("Minister of External Affairs") — and the other a name as a label without a comma
/// is read (honorifics and all). Prose before a colon rarely has that shape: "However, the Minister
/// said:", "Geneva, Switzerland:" and "Madam Chair, distinguished delegates:" are not labels.
extension SpeakerLabelGrammar {
    /// Whether `name`, holding a comma, is a label of either order.
    func isCommaLabel(_ name: Substring) -> Bool {
        guard let (before, after) = Self.commaHalves(name) else { return false }
        if Self.isTitlePhrase(before) { return isPersonName(after) }
        return (Self.isTitlePhrase(after) || Self.isLowerCaseTitle(after)) && isPersonName(before)
    }

    /// Whether the words are a title as French official texts write it after the name, in lower case
    /// but for its proper nouns: a title word first, then title words, capitalized words, the particles
    /// and articles between them, elided articles before a capital ("l’Europe", "d’État") and the
    /// connectors of `lowerCaseTitleConnectors` — "ministre de l’Europe et des Affaires étrangères",
    /// "ministre fédérale des Affaires étrangères", "secrétaire d’État chargé de l’Europe", "porte-parole".
    /// Prose after a name and a comma holds a verb ("M. Barrot, ministre, a dit :" has two commas anyway).
    static func isLowerCaseTitle(_ text: Substring) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...maximumLongNameTokens).contains(words.count), let first = words.first,
              first.first?.isLowercase == true, SpeakerLabel.roleWords.contains(first.uppercased()) else { return false }
        return words.dropFirst().allSatisfy { word in
            if SpeakerLabel.roleWords.contains(word.uppercased()) || lowerCaseTitleConnectors.contains(String(word))
                || PersonName.bundled.particles.contains(word.uppercased()) { return true }
            // An elided article before a capital: "l’Europe", "d’État".
            var rest = word[...]
            if let apostrophe = word.firstIndex(where: { $0 == "’" || $0 == "'" }),
               word.distance(from: word.startIndex, to: apostrophe) == 1, ["l", "d"].contains(word.first) {
                rest = word[word.index(after: apostrophe)...]
            }
            guard let lead = rest.unicodeScalars.first, ProseShape.isUppercase(lead) else { return false }
            return rest.allSatisfy { $0.isLetter || $0 == "-" }
        }
    }

    /// Lower-case words joining the words of a French title after the name, besides its particles ("de",
    /// "des", "du", "la", "le"): "ministre de l’Europe et des Affaires étrangères", "ministre délégué
    /// auprès du ministre", "ministre chargé de l’Europe".
    static let lowerCaseTitleConnectors: Set<String> = ["et", "à", "aux", "auprès", "en", "pour", "les", "l’", "d’"]

    /// The two sides of the label's one comma, which a space follows; nil for any other shape.
    static func commaHalves(_ name: Substring) -> (before: Substring, after: Substring)? {
        let parts = name.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].first == " ", parts[1].count > 1, !parts[0].isEmpty,
              parts[0].last != " ", parts[1].dropFirst().first != " " else { return nil }
        return (parts[0], parts[1].dropFirst())
    }

    /// Whether the words are a title alone: each a title word, or a title's connector between two
    /// ("Foreign Secretary", "Minister of External Affairs"; in the Romance languages the particles
    /// between, "Ministro de Asuntos Exteriores"); capitalized first, a title word last — or, after "of"
    /// or "for" that follows a title word, the capitalized words of the institution or state it names
    /// ("President of the European Commission", "President of Ukraine").
    static func isTitlePhrase(_ text: Substring) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...maximumTitlePhraseWords).contains(words.count), let first = words.first?.unicodeScalars.first,
              ProseShape.isUppercase(first), SpeakerLabel.roleWords.contains(words[0].uppercased()) else { return false }
        // After "of" or "for" following a title word, the institution or state the title names, in
        // capitalized words: "President of the European Council", "President of Ukraine", "High
        // Representative for Foreign Affairs and Security Policy".
        var namesInstitution = false
        var previousIsTitle = false
        for word in words {
            let isTitle = SpeakerLabel.roleWords.contains(word.uppercased())
            if isTitle {
                previousIsTitle = true
                continue
            }
            if word == "of" || word == "for" {
                namesInstitution = namesInstitution || previousIsTitle
            } else if titleConnectors.contains(String(word)) || namesInstitution && word == "and" {
                // "the", "on": within the title.
            } else if word.first?.isLowercase == true && PersonName.bundled.particles.contains(word.uppercased()) {
                // A Romance title's particle: "Ministro de Asuntos Exteriores".
            } else if !(namesInstitution && word.unicodeScalars.first.map(ProseShape.isUppercase) == true
                        && word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" })) {
                return false
            }
            previousIsTitle = false
        }
        guard words.count <= 6 || namesInstitution, let last = words.last else { return false }
        // A title word last, or the institution's name ("…of the European Commission", "…of Ukraine").
        return SpeakerLabel.roleWords.contains(last.uppercased())
            || namesInstitution && last.unicodeScalars.first.map(ProseShape.isUppercase) == true
    }

    /// Most words of a title beside a comma: "High Representative of the Union for Foreign Affairs and
    /// Security Policy" has eleven.
    static let maximumTitlePhraseWords = 12

    /// A name as a label without a comma reads one, and not a title alone ("Foreign Secretary").
    private func isPersonName(_ text: Substring) -> Bool {
        !Self.isTitlePhrase(text) && isLabel(text)
    }
}
