/// Tells apart the Latin-script languages Booth has segmentation rules for — English, French, German,
/// Spanish, Italian, Portuguese — by counting their most frequent words (`Lexicons/language-words.txt`) among a text's first
/// words: a turn's script says only "Latin", and a French turn read with English rules and English stems
/// is split and matched wrongly.
///
/// Conservative by design: another language than English wins only on clear evidence (at least
/// `minimumVotes` of its words, outnumbering the English ones two to one); a text with too few words to
/// tell gets no verdict, and the caller decides (`TranscriptParser` gives it the language of the file's
/// other turns).
struct LatinLanguageVote: Sendable {
    /// Section names of the word list, in order; a word's value in `words` has bit i set when it is a
    /// word of `languages[i]`.
    let languages: [String]
    private let words: WordTable
    private let english: Int?

    static let minimumVotes = 3
    /// Words read at most, and bytes: enough for a clear verdict, and a bound on the cost per turn.
    static let maximumWords = 120
    static let maximumBytes = 1024
    /// Reading stops early once one language has this many votes and four times any other's: the verdict
    /// is clear (English prose gets there in twenty to thirty words).
    static let clearVotes = 8

    /// The bundled list.
    static let bundled = LatinLanguageVote(listText: BundledLexicons.text(named: "language-words.txt") ?? "")

    init(listText: String) {
        var table = WordTable(capacity: 256)
        var languages: [String] = []
        var masks: [[UInt8]: Int32] = [:]
        for section in SectionedList(listText).sections where !section.name.isEmpty && languages.count < 31 {
            let bit = Int32(1) << Int32(languages.count)
            languages.append(section.name)
            for entry in section.entries { masks[Array(entry.text.lowercased().utf8), default: 0] |= bit }
        }
        for (word, mask) in masks {
            word.withUnsafeBufferPointer { table.insert($0, 0..<$0.count, hash: FNV1a.hash($0), value: mask) }
        }
        self.languages = languages
        words = table
        english = languages.firstIndex(of: "en")
    }

    /// The language the first words of `text[ranges]` are in, or nil when they do not tell.
    func language(of text: [UInt8], in ranges: [Range<Int>]) -> String? {
        let votes = count(text, ranges)
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[best] >= Self.minimumVotes else { return nil }
        if best == english { return languages[best] }
        // Another language needs twice the English votes, and a clear lead over the third.
        let englishVotes = english.map { votes[$0] } ?? 0
        guard votes[best] >= 2 * englishVotes,
              votes.indices.allSatisfy({ $0 == best || votes[$0] * 2 <= votes[best] || $0 == english }) else {
            return englishVotes >= Self.minimumVotes ? "en" : nil
        }
        return languages[best]
    }

    /// Each language's votes among the first words (letters of ASCII and Latin-1, À–ÿ, lowered), up to
    /// `maximumWords` or `maximumBytes`, or until one language's lead is clear (`clearVotes`).
    func count(_ text: [UInt8], _ ranges: [Range<Int>]) -> [Int] {
        var votes = [Int](repeating: 0, count: languages.count)
        var word = [UInt8](repeating: 0, count: 32)
        var seenWords = 0, budget = Self.maximumBytes
        text.withUnsafeBufferPointer { text in
            word.withUnsafeMutableBufferPointer { word in
                for range in ranges where budget > 0 && seenWords < Self.maximumWords {
                    let end = min(range.upperBound, range.lowerBound + budget)
                    budget -= end - range.lowerBound
                    var index = range.lowerBound, length = 0
                    func close() {
                        if length > 0, length <= word.count {
                            let buffer = UnsafeBufferPointer(word)
                            seenWords += 1
                            if let mask = words.value(buffer, 0..<length, hash: FNV1a.hash(UnsafeBufferPointer(rebasing: buffer[..<length]))) {
                                for language in votes.indices where mask & (1 << Int32(language)) != 0 {
                                    votes[language] += 1
                                    if votes[language] >= Self.clearVotes,
                                       votes.indices.allSatisfy({ $0 == language || votes[$0] * 4 <= votes[language] }) {
                                        seenWords = Self.maximumWords  // clear: read no further
                                    }
                                }
                            }
                        }
                        length = 0
                    }
                    while index < end && seenWords < Self.maximumWords {
                        let byte = text[index]
                        if (byte | 0x20) &- 0x61 < 26 {
                            if length < word.count { word[length] = byte | 0x20 }
                            length += 1
                            index += 1
                        } else if byte == 0xC3, index + 1 < end, text[index + 1] &- 0x80 < 0x40, text[index + 1] != 0x97, text[index + 1] != 0xB7 {
                            // À–ÿ but × and ÷: capitals (80–9E) lowered by 0x20.
                            let trail = text[index + 1]
                            if length + 1 < word.count {
                                word[length] = 0xC3
                                word[length + 1] = trail < 0x9F ? trail + 0x20 : trail
                            }
                            length += 2
                            index += 2
                        } else {
                            close()
                            index += 1
                        }
                    }
                    close()
                }
            }
        }
        return votes
    }
}
