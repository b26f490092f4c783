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

    @Test(arguments: ["en", "ru", "de"].map(ICUSentenceBreaker.locale(for:)) + ["ru_RU@ss=standard"])
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

    /// Booth decodes UTF-8 to UTF-16 itself (a call of ICU per run of non-ASCII bytes was a tenth of the
    /// time of Russian text): the same units as ICU's u_strFromUTF8, and the same refusals, on random
    /// well-formed text, on random bytes, and on every ill-formed kind at every place.
    @Test func utf16CopyIsICUs() {
        var generator = SplitMix64(seed: 73)
        var texts = Self.randomTexts(seed: 79, count: 3_000)
        for _ in 0..<20_000 {
            // Random bytes, biased to lead and continuation bytes so that most sequences are near-valid.
            let length = Int(generator.next() % 12)
            texts.append((0..<length).map { _ in
                let pick = generator.next() % 8
                let byte = UInt8(truncatingIfNeeded: generator.next())
                return pick < 3 ? 0x80 | (byte & 0x3F) : pick < 6 ? 0xC0 | byte : byte & 0x7F
            })
        }
        let illFormed: [[UInt8]] = [[0x80], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF],
                                    [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF]]
        for bytes in illFormed {
            texts += [bytes, Array("ab".utf8) + bytes, bytes + Array("я".utf8), Array("сорок два ".utf8) + bytes + Array(" 😀".utf8)]
        }
        // Text ending where the sixteen-byte ASCII steps end (the decoding must stop there, not read on).
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 48] {
            let ascii = Array(String(repeating: "a", count: length).utf8)
            texts += [ascii, Array("я".utf8) + ascii, Array("яя".utf8) + ascii, ascii + Array("я".utf8)]
        }
        var valid = 0
        for text in texts {
            let ours = ICUSentenceBreaker.utf16Copy(of: text, byICU: false)
            #expect(ours == ICUSentenceBreaker.utf16Copy(of: text, byICU: true), "\(text)")
            if ours != nil { valid += 1 }
        }
        #expect(valid > 3_000 && valid < texts.count - 1_000)
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
