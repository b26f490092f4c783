/// Glossaries for the glossary-size benchmark, in the corpus's language. Both sizes hold the same ten real
/// terms (so both find the same matches and do the same output work); the large one adds generated terms
/// that start with a real word of the sample text — so the matcher walks into them — and go on with
/// made-up words, so they never complete. What differs is only the size of what the matcher searches.
public enum GeneratedGlossary {
    /// Real terms of the sample corpora (Corpora/ and the Russian texts of Tests/Fixtures/align), by
    /// language; a language not here gets generated terms only.
    static let realTerms: [String: [String]] = [
        "en": ["OSCE", "NATO", "Minsk agreements", "security guarantees", "Secretary of State",
               "Strategic Stability Dialogue", "territorial integrity", "diplomacy", "Ukraine", "aggression"],
        "ru": ["ОБСЕ", "НАТО", "Минские соглашения", "гарантии безопасности", "стратегическая стабильность",
               "Украина", "агрессия", "Россия", "переговоры", "Нагорный Карабах"],
    ]

    /// A glossary of `termCount` terms in `language` (the language the corpus's turns are in: terms of
    /// another language would match nothing), the generated ones built on words of `texts`.
    public static func make(termCount: Int, vocabularyFrom texts: [[UInt8]], language: String = "en", seed: UInt64 = 42) -> Glossary {
        var concepts = (realTerms[language] ?? []).prefix(termCount).enumerated().map {
            Concept(id: "real\($0.offset)", terms: [Term(text: $0.element, language: language)])
        }
        var words = Set<String>()
        for text in texts.prefix(50) {
            for word in String(decoding: text, as: UTF8.self).split(whereSeparator: { !$0.isLetter }) where word.count > 2 {
                words.insert(word.lowercased())
            }
        }
        let real = words.sorted()
        var generator = SplitMix64(seed: seed)
        while concepts.count < termCount {
            let length = Int(generator.next() % 3) + 2
            var parts: [String] = []
            if !real.isEmpty { parts.append(real[Int(generator.next() % UInt64(real.count))]) }
            while parts.count < length { parts.append("zq\(generator.next() % 1_000_000)x") }
            concepts.append(Concept(id: "g\(concepts.count)", terms: [Term(text: parts.joined(separator: " "), language: language)]))
        }
        return Glossary(name: "generated-\(termCount)", concepts: concepts)
    }
}

/// A small, fast, seedable random number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
