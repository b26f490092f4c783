import Testing
import TestSupport
@testable import BoothKit

@Suite struct PlainWordsTests {
    static let languages = ["en", "ru", "fr", "de", "es"]

    /// Random text of ASCII and Cyrillic (and a few characters left to ICU), heavy in the characters the
    /// rules are about, gives ICU's words exactly.
    @Test(arguments: languages)
    func randomTextGivesICUsWords(_ language: String) throws {
        let breaker = try ICUWordBreaker(locale: language)
        let alphabet = Array("aZ9.',;:_- \n\t\"!?()/&%$#@*+=<>[]{}|\\~`^abcXYZ0123456789").map { String($0) }
            + ["я", "Ж", "ё", "Ѐ", "џ", "ѣ", "і", "—", "é", "\u{0301}"]
        // (Cyrillic letters among them, for the runs of two-byte letters taken a pair at a time.)
        let wordCharacters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@").map { String($0) }
            + ["я", "Ж", "ё", "Ѐ", "џ", "ж", "П"]
        var generator = SplitMix64(seed: 29)
        for round in 0..<20_000 {
            // Every fourth text long and mostly letters and digits, for the eight-at-a-time path.
            let length = round % 4 == 0 ? Int(generator.next() % 96) : Int(generator.next() % 24)
            let text = Array((0..<length).map { _ in
                round % 4 == 0 && generator.next() % 8 != 0
                    ? wordCharacters[Int(generator.next() % UInt64(wordCharacters.count))]
                    : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }.joined().utf8)
            guard let fast = PlainWords.words(in: text, 0..<text.count) else {
                // Left to ICU only for "_" and characters beyond ASCII and U+0400–U+045F.
                #expect(text.contains(0x5F) || String(decoding: text, as: UTF8.self).unicodeScalars.contains { $0.value >= 0x80 && !(0x0400...0x045F).contains($0.value) })
                continue
            }
            #expect(fast == breaker.words(in: text, 0..<text.count), "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    /// Every sentence of the sample transcripts and the Russian test pairs that it handles, folded as the
    /// matcher folds it, gives ICU's words.
    @Test(arguments: languages)
    func corporaSentencesGiveICUsWords(_ language: String) throws {
        let breaker = try ICUWordBreaker(locale: language)
        let folder = try KeyFolder.shared()
        var checked = 0
        let russian = ["stockholm", "geneva", "karabakh"].map { "Tests/Fixtures/align/\($0)-ru.txt" }
        for file in Fixtures.corpora + russian {
            let parsed = try transcript(file: file)
            for sentence in parsed.turns.flatMap(\.sentences) {
                let folded = try folder.fold(Array(parsed.normalized.bytes[sentence.range])).text
                guard let fast = PlainWords.words(in: folded, 0..<folded.count) else { continue }
                #expect(fast == breaker.words(in: folded, 0..<folded.count))
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    /// The folder's shortcut for the match key of ASCII text is what its word-by-word fold gives, byte
    /// for byte.
    @Test func asciiKeyIsTheFoldedKey() throws {
        let folder = try KeyFolder.shared()
        var generator = SplitMix64(seed: 31)
        for _ in 0..<5_000 {
            let text = (0..<Int(generator.next() % 40)).map { _ in UInt8(generator.next() % 0x80) }
            #expect(KeyFolder.asciiKey(text) == (try folder.foldWithEdits(text).text))
        }
        #expect(KeyFolder.asciiKey(Array("Минск".utf8)) == nil)
    }

    /// The folder's shortcut for typographic dashes and quotes gives what ICU's fold gives, and covers
    /// nothing else of U+2000–U+206F.
    @Test func typographicPunctuationFoldIsTheICUFold() throws {
        let folder = try KeyFolder.shared()
        var covered = 0
        for value in UInt32(0x2000)...0x206F {
            let piece = Array(String(Unicode.Scalar(value)!).utf8)[...]
            guard let fast = KeyFolder.typographicPunctuationFold(piece) else { continue }
            covered += 1
            #expect(fast == (try folder.icuFoldPiece(piece)), "U+\(String(value, radix: 16))")
        }
        #expect(covered == 14)
    }

    /// The folder takes U+2000–U+203F for punctuation without decoding their properties: none of them
    /// is a letter or a mark.
    @Test func generalPunctuationHoldsNoWordScalar() {
        for value in UInt32(0x2000)...0x203F {
            let properties = Unicode.Scalar(value)!.properties
            #expect(!properties.isAlphabetic && properties.generalCategory != .nonspacingMark
                    && properties.generalCategory != .spacingMark)
        }
    }

    @Test func othersAndUnderscoreAreLeftToICU() {
        #expect(PlainWords.words(in: Array("Минск".utf8), 0..<10) == [0..<10])
        #expect(PlainWords.words(in: Array("ѣ".utf8), 0..<2) == nil)
        #expect(PlainWords.words(in: Array("a_b".utf8), 0..<3) == nil)
        #expect(PlainWords.words(in: Array("U.S. don't 1,000.5 a:b".utf8), 0..<22)
                == [0..<3, 5..<10, 11..<18, 19..<20, 21..<22])
    }
}

@Suite struct CyrillicFoldTests {
    /// The shortcut for Russian words gives what ICU's NFKC_Casefold and the punctuation fold give, on
    /// random words of the basic alphabet; anything else is left to ICU.
    @Test func basicCyrillicFoldIsICUsFold() throws {
        let folder = try KeyFolder.shared()
        let letters = (0x0410...0x044F).map { Character(Unicode.Scalar($0)!) } + ["Ё", "ё"]
        var generator = SplitMix64(seed: 37)
        for _ in 0..<5_000 {
            let word = String((0..<Int(generator.next() % 12 + 1)).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            let bytes = Array(word.utf8)
            let fast = try #require(KeyFolder.basicCyrillicFold(bytes[...]))
            #expect(fast == (try folder.icuFoldPiece(bytes[...])), "\(word)")
        }
        for other in ["і", "ѣ", "и\u{0306}", "ЁЖ\u{0301}", "Ω", "ü"] {
            #expect(KeyFolder.basicCyrillicFold(Array(other.utf8)[...]) == nil, "\(other)")
        }
    }

    /// Text of ASCII and basic Russian letters is folded in place to the very key the word-by-word fold
    /// with edits gives; text with any other non-ASCII character is left as it was (for that fold).
    @Test func russianInPlaceFoldIsTheKeyOfTheEditFold() throws {
        let folder = try KeyFolder.shared()
        let pieces = ["Москва", "ЁЛКА", "ёж", "Лавров", "МИД", "а", " ", " ", ", ", ". ", "OSCE", "2022", "-", "\n", "U.S.",
                      "`quoted`", "Eight Letters", "ABCDEFGHIJ"]
        var generator = SplitMix64(seed: 59)
        for _ in 0..<3_000 {
            let text = (0..<Int(generator.next() % 12 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            var bytes = Array(text.utf8)
            let expected = try folder.foldWithEdits(Array(text.utf8)).text
            #expect(bytes.withUnsafeMutableBufferPointer { KeyFolder.foldASCIIAndBasicRussianInPlace($0) }.isComplete)
            #expect(bytes == expected, "\(text)")
            var key: [UInt8] = []
            let map = try folder.fold(Array(text.utf8), 0..<text.utf8.count, into: &key)
            #expect(key == expected && map.sourceRange(forTarget: 0..<key.count) == 0..<key.count)
        }
        for other in ["Привет «мир»", "і", "ѣ", "и\u{0306}", "ЁЖ\u{0301}", "Ω", "ü", "да — нет", "Жё\u{0300}",
                      "Said \"NATO’s\" Leader", "ABCDEFGHIJ’KLMNOPQ É", "the U.S. — and Zürich’s"] {
            var bytes = Array(other.utf8)
            #expect(!bytes.withUnsafeMutableBufferPointer { KeyFolder.foldASCIIAndBasicRussianInPlace($0) }.isComplete, "\(other)")
            // And the key of such text is still the word-by-word fold's.
            var key: [UInt8] = []
            _ = try folder.fold(Array(other.utf8), 0..<other.utf8.count, into: &key)
            #expect(key == (try folder.foldWithEdits(Array(other.utf8)).text), "\(other)")
        }
        // A cut character at the end is not a Russian letter.
        var cut: [UInt8] = Array("да".utf8).dropLast()
        #expect(!cut.withUnsafeMutableBufferPointer { KeyFolder.foldASCIIAndBasicRussianInPlace($0) }.isComplete)
    }

    /// ProseShape answers the Cyrillic letters U+0400–U+045F without the property tables: the same answers.
    @Test func proseShapeCyrillicShortcutIsUnicodes() {
        for value in 0x0400...0x045F {
            let scalar = Unicode.Scalar(value)!
            #expect(ProseShape.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(ProseShape.isUppercase(scalar) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(ProseShape.isLowercase(scalar) == scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            #expect(ProseShape.isLetterOrDigit(scalar) == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil))
        }
    }

    /// Every scalar of U+0400–U+047F is a word scalar by the slow rule too (the shortcut answers yes).
    @Test func cyrillicBlockIsAlphabetic() {
        for value in 0x0400...0x047F {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }
}

@Suite struct LeadingWordCharactersTests {
    /// For every byte value at every place of a word, the count of leading letters, digits and "@" (and
    /// of leading letters alone) is the one counted byte by byte.
    @Test func countsTheLeadingWordCharacters() {
        func isWordCharacter(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x40...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        for byte in 0...255 {
            for place in 0..<8 {
                var bytes = Array("abZ9@xQ0".utf8)
                bytes[place] = UInt8(byte)
                let expected = bytes.firstIndex { !isWordCharacter($0) } ?? 8
                let counted = bytes.withUnsafeBufferPointer { ByteScan.leadingWordCharacters(ByteScan.word($0, at: 0)) }
                #expect(counted == expected, "byte \(byte) at \(place)")
                var word = Array("abcdEFGh".utf8)
                word[place] = UInt8(byte)
                let letters = word.firstIndex { !((0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)) } ?? 8
                #expect(word.withUnsafeBufferPointer { ByteScan.leadingASCIILetters(ByteScan.word($0, at: 0)) } == letters,
                        "letters: byte \(byte) at \(place)")
            }
        }
    }
}
