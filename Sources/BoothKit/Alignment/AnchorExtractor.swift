/// Turns the sentences of a transcript into `AlignmentUnit`s: lengths and anchors (glossary concepts,
/// numbers in digits or words, names compared across scripts through ICU transliteration).
final class AnchorExtractor {
    private let transliterator: Transliterator?
    private let numberWords: [String: String]
    private let numberPrefixes: [(String, String)]

    init() {
        transliterator = Transliterator(id: "Any-Latin; Latin-ASCII; Lower")
        var words: [String: String] = [:]
        var prefixes: [(String, String)] = []
        for (_, entry) in BundledLexicons.entries(ofList: BundledLexicons.text(named: "number-words.txt") ?? "") {
            guard let pair = SectionedList.keyValue(entry) else { continue }
            for word in pair.value.split(separator: ",").map({ $0.trimming([" "]).lowercased() }) where !word.isEmpty {
                if word.hasSuffix("*") { prefixes.append((String(word.dropLast()), pair.key)) } else { words[word] = pair.key }
            }
        }
        numberWords = words
        numberPrefixes = prefixes.sorted { $0.0.count > $1.0.count }
    }

    /// The units of every sentence of the transcript, in order.
    func units(of transcript: Transcript, matches: [TermMatch]) -> [AlignmentUnit] {
        var units: [AlignmentUnit] = []
        var conceptsBySentence: [Int: [Int: Set<Int>]] = [:]
        for match in matches { conceptsBySentence[match.turn, default: [:]][match.sentence, default: []].insert(match.conceptIndex) }
        for turn in transcript.turns {
            for sentence in turn.sentences {
                var text = transcript.text(in: sentence.range)
                // Leave markers out of the length and the anchors.
                for marker in sentence.markers.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                    let local = (marker.range.lowerBound - sentence.range.lowerBound)..<(marker.range.upperBound - sentence.range.lowerBound)
                    var bytes = Array(text.utf8)
                    bytes.replaceSubrange(local, with: [0x20])
                    text = String(decoding: bytes, as: UTF8.self)
                }
                let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
                units.append(AlignmentUnit(
                    id: units.count, turn: turn.index, sentence: sentence.index, range: sentence.range,
                    length: text.filter { !$0.isWhitespace }.count,
                    concepts: conceptsBySentence[turn.index]?[sentence.index] ?? [],
                    numbers: numbers(in: words), names: names(in: words),
                    isQuestion: text.trimming([" "]).hasSuffix("?"),
                    gaps: sentence.markers.filter(\.kind.isGap)))
            }
        }
        return units
    }

    private func numbers(in words: [String]) -> Set<String> {
        var found = Set<String>()
        for word in words {
            let lower = word.lowercased()
            if lower.allSatisfy({ $0.isASCII && $0.isNumber }) { found.insert(String(lower.drop { $0 == "0" }.isEmpty ? "0" : lower.drop { $0 == "0" })); continue }
            if let value = numberWords[lower] { found.insert(value); continue }
            if lower.count >= 4, let match = numberPrefixes.first(where: { lower.hasPrefix($0.0) }) { found.insert(match.1) }
        }
        return found
    }

    /// Capitalized words (not the first of the sentence) as consonant keys of their transliteration.
    private func names(in words: [String]) -> Set<String> {
        var keys = Set<String>()
        for word in words.dropFirst() where word.count >= 3 && word.first!.isUppercase && !word.allSatisfy({ $0.isUppercase }) {
            if let key = nameKey(of: word) { keys.insert(key) }
        }
        return keys
    }

    /// The consonant key of a name in any script ("Блинкен", "BLINKEN" and "Blinken" all give "bln").
    func nameKey(of name: String) -> String? {
        Self.nameKey(transliterator?.transliterate(name) ?? name.lowercased())
    }

    /// The first three consonant sounds of a Latin-script word: "blinken" → "bln", "khel'sinkskij" and
    /// "helsinki" → "hls".
    static func nameKey(_ latin: String) -> String? {
        var text = latin.lowercased().filter { $0.isLetter }
        for (from, to) in [("kh", "h"), ("zh", "j"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("ph", "f"), ("ck", "k"), ("w", "v")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        var key = ""
        for character in text where !"aeiouy'".contains(character) {
            if key.last != character { key.append(character) }
            if key.count == 3 { break }
        }
        return key.count >= 2 ? key : nil
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
