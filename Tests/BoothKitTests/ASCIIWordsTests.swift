import Testing
import TestSupport
@testable import BoothKit

@Suite struct ASCIIWordsTests {
    static let languages = ["en", "ru", "fr", "de", "es"]

    /// Random ASCII text, heavy in the characters the rules are about, gives ICU's words exactly.
    @Test(arguments: languages)
    func randomASCIIGivesICUsWords(_ language: String) throws {
        let breaker = try ICUWordBreaker(locale: language)
        let alphabet = Array("aZ9.',;:_- \n\t\"!?()/&%$#@*+=<>[]{}|\\~`^".utf8) + Array("abcXYZ0123456789".utf8)
        var generator = SplitMix64(seed: 29)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 24)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let fast = ASCIIWords.words(in: text, 0..<text.count)
            if text.contains(0x5F) { #expect(fast == nil); continue }
            #expect(fast == breaker.words(in: text, 0..<text.count), "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    /// Every ASCII sentence of the sample transcripts, folded as the matcher folds it, gives ICU's words.
    @Test(arguments: languages)
    func corporaSentencesGiveICUsWords(_ language: String) throws {
        let breaker = try ICUWordBreaker(locale: language)
        let folder = try KeyFolder.shared()
        var checked = 0
        for file in Fixtures.corpora {
            let parsed = try transcript(file: file)
            for sentence in parsed.turns.flatMap(\.sentences) {
                let folded = try folder.fold(Array(parsed.normalized.bytes[sentence.range])).text
                guard let fast = ASCIIWords.words(in: folded, 0..<folded.count) else { continue }
                #expect(fast == breaker.words(in: folded, 0..<folded.count))
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    /// The matcher's shortcut for the match key of ASCII text is what `KeyFolder` gives, byte for byte.
    @Test func asciiKeyIsTheFoldedKey() throws {
        let folder = try KeyFolder.shared()
        var generator = SplitMix64(seed: 31)
        for _ in 0..<5_000 {
            let text = (0..<Int(generator.next() % 40)).map { _ in UInt8(generator.next() % 0x80) }
            #expect(TermMatcher.asciiKey(text) == (try folder.fold(text).text))
        }
        #expect(TermMatcher.asciiKey(Array("Минск".utf8)) == nil)
    }

    @Test func nonASCIIAndUnderscoreAreLeftToICU() {
        #expect(ASCIIWords.words(in: Array("Минск".utf8), 0..<10) == nil)
        #expect(ASCIIWords.words(in: Array("a_b".utf8), 0..<3) == nil)
        #expect(ASCIIWords.words(in: Array("U.S. don't 1,000.5 a:b".utf8), 0..<22)
                == [0..<3, 5..<10, 11..<18, 19..<20, 21..<22])
    }
}
