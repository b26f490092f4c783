import Synchronization

/// A glossary compiled for matching: per language, a trie over the stems of each term's words, and one
/// over its content words only (for variant matches). Shared by every matcher; each language's part is
/// built the first time a matcher asks for it (a run over English transcripts builds no Russian,
/// French, Spanish… tries: with seven languages in the bundled glossary, building them all was most of
/// its start-up), once, under a lock.
///
/// Stems are interned to integers, so a trie step (`StemTrie`) is an array read or a hash probe whatever
/// the glossary's size, and text words whose stems are in no term are rejected with one look-up too.
public struct TermIndex: Sendable {
    /// One term of one concept. Plain values only, so the matcher reads an entry per trie hit without
    /// touching a reference count; the term's words are in `LanguageIndex.keyBytes` and `writtenWords`.
    struct Entry: Sendable {
        let concept: Int
        let term: Int
        /// The term's words in key form (for telling exact from inflected): `keyBytes[keyStart...]`,
        /// `wordCount` words separated by single spaces (a word never holds one).
        var keyStart: Int32 = 0
        var keyLength: Int32 = 0
        var wordCount: Int32 = 0
        let matching: TermMatching
        let status: TermStatus
    }

    struct LanguageIndex: Sendable {
        var stems: [[UInt8]: Int32] = [:]
        var functionStems: Set<Int32> = []
        var full = StemTrie()
        var content = StemTrie()
        var entries: [Entry] = []
        /// Every entry's key words, end to end (`Entry.keyStart`).
        var keyBytes: [UInt8] = []
        /// Each entry's words as written, for case-sensitive terms; by entry.
        var writtenWords: [[String]] = []
        var longestTerm = 0
        /// Each stem's text, by id (after `freeze`): the rendering a match records.
        var stemTexts: [String] = []

        /// Adds a term, whose words are `keyWords` in key form and `written` as written: its stems to both
        /// tries (content words only to the second).
        mutating func add(_ entry: Entry, keyWords: [[UInt8]], written: [String], stems words: [[UInt8]], isFunction: [Bool]) {
            var entry = entry
            entry.keyStart = Int32(keyBytes.count)
            for (position, word) in keyWords.enumerated() {
                if position > 0 { keyBytes.append(0x20) }
                keyBytes.append(contentsOf: word)
            }
            entry.keyLength = Int32(keyBytes.count) - entry.keyStart
            entry.wordCount = Int32(keyWords.count)
            writtenWords.append(written)
            let stems = words.map { stem -> Int32 in
                if let id = self.stems[stem] { return id }
                let id = Int32(self.stems.count)
                self.stems[stem] = id
                return id
            }
            for (stem, function) in zip(stems, isFunction) where function { functionStems.insert(stem) }
            let index = entries.count
            entries.append(entry)
            full.insert(stems, entry: index)
            let content = zip(stems, isFunction).filter { !$0.1 }.map(\.0)
            if entry.matching == .stemmed, content.count >= 2 { self.content.insert(content, entry: index) }
            longestTerm = max(longestTerm, stems.count)
        }

        mutating func freeze() {
            full.freeze(stemCount: stems.count)
            content.freeze(stemCount: stems.count)
            stemTexts = [String](repeating: "", count: stems.count)
            for (stem, id) in stems { stemTexts[Int(id)] = String(decoding: stem, as: UTF8.self) }
        }
    }

    public let glossary: Glossary
    /// Function words per language (Lexicons/function-words.txt).
    let functionWords: [String: Set<String>]
    /// The languages of the glossary's terms (primary codes).
    private let termLanguages: Set<String>
    /// The languages built so far.
    private let built: BuiltLanguages

    /// The language indexes built so far; one lock, taken once per language per matcher.
    private final class BuiltLanguages: Sendable {
        let indexes = Mutex<[String: LanguageIndex]>([:])
    }

    /// Prepares a glossary for matching: each language's tries are built when first asked for
    /// (`index(for:)`), or now for the languages given.
    /// - Complexity: O(total length of the terms of the languages built).
    public init(_ glossary: Glossary, building languages: [String] = []) throws(SegmentationError) {
        self.glossary = glossary
        let list = SectionedList(BundledLexicons.text(named: "function-words.txt") ?? "")
        var functionWords: [String: Set<String>] = [:]
        for (name, entries) in list.sections { functionWords[name, default: []].formUnion(entries.map { $0.text.lowercased() }) }
        self.functionWords = functionWords
        termLanguages = Set(glossary.concepts.flatMap { $0.terms.map { LanguageCode.primary($0.language) } })
        built = BuiltLanguages()
        for language in languages { _ = try index(for: language) }
    }

    /// The languages the index can match.
    public var matchableLanguages: [String] { termLanguages.sorted() }

    /// A language's tries, built on first use; nil for a language the glossary has no term in.
    func index(for language: String) throws(SegmentationError) -> LanguageIndex? {
        let language = LanguageCode.primary(language)
        guard termLanguages.contains(language) else { return nil }
        let glossary = glossary, functionWords = functionWords
        let result: Result<LanguageIndex, SegmentationError> = built.indexes.withLock { indexes in
            if let known = indexes[language] { return .success(known) }
            do throws(SegmentationError) {
                let index = try Self.build(language, of: glossary, functionWords: functionWords)
                indexes[language] = index
                return .success(index)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The tries of the glossary's terms in one language (entries in the glossary's order of concepts
    /// and terms).
    private static func build(_ language: String, of glossary: Glossary,
                              functionWords: [String: Set<String>]) throws(SegmentationError) -> LanguageIndex {
        let tokenizer = try TermTokenizer(language: language, folder: try KeyFolder.shared())
        var index = LanguageIndex()
        for (conceptIndex, concept) in glossary.concepts.enumerated() {
            for (termIndex, term) in concept.terms.enumerated() where LanguageCode.primary(term.language) == language {
                let words = tokenizer.keyWords(of: term.text)
                guard !words.isEmpty else { continue }
                let isFunction = words.map { functionWords[language]?.contains(String(decoding: $0, as: UTF8.self)) == true }
                index.add(Entry(concept: conceptIndex, term: termIndex, matching: term.matching, status: term.status),
                          keyWords: words, written: tokenizer.writtenWords(of: term.text),
                          stems: words.map { tokenizer.stem($0) }, isFunction: isFunction)
            }
        }
        index.freeze()
        return index
    }
}

/// Folds and splits a term or text into words, and stems them, for one language. One per thread.
final class TermTokenizer {
    let language: String
    private let folder: KeyFolder
    private let breaker: ICUWordBreaker
    private let stemmer: Stemmer?

    /// Elided articles and pronouns joined to the next word by an apostrophe (UAX #29 keeps "l'OTAN" one
    /// word): for French and Italian they are cut off, so that "l'OTAN" matches OTAN and "dell'Unione
    /// europea" Unione europea. In key form, longest first.
    private let elisions: [[UInt8]]

    /// Each language's elisions, longest first where one ends another.
    static let elisionsByLanguage: [String: [String]] = [
        "fr": ["jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "qu'", "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'"],
        "it": ["dell'", "dall'", "nell'", "sull'", "all'", "coll'", "quest'", "quell'", "tutt'", "anch'", "un'", "l'", "d'", "c'"],
    ]

    init(language: String, folder: KeyFolder) throws(SegmentationError) {
        self.language = language
        self.folder = folder
        breaker = try ICUWordBreaker(locale: language)
        stemmer = Stemmer(language: language)
        elisions = (Self.elisionsByLanguage[language] ?? []).map { Array($0.utf8) }
    }

    /// The words of a term, folded.
    func keyWords(of text: String) -> [[UInt8]] {
        guard let folded = try? folder.fold(Array(text.utf8)).text else { return [] }
        return words(in: folded, 0..<folded.count).map { Array(folded[$0]) }
    }

    /// The words of a term as written.
    func writtenWords(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        return words(in: bytes, 0..<bytes.count).map { bytes.string($0) }
    }

    /// The words of text, as ranges: ICU's word break, or its ASCII equivalent where that applies.
    func words(in folded: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var words = PlainWords.words(in: folded, range) ?? breaker.words(in: folded, range)
        cutElisions(&words, in: folded)
        return words
    }

    /// Each word without an elided article or pronoun before it ("l'otan" → "otan").
    private func cutElisions(_ words: inout [Range<Int>], in folded: [UInt8]) {
        guard !elisions.isEmpty else { return }
        for index in words.indices {
            let word = words[index]
            guard word.count > 2, folded[word.lowerBound..<min(word.upperBound, word.lowerBound + 8)].contains(0x27) else { continue }
            if let elision = elisions.first(where: { $0.count < word.count && folded[word].starts(with: $0) }) {
                words[index] = (word.lowerBound + elision.count)..<word.upperBound
            }
        }
    }

    /// The stem of a folded word (the word itself where Snowball has no stemmer for the language).
    func stem(_ word: [UInt8]) -> [UInt8] { stemmer?.stem(word[...]) ?? word }
    func stem(_ word: ArraySlice<UInt8>) -> [UInt8] { stemmer?.stem(word) ?? Array(word) }

    /// Folds `text[range]` into `key` (reused by the caller); the map goes back to offsets from the range's start.
    func fold(_ text: [UInt8], _ range: Range<Int>, into key: inout [UInt8]) throws(NormalizationError) -> EditMap {
        try folder.fold(text, range, into: &key)
    }

    /// The words of folded text, appended to `words` (reused by the caller).
    func words(in folded: [UInt8], _ range: Range<Int>, into words: inout [Range<Int>]) {
        words.removeAll(keepingCapacity: true)
        if !PlainWords.words(in: folded, range, into: &words) {
            words = breaker.words(in: folded, range)
        }
        cutElisions(&words, in: folded)
    }
}
