/// A term of one language for a concept.
public struct Term: Sendable, Equatable {
    /// The term as written in the glossary.
    public var text: String
    /// A BCP 47 language code, lower-cased: "en", "ru", "fr".
    public var language: String
    public var status: TermStatus
    public var partOfSpeech: String?
    public var note: String?
    public var matching: TermMatching

    public init(text: String, language: String, status: TermStatus = .preferred, partOfSpeech: String? = nil,
                note: String? = nil, matching: TermMatching? = nil) {
        self.text = text
        self.language = language
        self.status = status
        self.partOfSpeech = partOfSpeech
        self.note = note
        self.matching = matching ?? Term.defaultMatching(for: text)
    }

    /// Acronyms — two to six capitals or digits, at least two capitals — match as written; the rest
    /// through stems.
    public static func defaultMatching(for text: String) -> TermMatching {
        // Read character by character, stopping at the first sign of an ordinary term (a glossary has
        // thousands, and most are longer than an acronym).
        var letters = 0, capitals = 0
        for character in text where !character.isWhitespace && character != "-" && character != "." {
            letters += 1
            guard letters <= 6 else { return .stemmed }
            if character.isUppercase { capitals += 1 } else if !character.isNumber { return .stemmed }
        }
        return letters >= 2 && capitals >= 2 ? .caseSensitive : .stemmed
    }
}

/// A concept of the glossary: its terms in every language.
public struct Concept: Sendable, Equatable {
    /// The glossary's id for the concept.
    public var id: String
    public var terms: [Term]
    /// A definition or subject note, if the glossary has one.
    public var definition: String?

    public init(id: String, terms: [Term], definition: String? = nil) {
        self.id = id
        self.terms = terms
        self.definition = definition
    }

    /// The concept's name for people: its first preferred term in the language, else its first term.
    public func label(in language: String = "en") -> String {
        // By index: a review asks this for every flag with a concept, and a copied term retains its strings.
        var firstInLanguage: Int?
        for index in terms.indices where terms[index].language == language {
            if terms[index].status == .preferred { return terms[index].text }
            if firstInLanguage == nil { firstInLanguage = index }
        }
        return firstInLanguage.map { terms[$0].text } ?? terms.first?.text ?? id
    }
}

/// Something in a glossary file worth knowing that does not stop it from being read: a duplicate
/// concept id, an empty term, an unknown language.
public struct GlossaryWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var position: Position
    public var message: String
    public var description: String { "\(file):\(position): warning: \(message)" }
}

/// A multilingual glossary: concepts with their terms.
public struct Glossary: Sendable {
    /// Where the glossary came from.
    public var name: String
    public var concepts: [Concept]
    public var warnings: [GlossaryWarning]

    public init(name: String, concepts: [Concept], warnings: [GlossaryWarning] = []) {
        self.name = name
        self.concepts = concepts
        self.warnings = warnings
    }

    /// The languages the glossary has terms in.
    public var languages: [String] { Array(Set(concepts.flatMap { $0.terms.map(\.language) })).sorted() }

    /// Every term count.
    public var termCount: Int { concepts.reduce(0) { $0 + $1.terms.count } }
}

/// Why a glossary could not be read.
public struct GlossaryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var position: Position?
    public var message: String
    /// Exit status: 65, bad input data.
    public var exitCode: Int32 { 65 }

    public var description: String {
        if let position { return "\(file):\(position): \(message)" }
        return "\(file): \(message)"
    }
}
