/// Recognizes a speaker label at the start of a line: `SECRETARY BLINKEN:`, `MS. PSAKI:`, `QUESTION:`,
/// `Q:`, `С.В.Лавров:`, `Вопрос:`, `Secretary Blinken:` (markdown emphasis already removed).
///
/// Two styles are accepted:
/// - upper case: one to six tokens of capital letters (with `.`, `-`, apostrophes), then a colon (after a
///   space too, as French writes it: `LE MINISTRE :`);
/// - title case: two to four capitalized tokens, or initials joined to a surname (`С.В.Лавров`), then a
///   colon — or a single capitalized word from the generic speakers list (`Вопрос:`, `Question:`),
///   because a lone capitalized word before a colon is usually prose ("Note: …").
/// A bare `Q` or `Q.` followed by a capital letter (`Q What is…`, `Q. What is…`) or a dash, ellipsis,
/// bracket or quotation mark (`Q — and second…`, White House transcripts' interrupted questions) is
/// accepted too, and
/// so is a generic speaker with a number (`Speaker 2:`, the unnamed speakers of video transcripts).
/// (`A.` answers are labels only beside `Q.` questions: `TranscriptParser` decides, per file.)
///
/// Either style may end with one or two asides in parentheses before the colon — `Emmanuel Macron
/// (retranslated):`, `Э.Макрон (как переведено):`, `QUESTION (Reuters):`, `Mr. Nebenzia (Russian
/// Federation) (spoke in Russian):` — which are part of the label (`asides(in:)`; the parser reads a
/// delivery or language marker there as the turn's).
struct SpeakerLabelGrammar: Sendable {
    /// Lower-cased words and phrases that are speaker labels on their own ("question", "вопрос",
    /// "audience member", "голос из зала").
    let genericSpeakers: Set<String>
    /// The first words of the generic speakers of more than one word ("audience", "голос"): only a name
    /// starting with one is looked up whole, so prose before a colon makes no String.
    let genericPhraseFirstWords: Set<String>

    /// Longest label with its asides, in scalars: "Mr. Fernández de Soto Valderrama (Colombia) (spoke in
    /// Spanish; English text provided by the delegation)" has 101.
    static let maximumLabelScalars = 120

    /// The colon that may end a label at the start of `line`: the first outside brackets (a colon inside
    /// an aside is no label's: "Speaker 1 (00:02):"), within `maximumLabelScalars`.
    static func labelColon(in line: Substring) -> String.Index? {
        var scalarCount = 0, depth = 0
        for index in line.unicodeScalars.indices {
            let scalar = line.unicodeScalars[index]
            if scalar == ":" && depth == 0 { return index }
            if scalar == "(" || scalar == "[" { depth += 1 } else if (scalar == ")" || scalar == "]") && depth > 0 { depth -= 1 }
            scalarCount += 1
            if scalarCount > maximumLabelScalars { return nil }
        }
        return nil
    }

    /// The label at the start of `line` (without the colon), and the length in bytes of the label with
    /// its colon, or nil when the line does not start with a label.
    func label(atStartOf line: Substring) -> (name: Substring, length: Int)? {
        guard let first = line.unicodeScalars.first else { return nil }
        guard ProseShape.isUppercase(first) else {
            return Self.mayStartCJKLabel(first) ? cjkLabel(atStartOf: line) : Self.isArabic(first) ? arabicLabel(atStartOf: line) : nil
        }
        guard let colon = Self.labelColon(in: line) else { return bareQuestion(line) }
        var name = line[..<colon]
        // French sets a space before the colon: "M. Le Drian :".
        if let last = name.unicodeScalars.last, last == " " || last == "\u{A0}" || last == "\u{202F}" {
            name = Substring(name.unicodeScalars.dropLast())
        }
        guard isLabel(name) || (name.utf8.last.map(Self.closesAside) == true && {
            let bytes = Array(name.utf8)
            let personEnd = bytes.withUnsafeBufferPointer { Self.personEnd(in: $0) }
            return personEnd < name.utf8.count && isLabel(name[..<name.utf8.index(name.startIndex, offsetBy: personEnd)])
                || bytes.withUnsafeBufferPointer(Self.isSurnameBeforeOfficeAside)
        }())
        else { return bareQuestion(line) }
        return (name, line.utf8.distance(from: line.startIndex, to: colon) + 1)
    }

    /// What `label(atStartOf:)` says of the line `text[range]`, read as bytes where the line is ASCII up
    /// to its colon (most labels: "SECRETARY BLINKEN:", "QUESTION:"); nil where it is not, for the caller
    /// to ask `label(atStartOf:)`. Tested against it on random lines and the corpora.
    enum ASCIIVerdict: Equatable {
        case label(name: String, length: Int)
        case notALabel
    }

    func asciiLabel(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ASCIIVerdict? {
        guard let start = range.first else { return .notALabel }
        guard text[start] &- 0x41 < 26 else { return text[start] < 0x80 ? .notALabel : nil }
        var colon: Int?
        var index = start
        var depth = 0
        while index < range.upperBound {
            let byte = text[index]
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: ":") && depth == 0 { colon = index; break }
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if (byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")) && depth > 0 {
                depth -= 1
            }
            // Too long for a name before a colon; it may still open with a bare "Q" (below).
            if index - start + 1 > Self.maximumLabelScalars { break }
            index += 1
        }
        // The name ends before the colon, or before a space before it (French: "M. Le Drian :").
        if let colon, case let nameEnd = colon > start && text[colon - 1] == 0x20 ? colon - 1 : colon,
           isASCIILabel(UnsafeBufferPointer(rebasing: text[start..<nameEnd]))
            || Self.closesAside(text[nameEnd - 1]) && {
                let personEnd = start + Self.personEnd(in: UnsafeBufferPointer(rebasing: text[start..<nameEnd]))
                return personEnd < nameEnd && isASCIILabel(UnsafeBufferPointer(rebasing: text[start..<personEnd]))
                    || Self.isSurnameBeforeOfficeAside(UnsafeBufferPointer(rebasing: text[start..<nameEnd]))
            }() {
            return .label(name: String(decoding: UnsafeBufferPointer(rebasing: text[start..<nameEnd]), as: UTF8.self),
                          length: colon - start + 1)
        }
        // A bare "Q", or "Q.": "Q Mr. Secretary, …", "Q. Mr. Secretary, …".
        guard range.count >= 3, text[start] == UInt8(ascii: "Q") else { return .notALabel }
        let dotted = text[start + 1] == UInt8(ascii: ".")
        let next = start + (dotted ? 3 : 2)
        guard next < range.upperBound, text[next - 1] == 0x20 else { return .notALabel }
        if text[next] >= 0x80 { return nil }
        return text[next] &- 0x41 < 26 || Self.questionOpeners.contains(Unicode.Scalar(text[next]))
            ? .label(name: "Q", length: dotted ? 2 : 1) : .notALabel
    }

    /// Whether a name is a generic speaker and a number, "Speaker 2", "Участник 3" (the unnamed speakers
    /// of video transcripts): two tokens, the first a generic speaker of any case, the second one to
    /// three ASCII digits.
    func isNumberedSpeaker(_ name: Substring) -> Bool {
        let tokens = name.split(separator: " ", omittingEmptySubsequences: false)
        guard tokens.count == 2, (1...3).contains(tokens[1].utf8.count), tokens[1].utf8.allSatisfy({ $0 &- 0x30 < 10 }),
              let first = tokens[0].unicodeScalars.first, ProseShape.isUppercase(first) else { return false }
        return genericSpeakers.contains(tokens[0].lowercased())
    }

    /// `isLabel` for an all-ASCII name.
    private func isASCIILabel(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        if let last = name.last, last &- 0x30 < 10 {
            return isNumberedSpeaker(Substring(String(decoding: name, as: UTF8.self)))
        }
        if name.contains(UInt8(ascii: ",")) { return isCommaLabel(Substring(String(decoding: name, as: UTF8.self))) }
        var tokens = 1, hasLetter = false, allUpper = true, tokenStartsUpper = true, previous: UInt8 = 0x20
        // A lower-case word longer than any particle or title connector ("della") makes no long name
        // either: most prose before a colon ends here, without a String made.
        var lowerWordLength = 0, longLowerWord = false, hasSlash = false
        for byte in name {
            if byte == 0x20 {
                if previous == 0x20 { return false }  // an empty token
                tokens += 1
                lowerWordLength = 0
            } else if previous == 0x20, byte &- 0x41 >= 26 {
                tokenStartsUpper = false
                if byte &- 0x61 < 26 { lowerWordLength = 1 }
            } else if lowerWordLength > 0 {
                lowerWordLength += 1
                if lowerWordLength > Self.longestLowerCaseWord { longLowerWord = true }
            }
            if byte &- 0x41 < 26 {
                hasLetter = true
            } else if byte &- 0x61 < 26 {
                hasLetter = true
                allUpper = false
            } else if byte == UInt8(ascii: "/") {
                hasSlash = true
            } else if byte != UInt8(ascii: ".") && byte != 0x20 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") {
                return false
            }
            previous = byte
        }
        guard !name.isEmpty, previous != 0x20, tokens <= Self.maximumLongNameTokens, hasLetter else { return false }
        // A slash only between title words: "HIGH REPRESENTATIVE/VICE-PRESIDENT JOSEP BORRELL".
        if hasSlash, !SpeakerLabel.roleWords.allowsSlashes(in: String(decoding: name, as: UTF8.self)) { return false }
        if allUpper { return tokens <= Self.maximumTokensInCapitals }
        guard tokenStartsUpper, tokens <= 4 else {
            if tokens <= 4, let space = name.firstIndex(of: 0x20),
               isGenericPhrase(firstWord: String(decoding: UnsafeBufferPointer(rebasing: name[..<space]), as: UTF8.self),
                               whole: { String(decoding: name, as: UTF8.self) }) {
                return true
            }
            guard !longLowerWord else { return false }
            let string = String(decoding: name, as: UTF8.self)
            return Self.isLongName(string.unicodeScalars.split(separator: " ", omittingEmptySubsequences: false).map(Substring.init))
        }
        if tokens >= 2 { return true }
        // Initials joined to a surname, "S.V.Lavrov", "K.-J.Tokayev": every piece between periods starts
        // with a capital, or with a hyphen and a capital.
        if name.contains(UInt8(ascii: ".")), name.split(separator: UInt8(ascii: ".")).allSatisfy({ piece in
            let letter = piece.first == UInt8(ascii: "-") ? piece.dropFirst().first : piece.first
            return letter.map { $0 &- 0x41 < 26 } == true
        }) { return true }
        return genericSpeakers.contains(String(decoding: name, as: UTF8.self).lowercased())
    }

    /// Lower-case words that join a title's words: "Secretary of State", "Minister for Foreign Affairs".
    static let titleConnectors: Set<String> = ["of", "for", "the", "on"]

    /// The longest lower-case word `isLongName` takes: a particle ("della") or a title connector.
    static let longestLowerCaseWord = 5

    /// Most words of a label in mixed case, connectors counted: "Prime Minister of the Republic of India
    /// Narendra Modi" has nine, "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov"
    /// eleven.
    static let maximumLongNameTokens = 12

    /// Most words of a label in capitals: "FOREIGN MINISTER SERGEY LAVROV", not "JOINT PRESS CONFERENCE OF
    /// THE MINISTERS OF FOREIGN AFFAIRS" (headings in capitals before a colon are common).
    static let maximumTokensInCapitals = 6

    /// Whether mixed-case words beyond the plain rule (up to four capitalized words) make a name: its
    /// lower-case words surname particles (`PersonName`: "President von der Leyen", "Luiz Inácio Lula da
    /// Silva"), and up to four capitalized words — or up to six when one is a title word
    /// (`Lexicons/speaker-roles.txt`: "NATO Secretary General Jens Stoltenberg"), with the connectors of
    /// a title after a title word ("Secretary of State Antony Blinken", "Minister for Foreign Affairs
    /// Penny Wong", not "Joint Statement of the Foreign Ministers"). A title naming its state, as the
    /// Kremlin labels foreign leaders, may take up to eight, with "of" after a state's word too
    /// (`[post-words]` of person-names.txt: "President of the People's Republic of China Xi Jinping",
    /// "President of the United States of America Joseph Biden"). Capitalized first and last, and the
    /// last no title word ("Press Conference of the Foreign Minister" names nobody) unless every
    /// capitalized word is one: an office ("Minister of Foreign Affairs").
    static func isLongName(_ tokens: [Substring]) -> Bool {
        guard tokens.count >= 2, let first = tokens.first?.unicodeScalars.first, let last = tokens.last?.unicodeScalars.first,
              ProseShape.isUppercase(first), ProseShape.isUppercase(last) else { return false }
        // The cheap test first: a long lower-case word is prose ("Мы считаем:", "The answer is simple:").
        for token in tokens {
            guard let lead = token.unicodeScalars.first else { return false }
            if !ProseShape.isUppercase(lead), token.unicodeScalars.count > longestLowerCaseWord { return false }
        }
        var words = 0
        var hasTitle = false, namesState = false, allTitles = true
        var connectorsFollowTitles = true
        var previousIsTitle = false, previousIsState = false
        for token in tokens {
            if ProseShape.isUppercase(token.unicodeScalars.first!) {
                words += 1
                let upper = token.uppercased()
                previousIsTitle = SpeakerLabel.roleWords.contains(upper)
                allTitles = allTitles && previousIsTitle
                previousIsState = hasTitle && PersonName.bundled.postWords.contains(upper)
                hasTitle = hasTitle || previousIsTitle
                namesState = namesState || previousIsState
            } else if titleConnectors.contains(String(token)) {
                // "of the": the second connector follows the first, which follows the title word (or the
                // state's word of a title: "Republic of India").
                if !previousIsTitle && !previousIsState { connectorsFollowTitles = false }
            } else if PersonName.bundled.particles.contains(token.uppercased()) {
                previousIsTitle = false
                previousIsState = false
            } else {
                return false
            }
        }
        guard words <= 4 || hasTitle && words <= (namesState ? 8 : 6) else { return false }
        guard tokens.count <= 6 || hasTitle else { return false }
        // A title word last names nobody ("Press Conference of the Foreign Minister"), unless every
        // capitalized word is one: an office, named whole ("Minister of Foreign Affairs", "Ministra de
        // Asuntos Exteriores", as Spain's government labels its ministers).
        return connectorsFollowTitles && (!hasTitle || !previousIsTitle || allTitles)
    }

    /// Longest aside, in bytes: "(spoke in Arabic; English text provided by the delegation)" has 56, and
    /// Cyrillic or Arabic letters take two bytes ("(говорит по-турецки, перевод с турецкого)", 72).
    static let maximumAsideBytes = 128
    /// Asides a label may end with: "Mr. Nebenzia (Russian Federation) (spoke in Russian)".
    static let maximumAsides = 2

    /// The asides that end a label name, each " (" then up to `maximumAsideBytes` bytes holding no
    /// bracket, then ")" — "Emmanuel Macron (retranslated)", "Mr. Nebenzia (Russian Federation)
    /// (spoke in Russian)", "Speaker 1 (00:02)" — or the same in square brackets, as NATO writes a
    /// speaker's role ("Oana Lungescu [NATO Spokesperson]", "Question [Teri Schultz, NPR]"), as the ranges
    /// of the bracketed groups in `name`, in order; empty when the name has none; and in full-width
    /// parentheses without a space, as Chinese verbatim records write them ("涅边贾先生（俄罗斯联邦）
    /// （以俄语发言）"). The person's name is what comes before the first, less its space.
    static func asides(in name: [UInt8]) -> [Range<Int>] {
        name.withUnsafeBufferPointer { asides(in: $0) }
    }

    static func asides(in name: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var end = name.count
        while groups.count < maximumAsides, let group = aside(in: UnsafeBufferPointer(rebasing: name[..<end])) {
            groups.insert(group, at: 0)
            end = nameEnd(before: group, in: name)
        }
        return groups
    }

    /// Where the person's name ends in a label name: before its asides.
    static func personEnd(in name: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = name.last, closesAside(last), let first = asides(in: name).first else { return name.count }
        return nameEnd(before: first, in: name)
    }

    /// Whether a label name is a surname alone before the abbreviation of its ministry, as the German
    /// government's press conferences label its ministries' spokespeople: "Wagner (AA):", "Müller
    /// (BMVg):", "Collatz (BMVg):" — one capitalized word, then one aside in parentheses of two to eight
    /// ASCII letters, capitalized, two of them capitals (not "(retranslated)", "(Reuters)").
    static func isSurnameBeforeOfficeAside(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.last == UInt8(ascii: ")"), let aside = asides(in: name).first, aside.upperBound == name.count,
              name[aside.lowerBound] == UInt8(ascii: "(") else { return false }
        let inner = UnsafeBufferPointer(rebasing: name[(aside.lowerBound + 1)..<(aside.upperBound - 1)])
        guard (2...8).contains(inner.count), inner[0] &- 0x41 < 26,
              inner.allSatisfy({ $0 &- 0x41 < 26 || $0 &- 0x61 < 26 }),
              inner.lazy.filter({ $0 &- 0x41 < 26 }).count >= 2 else { return false }
        let personEnd = nameEnd(before: aside, in: name)
        guard personEnd >= 2, !name[..<personEnd].contains(0x20) else { return false }
        let person = String(decoding: UnsafeBufferPointer(rebasing: name[..<personEnd]), as: UTF8.self)
        guard let first = person.unicodeScalars.first, ProseShape.isUppercase(first) else { return false }
        return person.unicodeScalars.count >= 2
            && person.unicodeScalars.allSatisfy { ProseShape.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// Where the words before an aside end: before its space ("Macron (retranslated)"), or at its
    /// bracket where there is none ("主席（以法语发言）").
    static func nameEnd(before aside: Range<Int>, in name: UnsafeBufferPointer<UInt8>) -> Int {
        aside.lowerBound > 0 && name[aside.lowerBound - 1] == 0x20 ? aside.lowerBound - 1 : aside.lowerBound
    }

    /// ")", "]" or the last byte of "）": the last byte of a label name that may end with an aside (0x89
    /// ends other characters too; `aside(in:)` reads the whole).
    static func closesAside(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == 0x89
    }

    /// A group in full-width parentheses that ends `name`, right after a name ("主席（以法语发言）"), holding
    /// no other bracket.
    private static func fullWidthAside(in name: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = name.count
        // "（" and "）" are EF BC 88 and EF BC 89.
        guard count >= 9, name[count - 3] == 0xEF, name[count - 2] == 0xBC, name[count - 1] == 0x89 else { return nil }
        var index = count - 4
        while index >= 2, count - 3 - index <= maximumAsideBytes {
            let byte = name[index]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") { return nil }
            if name[index - 2] == 0xEF, name[index - 1] == 0xBC, byte == 0x88 || byte == 0x89 {
                let open = index - 2
                // A name before it, and something inside.
                guard byte == 0x88, open >= 3, count - 3 > open + 3 else { return nil }
                return open..<count
            }
            index -= 1
        }
        return nil
    }

    /// The last aside of `name`, if it ends with one.
    private static func aside(in name: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard name.count >= 4, closesAside(name[name.count - 1]) else { return nil }
        if name[name.count - 1] == 0x89 { return fullWidthAside(in: name) }
        let opener = name[name.count - 1] == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var open = name.count - 2
        while open > 0, name[open] != opener {
            switch name[open] {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"): return nil
            default: open -= 1
            }
        }
        // A space before the group and none before that: "Macron (retranslated)", not "Macron  (x)" or "(x)".
        guard open >= 2, name[open] == opener, name[open - 1] == 0x20, name[open - 2] != 0x20,
              (1...maximumAsideBytes).contains(name.count - 2 - open) else { return nil }
        return open..<name.count
    }

    /// Whether the line `text[range]` opens with "A." and a capital letter: an answer, in a file whose
    /// questions are "Q." (alone, "A. Smith" is as likely an initial). The label is then "A", two bytes.
    static func opensWithDottedAnswer(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 4, text[range.lowerBound] == UInt8(ascii: "A"), text[range.lowerBound + 1] == UInt8(ascii: "."),
              text[range.lowerBound + 2] == 0x20 else { return false }
        guard let next = ProseShape.firstScalar((range.lowerBound + 3)..<range.upperBound, in: text) else { return false }
        return ProseShape.isUppercase(next)
    }

    /// What besides a capital may open a bare "Q" question: a dash or an ellipsis going on from an
    /// interrupted one ("Q — and second…"), an opening bracket or quotation mark ("Q (Inaudible.)").
    static let questionOpeners: Set<Unicode.Scalar> = ["—", "–", "…", "(", "[", "\"", "'", "“", "‘", "«", "„"]

    private func bareQuestion(_ line: Substring) -> (name: Substring, length: Int)? {
        var scalars = Array(line.unicodeScalars.prefix(4))
        let dotted = scalars.count >= 2 && scalars[1] == "."
        if dotted { scalars.remove(at: 1) }
        guard scalars.count >= 3, scalars[0] == "Q", scalars[1] == " ",
              ProseShape.isUppercase(scalars[2]) || Self.questionOpeners.contains(scalars[2])
        else { return nil }
        return (line.prefix(1), dotted ? 2 : 1)
    }

    func isLabel(_ name: Substring) -> Bool {
        if let last = name.utf8.last, last &- 0x30 < 10 { return isNumberedSpeaker(name) }
        if name.utf8.contains(UInt8(ascii: ",")) { return isCommaLabel(name) }
        // Split at each U+0020 scalar: splitting into Characters (grapheme clusters) cost a tenth of the
        // time of Russian text, where every capitalized line with a colon comes here. (The two differ
        // only for a space carrying a combining mark, which no label has.)
        let tokens = name.unicodeScalars.split(separator: " ", omittingEmptySubsequences: false).map { Substring($0) }
        guard (1...Self.maximumLongNameTokens).contains(tokens.count), tokens.allSatisfy({ !$0.isEmpty }) else { return false }
        var hasLetter = false
        var allUpper = true
        var hasSlash = false
        for scalar in name.unicodeScalars {
            if ProseShape.isLetter(scalar) {
                hasLetter = true
                if ProseShape.isLowercase(scalar) { allUpper = false }
            } else if scalar == "/" {
                hasSlash = true
            } else if !". -'’".unicodeScalars.contains(scalar) {
                return false
            }
        }
        guard hasLetter else { return false }
        // A slash only between title words ("Josep Borrell, High Representative/Vice-President" is read above).
        if hasSlash, !SpeakerLabel.roleWords.allowsSlashes(in: name) { return false }
        if allUpper { return tokens.count <= Self.maximumTokensInCapitals }
        guard tokens.count <= 4, tokens.allSatisfy({ ProseShape.isUppercase($0.unicodeScalars.first!) }) else {
            return isGenericPhrase(name) || Self.isLongName(tokens)
        }
        if tokens.count >= 2 { return true }
        let word = tokens[0]
        // Initials joined to a surname: "С.В.Лавров", "К.-Ж.Токаев" (a hyphen before the second initial of a
        // double first name).
        if word.unicodeScalars.contains("."), word.split(separator: ".").allSatisfy({ piece in
            (piece.first == "-" ? piece.dropFirst().first : piece.first)?.isUppercase == true
        }) { return true }
        return genericSpeakers.contains(word.lowercased())
    }
}

extension SpeakerLabelGrammar {
    /// The grammar with the bundled generic speakers (`Lexicons/speaker-labels.txt`).
    static let bundled = SpeakerLabelGrammar(listText: BundledLexicons.text(named: "speaker-labels.txt") ?? "")

    /// A grammar whose generic speakers are the entries of a list file.
    init(listText: String) {
        genericSpeakers = Set(BundledLexicons.entries(ofList: listText).map { $0.entry.lowercased() })
        genericPhraseFirstWords = Set(genericSpeakers.compactMap { phrase in
            phrase.contains(" ") ? phrase.split(separator: " ").first.map(String.init) : nil
        })
    }

    /// Whether a name of mixed case is a generic speaker of more than one word: "Audience member",
    /// "Голос из зала" (their lower-case words would make them no name).
    func isGenericPhrase(_ name: Substring) -> Bool {
        guard let space = name.firstIndex(of: " ") else { return false }
        return isGenericPhrase(firstWord: name[..<space], whole: { String(name) })
    }

    /// The same, given the name's first word, and the whole name only when that word starts a phrase.
    private func isGenericPhrase(firstWord: some StringProtocol, whole: () -> String) -> Bool {
        if firstWord.utf8.count == 2, firstWord.utf8.first == UInt8(ascii: "L"), Self.officeArticles.contains(String(firstWord)) {
            return Self.isOfficeWithArticle(whole())
        }
        return genericPhraseFirstWords.contains(firstWord.lowercased()) && genericSpeakers.contains(whole().lowercased())
    }

    /// Capitalized French articles before an office in lower case.
    static let officeArticles: Set<String> = ["Le", "La"]

    /// Whether a name is an office in lower case after its article, as French transcripts label the
    /// minister or the spokesperson: "Le porte-parole", "La ministre", "Le Ministre délégué", "La
    /// porte-parole adjointe" — the article, then up to three words of `Lexicons/speaker-roles.txt`.
    static func isOfficeWithArticle(_ name: String) -> Bool {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard (2...4).contains(words.count) else { return false }
        return words.dropFirst().allSatisfy { SpeakerLabel.roleWords.contains($0.uppercased()) }
    }
}
