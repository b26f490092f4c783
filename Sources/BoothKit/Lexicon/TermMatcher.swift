/// Finds glossary terms in transcripts: one pass over each sentence's words, whatever the glossary's
/// size. Not thread-safe (it owns ICU and Snowball handles and a stem cache): one matcher per thread,
/// all sharing one `TermIndex`.
///
/// A match never crosses a sentence, a turn or an event marker: each stretch of a sentence between
/// markers is matched alone. Where matches overlap, the longest (in words) wins; then exact over
/// inflected over variant; then the better status; then the earlier concept.
public final class TermMatcher {
    public let index: TermIndex
    /// Everything the matcher keeps for one language, looked up once per turn.
    private final class LanguageState {
        let index: TermIndex.LanguageIndex
        let tokenizer: TermTokenizer
        let functionWords: Set<[UInt8]>
        /// What the matcher knows of each folded word seen: its stem's id in the index (-1 when the stem
        /// is in no term) and whether it is a function word, packed in one value (`WordCache`).
        var wordCache = WordCache()

        init(index: TermIndex.LanguageIndex, tokenizer: TermTokenizer, functionWords: Set<[UInt8]>) {
            self.index = index
            self.tokenizer = tokenizer
            self.functionWords = functionWords
        }
    }

    private static let placeholder = WordCache(table: WordTable(capacity: 0))

    /// Folded word → (stem id + 1) << 1 | 1 if a function word: one lookup gives both, and the stem's
    /// text is the index's (`LanguageIndex.stemTexts`).
    private struct WordCache {
        var table = WordTable(capacity: 4096)

        static func value(stem: Int32, isFunction: Bool) -> Int32 { (stem + 1) << 1 | (isFunction ? 1 : 0) }
        static func stem(_ value: Int32) -> Int32 { (value >> 1) - 1 }
        static func isFunction(_ value: Int32) -> Bool { value & 1 == 1 }
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
        if let languageIndex = try index.index(for: language) {
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
        var scratch = Scratch()
        let text = transcript.normalized.bytes
        // Turns and sentences are read in place, by index: a copy of each would retain its arrays and
        // strings.
        let turns = transcript.turns
        for turn in turns.indices {
            guard let state = try state(for: LanguageCode.primary(turns[turn].language)) else { continue }
            // Taken out of the state for the turn (no exclusivity check per word) and put back after it.
            var cache = state.wordCache
            state.wordCache = Self.placeholder
            let languageIndex = state.index
            let sentences = turns[turn].sentences
            for sentence in sentences.indices {
                // Most sentences have no marker: one segment, and no array of them.
                let hasMarkers = !sentences[sentence].markers.isEmpty
                let segments = hasMarkers ? Self.segments(of: sentences[sentence]) : []
                for segmentIndex in 0..<(hasMarkers ? segments.count : 1) {
                    let segment = hasMarkers ? segments[segmentIndex] : sentences[sentence].range
                    guard !segment.isEmpty else { continue }
                    // Cleared, when full, between segments.
                    if cache.table.count >= Self.stemCacheLimit { cache.table.removeAll() }
                    match(segment, of: text, languageIndex, state, &cache, &scratch)
                    for found in scratch.chosen {
                        result.append(TermMatch(conceptIndex: found.concept, termIndex: found.term, kind: found.kind, range: found.range,
                                                form: found.form, turn: turns[turn].index, sentence: sentences[sentence].index))
                    }
                }
            }
            state.wordCache = cache
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

    /// Buffers reused from one segment to the next; `chosen` holds a segment's matches, in text order.
    private struct Scratch {
        var key: [UInt8] = []  // the segment folded
        var words: [Range<Int>] = []  // its words, in `key`
        var ids: [Int32] = []
        var isFunction: [Bool] = []
        var candidates: [Candidate] = []
        var taken: [Bool] = []
        var chosen: [(concept: Int, term: Int, kind: MatchKind, range: Range<Int>, form: String)] = []
    }

    private func match(_ segment: Range<Int>, of text: [UInt8], _ languageIndex: TermIndex.LanguageIndex,
                       _ state: LanguageState, _ cache: inout WordCache, _ scratch: inout Scratch) {
        // (Most segments have no match: an empty buffer is left alone, not put through the generic
        // removal, a few hundred instructions even when there is nothing to remove.)
        if !scratch.chosen.isEmpty { scratch.chosen.removeAll(keepingCapacity: true) }
        let tokenizer = state.tokenizer
        guard let map = try? tokenizer.fold(text, segment, into: &scratch.key) else { return }
        tokenizer.words(in: scratch.key, 0..<scratch.key.count, into: &scratch.words)
        let key = scratch.key, words = scratch.words
        guard !words.isEmpty else { return }
        // Each word's stem id and function-word status, from the cache (stemmed and looked up in the index
        // the first time the word is seen). (The buffers only grow: every place below the word count is
        // written, and no place above it is read.)
        Self.grow(&scratch.ids, to: words.count, with: -1)
        Self.grow(&scratch.isFunction, to: words.count, with: false)
        key.withUnsafeBufferPointer { key in
            scratch.ids.withUnsafeMutableBufferPointer { ids in
                scratch.isFunction.withUnsafeMutableBufferPointer { isFunction in
                    for (position, word) in words.enumerated() {
                        let hash = FNV1a.hash(UnsafeBufferPointer(rebasing: key[word]))
                        let value: Int32
                        if let known = cache.table.value(key, word, hash: hash) {
                            value = known
                        } else {
                            let bytes = Array(key[word])
                            value = WordCache.value(stem: languageIndex.stems[tokenizer.stem(bytes)] ?? -1,
                                                    isFunction: state.functionWords.contains(bytes))
                            cache.table.insert(key, word, hash: hash, value: value)
                        }
                        ids[position] = WordCache.stem(value)
                        isFunction[position] = WordCache.isFunction(value)
                    }
                }
            }
        }
        let ids = scratch.ids, isFunction = scratch.isFunction

        if !scratch.candidates.isEmpty { scratch.candidates.removeAll(keepingCapacity: true) }
        for first in words.indices where ids[first] >= 0 {
            // Whole terms, word by word.
            var node: Int32 = 0
            var end = first
            while end < words.count, end - first < languageIndex.longestTerm, ids[end] >= 0,
                  let next = languageIndex.full.next(node, ids[end]) {
                node = next
                end += 1
                for position in languageIndex.full.entryPositions(of: node) {
                    let entryIndex = languageIndex.full.entry(at: position)
                    guard let kind = classify(entryIndex, in: languageIndex, words: words[first..<end], key: key, text: text,
                                              segment: segment, map: map)
                    else { continue }
                    let entry = languageIndex.entries[entryIndex]
                    scratch.candidates.append(Candidate(first: first, end: end, entry: entryIndex, kind: kind,
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
                for position in languageIndex.content.entryPositions(of: node) {
                    let entryIndex = languageIndex.content.entry(at: position)
                    let entry = languageIndex.entries[entryIndex]
                    scratch.candidates.append(Candidate(first: first, end: end, entry: entryIndex, kind: .variant,
                                                        status: entry.status, concept: entry.concept))
                }
            }
        }
        guard !scratch.candidates.isEmpty else { return }
        scratch.candidates.sort {
            ($1.end - $1.first, $0.kind, $0.status, $0.concept, $0.first)
                < ($0.end - $0.first, $1.kind, $1.status, $1.concept, $1.first)
        }
        Self.grow(&scratch.taken, to: words.count, with: false)
        scratch.taken.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<words.count]).update(repeating: false) }
        for candidate in scratch.candidates where !scratch.taken[candidate.first..<candidate.end].contains(true) {
            for index in candidate.first..<candidate.end { scratch.taken[index] = true }
            let keyRange = words[candidate.first].lowerBound..<words[candidate.end - 1].upperBound
            let local = map.sourceRange(forTarget: keyRange)
            let entry = languageIndex.entries[candidate.entry]
            func stemText(_ index: Int) -> String {
                ids[index] >= 0 ? languageIndex.stemTexts[Int(ids[index])] : String(decoding: key[words[index]], as: UTF8.self)
            }
            // Most terms are one word: its stem's text is shared, not joined into a new string.
            let form = candidate.end - candidate.first == 1
                ? stemText(candidate.first)
                : (candidate.first..<candidate.end).map(stemText).joined(separator: " ")
            scratch.chosen.append((entry.concept, entry.term, candidate.kind,
                                   (segment.lowerBound + local.lowerBound)..<(segment.lowerBound + local.upperBound), form))
        }
        scratch.chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Makes `array` at least `count` long, new places set to `filler`.
    private static func grow<Element>(_ array: inout [Element], to count: Int, with filler: Element) {
        if array.count < count { array.append(contentsOf: repeatElement(filler, count: count - array.count)) }
    }

    /// Exact or inflected for a whole-term hit; nil when the term's matching rule refuses it.
    private func classify(_ entryIndex: Int, in languageIndex: TermIndex.LanguageIndex, words: ArraySlice<Range<Int>>,
                          key: [UInt8], text: [UInt8], segment: Range<Int>, map: EditMap) -> MatchKind? {
        let entry = languageIndex.entries[entryIndex]
        switch entry.matching {
        case .stemmed:
            return Self.sameWords(words, key, entry, languageIndex.keyBytes) ? .exact : .inflected
        case .exact:
            return Self.sameWords(words, key, entry, languageIndex.keyBytes) ? .exact : nil
        case .caseSensitive:
            let writtenWords = languageIndex.writtenWords[entryIndex]
            guard words.count == writtenWords.count else { return nil }
            for (word, written) in zip(words, writtenWords) {
                let local = map.sourceRange(forTarget: word)
                let shown = text.string((segment.lowerBound + local.lowerBound)..<(segment.lowerBound + local.upperBound))
                guard shown == written || shown == written + "'s" || shown == written + "’s" else { return nil }
            }
            return .exact
        }
    }

    /// Whether the words `key[words]` are the entry's key words (`keyBytes`: words separated by a space).
    private static func sameWords(_ words: ArraySlice<Range<Int>>, _ key: [UInt8], _ entry: TermIndex.Entry, _ keyBytes: [UInt8]) -> Bool {
        guard words.count == Int(entry.wordCount),
              words.reduce(words.count - 1, { $0 + $1.count }) == Int(entry.keyLength) else { return false }
        var at = Int(entry.keyStart)
        for word in words {
            guard key[word].elementsEqual(keyBytes[at..<(at + word.count)]) else { return false }
            at += word.count + 1
        }
        return true
    }
}
