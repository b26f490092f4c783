import PropertyBased
import Testing
@testable import BoothKit

/// Fragments that exercise every normalization pass: chrome lines, labels with emphasis, line endings,
/// special and invisible characters, decomposed letters, compatibility forms, Cyrillic, blank lines, words
/// hyphenated at a line's end.
private let fragments: [String] = [
    "An official website of the United States Government Here's how you know\n", "Official websites use .gov\n",
    "[state.gov](https://www.state.gov)\n", "4-5 minutes\n", "---\n", "**SECRETARY BLINKEN:** ", "**Q**: ", "*Question*: ", "***Q:*** ",
    "FOREIGN MINISTER LAVROV: ", "(Via interpreter) ", "(inaudible)", "\r\n", "\r", "\n", "\n\n", "\n\n\n", " ",
    "   ", "\t", "\u{00A0}", "\u{2009}", "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{2028}", "e\u{0301}", "\u{0301}",
    "ﬁ", "２", "Ё", "ё", "й", "и\u{0306}", "’", "–", "—", "“", "”", "we discussed the security guarantees at length with",
    "State", "Department was working on those materials and many others too", "Thank you.", "U.S. ", "Minsk agreements",
    "\u{0007}", "\u{0085}", "😀", "👩\u{200D}👩",
    "the interna-", "tional", "international", "long-", "term", "1990-", "1995", "между-", "народное", " -", "Secretary-", "General",
]

@Suite struct NormalizationPropertyTests {
    /// Random texts: a mix of fragments and arbitrary Unicode scalars (surrogates excepted).
    static let texts = Gen<UInt32>.value(in: 0...0x2FFFF).array(of: 0...120).map { values -> String in
        var text = ""
        for value in values {
            if value % 2 == 0 {
                text += fragments[Int(value / 2) % fragments.count]
            } else if let scalar = Unicode.Scalar(value) {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    @Test func originalIsRebuiltExactlyFromTextAndEdits() async throws {
        let normalizer = try Normalizer()
        await propertyCheck(count: 300, input: Self.texts) { text in
            let result = try! normalizer.normalize(SourceText(name: "p", text: text))
            let rebuilt = NormalizedText.rebuildOriginal(normalized: result.bytes, edits: result.edits)
            #expect(rebuilt == Array(text.utf8))
        }
    }

    @Test func normalizingTwiceChangesNothing() async throws {
        let normalizer = try Normalizer()
        await propertyCheck(count: 300, input: Self.texts) { text in
            let once = try! normalizer.normalize(SourceText(name: "p", text: text))
            let twice = try! normalizer.normalize(SourceText(name: "p", text: once.text))
            #expect(twice.bytes == once.bytes)
        }
    }

    @Test func everyEditedRangeMapsBackInsideTheOriginal() async throws {
        let normalizer = try Normalizer()
        await propertyCheck(count: 200, input: Self.texts) { text in
            let result = try! normalizer.normalize(SourceText(name: "p", text: text))
            var previousEnd = 0
            for edit in result.edits {
                #expect(edit.start >= previousEnd && edit.end >= edit.start && edit.end <= result.source.bytes.count)
                previousEnd = edit.end
            }
            let count = result.bytes.count
            for start in stride(from: 0, to: count, by: max(1, count / 7)) {
                let range = result.originalRange(of: start..<count)
                #expect(range.lowerBound >= 0 && range.upperBound <= result.source.bytes.count)
            }
        }
    }
}
