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
        return Self.isTitlePhrase(after) && isPersonName(before)
    }

    /// The two sides of the label's one comma, which a space follows; nil for any other shape.
    static func commaHalves(_ name: Substring) -> (before: Substring, after: Substring)? {
        let parts = name.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].first == " ", parts[1].count > 1, !parts[0].isEmpty,
              parts[0].last != " ", parts[1].dropFirst().first != " " else { return nil }
        return (parts[0], parts[1].dropFirst())
    }

    /// Whether the words are a title alone: each a title word, or a title's connector between two
    /// ("Foreign Secretary", "Minister of External Affairs"; in the Romance languages the particles
    /// between, "Ministro de Asuntos Exteriores"); capitalized first, a title word last.
    static func isTitlePhrase(_ text: Substring) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...6).contains(words.count), let first = words.first?.unicodeScalars.first, ProseShape.isUppercase(first),
              let last = words.last, SpeakerLabel.roleWords.contains(last.uppercased()) else { return false }
        return words.allSatisfy { word in
            SpeakerLabel.roleWords.contains(word.uppercased()) || titleConnectors.contains(String(word))
                || word.first?.isLowercase == true && PersonName.bundled.particles.contains(word.uppercased())
        }
    }

    /// A name as a label without a comma reads one, and not a title alone ("Foreign Secretary").
    private func isPersonName(_ text: Substring) -> Bool {
        !Self.isTitlePhrase(text) && isLabel(text)
    }
}
