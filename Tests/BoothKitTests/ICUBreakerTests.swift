import Foundation
import Testing
import TestSupport
@testable import BoothKit

/// The break iterators read UTF-8 through a UTF-16 copy and map ICU's boundaries back to UTF-8 offsets;
/// reading the same UTF-8 in place through UText must give the same boundaries (and word statuses).
@Suite struct ICUBreakerTests {
    /// Characters of every UTF-8 length, surrogate pairs included, and the punctuation the rules turn on.
    static let alphabet = ["a", "Z", "9", ".", " ", " ", "\n", "?", "!", "\"", "(", ")", "'", "’", "“", "”",
                           "Mr", "U.S", "я", "Ж", "ё", "é", "\u{0301}", "—", "…", "中", "文", "。", "😀", "𝔸",
                           "\u{200B}", "\u{00A0}", "١", "ש"]

    static func randomTexts(seed: UInt64, count: Int) -> [[UInt8]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 40)
            return Array((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined().utf8)
        }
    }

    @Test(arguments: ["en_US@ss=standard", "ru_RU@ss=standard"])
    func sentenceBoundariesAreThoseOfUText(_ locale: String) throws {
        let copied = try ICUSentenceBreaker(locale: locale)
        let inPlace = try ICUSentenceBreaker(locale: locale)
        inPlace.readsThroughUText = true
        for text in Self.randomTexts(seed: 41, count: 5_000) {
            // A range inside the text, so offsets are checked against a non-zero start too.
            let range = min(3, text.count)..<text.count
            #expect(copied.boundaries(in: text, range) == inPlace.boundaries(in: text, range),
                    "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
        for file in Fixtures.corpora {
            let text = try Array(Data(contentsOf: URL(fileURLWithPath: file)))
            let boundaries = copied.boundaries(in: text, 0..<text.count)
            #expect(boundaries.count > 50)
            #expect(boundaries == inPlace.boundaries(in: text, 0..<text.count))
        }
    }

    @Test(arguments: ["en", "ru", "zh"])
    func wordsAreThoseOfUText(_ locale: String) throws {
        let copied = try ICUWordBreaker(locale: locale)
        let inPlace = try ICUWordBreaker(locale: locale)
        inPlace.readsThroughUText = true
        for text in Self.randomTexts(seed: 43, count: 5_000) {
            let range = min(2, text.count)..<text.count
            #expect(copied.words(in: text, range) == inPlace.words(in: text, range),
                    "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    /// Ill-formed UTF-8 cannot be copied to UTF-16: it is read through UText, as before.
    @Test func illFormedUTF8IsReadInPlace() throws {
        let copied = try ICUSentenceBreaker(locale: "en_US@ss=standard")
        let inPlace = try ICUSentenceBreaker(locale: "en_US@ss=standard")
        inPlace.readsThroughUText = true
        let text: [UInt8] = Array("One. Two \u{00E9}".utf8) + [0xC3] + Array(" three. Four?".utf8)
        #expect(copied.boundaries(in: text, 0..<text.count) == inPlace.boundaries(in: text, 0..<text.count))
        #expect(copied.boundaries(in: text, 0..<text.count).count == 2)  // after "One. " and "three. "
    }

    /// The copy widens ASCII itself and hands ICU only the runs of other bytes: every kind of ill-formed
    /// run (a lone continuation byte, a cut sequence before ASCII or at the end, an overlong form, an
    /// encoded surrogate, bytes that are never UTF-8), anywhere, still falls back to UText's reading.
    @Test func illFormedRunsAnywhereAreReadInPlace() throws {
        let copied = try ICUSentenceBreaker(locale: "en_US@ss=standard")
        let inPlace = try ICUSentenceBreaker(locale: "en_US@ss=standard")
        inPlace.readsThroughUText = true
        let illFormed: [[UInt8]] = [[0x80], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xC3, 0xC3]]
        let before = Array("One. Two é. ".utf8), after = Array(" Three “four”. Five?".utf8)
        for bytes in illFormed {
            for text in [bytes + after, before + bytes + after, before + bytes, before + Array("ж".utf8) + bytes + after] {
                #expect(copied.boundaries(in: text, 0..<text.count) == inPlace.boundaries(in: text, 0..<text.count), "\(text)")
            }
        }
    }
}
