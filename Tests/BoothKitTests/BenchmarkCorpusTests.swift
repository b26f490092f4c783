import Foundation
import Testing
import TestSupport
@testable import BoothKit

@Suite struct BenchmarkCorpusTests {
    private let sample = Array("MODERATOR: Secretary Blinken, the negotiations on security guarantees — 2022. Thank you.\n".utf8)

    private func words(_ text: [UInt8]) -> [String] {
        String(decoding: text, as: UTF8.self).split { !$0.isLetter }.map(String.init)
    }

    /// With a share of rare words, that share (about) of the words of five or more letters gets two more
    /// letters; shorter words, digits and punctuation stay; the same seed gives the same text.
    @Test func rareWordsLengthenLongWordsOnly() {
        let text = Array(repeating: sample, count: 200).flatMap { $0 }
        let changed = BenchmarkCorpus.lengthenWords(text, share: 0.3, seed: 7)
        #expect(changed == BenchmarkCorpus.lengthenWords(text, share: 0.3, seed: 7))
        #expect(BenchmarkCorpus.lengthenWords(text, share: 0, seed: 7) == text)
        let before = words(text), after = words(changed)
        #expect(before.count == after.count)
        var lengthened = 0, long = 0
        for (old, new) in zip(before, after) {
            #expect(new.hasPrefix(old))
            if old.count >= 5 { long += 1 } else { #expect(new == old) }
            if new != old {
                lengthened += 1
                #expect(new.count == old.count + 2 && new.suffix(2).allSatisfy { $0.isLowercase && $0.isASCII })
            }
        }
        #expect(Double(lengthened) / Double(long) > 0.2 && Double(lengthened) / Double(long) < 0.4)
        #expect(Set(after).count > Set(before).count * 10)
        let keep: (UInt8) -> Bool = { ($0 | 0x20) &- 0x61 >= 26 }
        #expect(changed.filter(keep) == text.filter(keep))  // digits, spaces, punctuation, UTF-8 untouched
    }

    /// The bench's corpus without rare words is what it always was: its figures compare across rounds.
    @Test func noRareWordsByDefault() {
        let plain = BenchmarkCorpus(seeds: [sample], targetBytes: 10_000)
        #expect(plain.texts == BenchmarkCorpus(seeds: [sample], targetBytes: 10_000, rareWords: 0).texts)
        #expect(plain.texts != BenchmarkCorpus(seeds: [sample], targetBytes: 10_000, rareWords: 0.5).texts)
    }
}

@Suite struct GeneratedGlossaryTests {
    /// The bench's glossaries are in the corpus's language: on Russian text, the ten real terms are
    /// Russian and are found (English ones would match nothing, and the bench would time an idle matcher);
    /// the large glossary finds the same matches, its generated terms never completing.
    @Test(arguments: [(["geneva", "stockholm", "karabakh"].map { "Tests/Fixtures/align/\($0)-ru.txt" }, "ru"),
                      (Fixtures.corpora, "en")])
    func glossariesAreInTheCorpusLanguage(files: [String], language: String) throws {
        let transcripts = try files.map { try transcript(file: $0) }
        #expect(transcripts.allSatisfy { $0.turns.allSatisfy { $0.language == language } })
        let texts = try files.map { try Fixtures.bytes($0) }
        let small = GeneratedGlossary.make(termCount: 10, vocabularyFrom: texts, language: language)
        let large = GeneratedGlossary.make(termCount: 2_000, vocabularyFrom: texts, language: language)
        #expect(small.concepts.count == 10 && large.concepts.count == 2_000)
        #expect(small.concepts.allSatisfy { $0.terms.allSatisfy { $0.language == language } })
        let smallMatcher = try TermMatcher(index: TermIndex(small)), largeMatcher = try TermMatcher(index: TermIndex(large))
        let found = try transcripts.map { try smallMatcher.matches(in: $0) }
        #expect(Set(found.joined().map(\.conceptIndex)).count >= 4)
        let foundLarge = try transcripts.map { try largeMatcher.matches(in: $0).map(\.range) }
        #expect(foundLarge == found.map { $0.map(\.range) })
    }
}
