/// Finds glossary terms in transcripts: one pass over each sentence's words, whatever the glossary's
/// size. Not thread-safe (it owns ICU and Snowball handles and a stem cache): one matcher per thread,
/// all sharing one `TermIndex`.
///
/// A match never crosses a sentence, a turn or an event marker: each stretch of a sentence between
/// markers is matched alone. Where matches overlap, the longest (in words) wins; then exact over
/// inflected over variant; then the better status; then the earlier concept.
public final class TermMatcher {
    public let index: TermIndex
    /// What the matcher knows of a folded word: its interned stem id (-1 when the stem is in no term)
    /// and whether it is a function word; and the stem's text, for the rendering a match records.
    private struct WordFacts { var stem: Int32; var isFunction: Bool; var stemText: String }

    /// Everything the matcher keeps for one language, looked up once per turn.
    private final class LanguageState {
        let index: TermIndex.LanguageIndex
        let tokenizer: TermTokenizer
        let functionWords: Set<[UInt8]>
        /// Folded word → its facts, keyed by a hash of the word's bytes (so a lookup needs no array
        /// made per word), the word kept to rule out collisions.
        var cache: [UInt64: (word: [UInt8], facts: WordFacts)] = [:]

        init(index: TermIndex.LanguageIndex, tokenizer: TermTokenizer, functionWords: Set<[UInt8]>) {
            self.index = index
            self.tokenizer = tokenizer
            self.functionWords = functionWords
        }
    }

    /// Words remembered per language before the cache starts afresh (it follows the vocabulary, not the
    /// corpus, but an archive's vocabulary has a long tail).
    private static let stemCacheLimit = 200_000
    /// Per language; nil for a language the glossary does not have.
    private var states: [String: LanguageState?] = [:]
    private let folder: KeyFolder

    public init(index: TermIndex) throws(SegmentationError) {
        self.index = index
        folder = try KeyFolder.shared()
    }

    private func state(for language: String) throws(SegmentationError) -> LanguageState? {
        if let known = states[language] { return known }
        var state: LanguageState?
        if let languageIndex = index.index(for: language) {
            state = LanguageState(index: languageIndex,
                                  tokenizer: try TermTokenizer(language: language, folder: folder),
                                  functionWords: Set((index.functionWords[language] ?? []).map { Array($0.utf8) }))
        }
        states[language] = state
        return state
    }

    private struct Candidate {
        var first: Int, end: Int  // word indices, end exclusive
        var entry: Int
        var kind: MatchKind
        var status: TermStatus
        var concept: Int
    }

    /// Every match in the transcript, in text order.
    public func matches(in transcript: Transcript) throws(SegmentationError) -> [TermMatch] {
        var result: [TermMatch] = []
        for turn in transcript.turns {
            guard let state = try state(for: LanguageCode.primary(turn.language)) else { continue }
            for sentence in turn.sentences {
                for segment in Self.segments(of: sentence) {
                    result += match(segment, of: transcript.normalized.bytes, state).map {
                        TermMatch(conceptIndex: $0.concept, termIndex: $0.term, kind: $0.kind, range: $0.range,
                                  form: $0.form, turn: turn.index, sentence: sentence.index)
                    }
                }
            }
        }
        return result
    }

    /// The stretches of a sentence between its markers.
    static func segments(of sentence: Sentence) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = sentence.range.lowerBound
        for marker in sentence.markers.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if marker.range.lowerBound > start { segments.append(start..<marker.range.lowerBound) }
            start = max(start, marker.range.upperBound)
        }
        if start < sentence.range.upperBound { segments.append(start..<sentence.range.upperBound) }
        return segments
    }

    private func match(_ segment: Range<Int>, of text: [UInt8], _ state: LanguageState)
        -> [(concept: Int, term: Int, kind: MatchKind, range: Range<Int>, form: String)] {
        let languageIndex = state.index, tokenizer = state.tokenizer
        let display = Array(text[segment])
        guard let (key, map) = try? tokenizer.fold(display) else { return [] }
        let words = tokenizer.words(in: key, 0..<key.count)
        guard !words.isEmpty else { return [] }
        var ids: [Int32] = []
        var isFunction: [Bool] = []
        var hashes: [UInt64] = []
        hashes.reserveCapacity(words.count)
        ids.reserveCapacity(words.count)
        isFunction.reserveCapacity(words.count)
        for word in words {
            let slice = key[word]
            let hash = FNV1a.hash(slice)
            hashes.append(hash)
            let facts: WordFacts
            if let known = state.cache[hash], known.word.elementsEqual(slice) {
                facts = known.facts
            } else {
                let bytes = Array(slice)
                let stem = tokenizer.stem(bytes)
                facts = WordFacts(stem: languageIndex.stems[stem] ?? -1, isFunction: state.functionWords.contains(bytes),
                                  stemText: String(decoding: stem, as: UTF8.self))
                if state.cache.count >= Self.stemCacheLimit { state.cache.removeAll(keepingCapacity: true) }
                if state.cache[hash] == nil { state.cache[hash] = (bytes, facts) }
            }
            ids.append(facts.stem)
            isFunction.append(facts.isFunction)
        }

        var candidates: [Candidate] = []
        for first in words.indices where ids[first] >= 0 {
            // Whole terms, word by word.
            var node: Int32 = 0
            var end = first
            while end < words.count, end - first < languageIndex.longestTerm, ids[end] >= 0,
                  let next = languageIndex.full.next(node, ids[end]) {
                node = next
                end += 1
                for entryIndex in languageIndex.full.entries[Int(node)] {
                    let entry = languageIndex.entries[entryIndex]
                    guard let kind = classify(entry, words: Array(words[first..<end]), key: key, display: display, map: map)
                    else { continue }
                    candidates.append(Candidate(first: first, end: end, entry: entryIndex, kind: kind,
                                                status: entry.status, concept: entry.concept))
                }
            }
            // Content words only, function words skipped in between.
            guard !isFunction[first] else { continue }
            node = 0
            end = first
            while end < words.count, end - first < languageIndex.longestTerm + 3 {
                if isFunction[end] { end += 1; continue }
                guard ids[end] >= 0, let next = languageIndex.content.next(node, ids[end]) else { break }
                node = next
                end += 1
                for entryIndex in languageIndex.content.entries[Int(node)] {
                    let entry = languageIndex.entries[entryIndex]
                    candidates.append(Candidate(first: first, end: end, entry: entryIndex, kind: .variant,
                                                status: entry.status, concept: entry.concept))
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        candidates.sort {
            ($1.end - $1.first, $0.kind, $0.status, $0.concept, $0.first)
                < ($0.end - $0.first, $1.kind, $1.status, $1.concept, $1.first)
        }
        var taken = [Bool](repeating: false, count: words.count)
        var chosen: [(concept: Int, term: Int, kind: MatchKind, range: Range<Int>, form: String)] = []
        for candidate in candidates where !taken[candidate.first..<candidate.end].contains(true) {
            for index in candidate.first..<candidate.end { taken[index] = true }
            let keyRange = words[candidate.first].lowerBound..<words[candidate.end - 1].upperBound
            let local = map.sourceRange(forTarget: keyRange)
            let entry = languageIndex.entries[candidate.entry]
            let form = (candidate.first..<candidate.end).map { index -> String in
                let word = key[words[index]]
                guard ids[index] >= 0 else { return String(decoding: word, as: UTF8.self) }
                if let known = state.cache[hashes[index]], known.word.elementsEqual(word) { return known.facts.stemText }
                return String(decoding: tokenizer.stem(Array(word)), as: UTF8.self)
            }.joined(separator: " ")
            chosen.append((entry.concept, entry.term, candidate.kind,
                           (segment.lowerBound + local.lowerBound)..<(segment.lowerBound + local.upperBound), form))
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Exact or inflected for a whole-term hit; nil when the term's matching rule refuses it.
    private func classify(_ entry: TermIndex.Entry, words: [Range<Int>], key: [UInt8], display: [UInt8],
                          map: EditMap) -> MatchKind? {
        let same = words.count == entry.keyWords.count
            && zip(words, entry.keyWords).allSatisfy { key[$0.0].elementsEqual($0.1) }
        switch entry.matching {
        case .stemmed:
            return same ? .exact : .inflected
        case .exact:
            return same ? .exact : nil
        case .caseSensitive:
            guard words.count == entry.writtenWords.count else { return nil }
            for (word, written) in zip(words, entry.writtenWords) {
                let shown = display.string(map.sourceRange(forTarget: word))
                guard shown == written || shown == written + "'s" || shown == written + "’s" else { return nil }
            }
            return .exact
        }
    }
}
