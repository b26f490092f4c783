/// Recognizes a speaker label at the start of a line: `SECRETARY BLINKEN:`, `MS. PSAKI:`, `QUESTION:`,
/// `Q:`, `С.В.Лавров:`, `Вопрос:`, `Secretary Blinken:` (markdown emphasis already removed).
///
/// Two styles are accepted:
/// - upper case: one to six tokens of capital letters (with `.`, `-`, apostrophes), then a colon;
/// - title case: two to four capitalized tokens, or initials joined to a surname (`С.В.Лавров`), then a
///   colon — or a single capitalized word from the generic speakers list (`Вопрос:`, `Question:`),
///   because a lone capitalized word before a colon is usually prose ("Note: …").
/// A bare `Q` followed by a capital letter (`Q What is…`) is accepted too.
struct SpeakerLabelGrammar: Sendable {
    /// Lower-cased single words that are speaker labels on their own ("question", "вопрос").
    let genericSpeakers: Set<String>

    static let maximumLabelScalars = 60

    /// The label at the start of `line` (without the colon), and the length in bytes of the label with
    /// its colon, or nil when the line does not start with a label.
    func label(atStartOf line: Substring) -> (name: Substring, length: Int)? {
        guard let first = line.unicodeScalars.first, ProseShape.isUppercase(first) else { return nil }
        var scalarCount = 0
        var colon: String.Index?
        for index in line.unicodeScalars.indices {
            let scalar = line.unicodeScalars[index]
            if scalar == ":" { colon = index; break }
            scalarCount += 1
            if scalarCount > Self.maximumLabelScalars { return nil }
        }
        guard let colon else { return bareQuestion(line) }
        let name = line[..<colon]
        guard isLabel(name) else { return bareQuestion(line) }
        return (name, line.utf8.distance(from: line.startIndex, to: colon) + 1)
    }

    private func bareQuestion(_ line: Substring) -> (name: Substring, length: Int)? {
        let scalars = Array(line.unicodeScalars.prefix(3))
        guard scalars.count == 3, scalars[0] == "Q", scalars[1] == " ", ProseShape.isUppercase(scalars[2])
        else { return nil }
        return (line.prefix(1), 1)
    }

    private func isLabel(_ name: Substring) -> Bool {
        let tokens = name.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...6).contains(tokens.count), tokens.allSatisfy({ !$0.isEmpty }) else { return false }
        var hasLetter = false
        var allUpper = true
        for scalar in name.unicodeScalars {
            if ProseShape.isLetter(scalar) {
                hasLetter = true
                if ProseShape.isLowercase(scalar) { allUpper = false }
            } else if !". -'’".unicodeScalars.contains(scalar) {
                return false
            }
        }
        guard hasLetter else { return false }
        if allUpper { return true }
        guard tokens.count <= 4, tokens.allSatisfy({ ProseShape.isUppercase($0.unicodeScalars.first!) })
        else { return false }
        if tokens.count >= 2 { return true }
        let word = tokens[0]
        // Initials joined to a surname: "С.В.Лавров".
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.first?.isUppercase == true }) { return true }
        return genericSpeakers.contains(word.lowercased())
    }
}

extension SpeakerLabelGrammar {
    /// The grammar with the bundled generic speakers (`Lexicons/speaker-labels.txt`).
    static let bundled = SpeakerLabelGrammar(listText: BundledLexicons.text(named: "speaker-labels.txt") ?? "")

    /// A grammar whose generic speakers are the entries of a list file.
    init(listText: String) {
        genericSpeakers = Set(BundledLexicons.entries(ofList: listText).map { $0.entry.lowercased() })
    }
}
