import Foundation
import Testing
@testable import BoothKit

@Suite struct SourceDecoderTests {
    @Test func utf8WithoutBOMIsKeptByteForByte() throws {
        let bytes = Array("FOREIGN MINISTER LAVROV: Спасибо.\n".utf8)
        let source = try SourceDecoder.decode(bytes, name: "a.txt")
        #expect(source.bytes == bytes)
        #expect(source.encoding == .utf8)
    }

    @Test func utf8ByteOrderMarkStaysInTheOriginal() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Hi".utf8)
        let source = try SourceDecoder.decode(bytes, name: "a.txt")
        #expect(source.bytes == bytes)
        #expect(source.fileBytes() == bytes)
    }

    @Test(arguments: [(true, [UInt8]([0xFE, 0xFF, 0x04, 0x1B, 0x00, 0x0A, 0x00, 0x41])),
                      (false, [UInt8]([0xFF, 0xFE, 0x1B, 0x04, 0x0A, 0x00, 0x41, 0x00]))])
    func utf16WithByteOrderMarkIsTranscodedAndReencodedExactly(bigEndian: Bool, bytes: [UInt8]) throws {
        let source = try SourceDecoder.decode(bytes, name: "u16.txt")
        #expect(source.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(String(decoding: source.bytes, as: UTF8.self) == "\u{FEFF}Л\nA")
        #expect(source.fileBytes() == bytes)
    }

    @Test func invalidUTF8ReportsFileOffsetAndLineColumn() {
        // "ab\nc" then a lone continuation byte at offset 5 (line 2, column 3).
        let bytes: [UInt8] = Array("ab\ncд".utf8) + [0x80] + Array("x".utf8)
        #expect(throws: InputError.invalidUTF8(file: "bad.txt", offset: 6, position: Position(line: 2, column: 3))) {
            try SourceDecoder.decode(bytes, name: "bad.txt")
        }
    }

    /// The validation steps over ASCII and over four two-byte characters eight bytes at a time: where it
    /// finds the first problem (an ill-formed sequence, or a NUL before one) is where Swift's own UTF-8
    /// parser finds it, on random Russian-like bytes with every kind of fault at every place.
    @Test func firstProblemIsWhereAParserFindsIt() {
        func reference(_ bytes: [UInt8]) -> (offset: Int, isNUL: Bool)? {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded):
                    if encoded.count == 1 && encoded.first == 0 { return (offset, true) }
                    offset += encoded.count
                case .error: return (offset, false)
                case .emptyInput: return nil
                }
            }
        }
        let pieces: [[UInt8]] = [Array("привет".utf8), Array("мир".utf8), Array(" ".utf8), Array("abcdefgh".utf8), Array("é".utf8),
                                 Array("—".utf8), Array("😀".utf8), [0xC0, 0xAF], [0xC1, 0x81], [0xD0], [0x80], [0x00], [0xD0, 0x41],
                                 [0xED, 0xA0, 0x80], [0xFF], [0xDF, 0xBF], [0xC2, 0x80]]
        var generator = SplitMix64(seed: 97)
        var problems = 0
        for _ in 0..<5_000 {
            let bytes = (0..<Int(generator.next() % 14)).flatMap { _ -> [UInt8] in
                generator.next() % 4 == 0 ? pieces[Int(generator.next() % UInt64(pieces.count))] : pieces[Int(generator.next() % 3)]
            }
            let found = SourceDecoder.firstProblem(inUTF8: bytes)
            let expected = reference(bytes)
            #expect(found?.offset == expected?.offset && found?.isNUL == expected?.isNUL, "\(bytes)")
            if expected != nil { problems += 1 }
        }
        #expect(problems > 1_000 && problems < 4_500)
    }

    /// A file in a legacy encoding, as archives keep old transcripts, is refused as before, and the error
    /// names the encoding ICU's charset detector sees, to convert it (it said only "invalid UTF-8").
    /// (Encoded by hand: Windows-1251 and KOI8-R put Cyrillic letters in single bytes.)
    @Test func aLegacyEncodingIsNamedInTheError() throws {
        let text = "Брифинг официального представителя МИД России. Вопрос: Как вы прокомментируете заявления? "
            + "Ответ: Мы неоднократно говорили об этом. Позиция России неизменна.\n"
        // Windows-1251: А–я are C0–FF, Ё E0… (only А–я here), КОИ-8: another order of the same bytes.
        let windows1251 = text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar.value {
            case 0x0410...0x044F: return UInt8(scalar.value - 0x0410 + 0xC0)
            default: return UInt8(scalar.value)
            }
        }
        #expect(throws: InputError.legacyEncoding(file: "old.txt", offset: 0, position: Position(line: 1, column: 1), encoding: "windows-1251")) {
            try SourceDecoder.decode(windows1251, name: "old.txt")
        }
        #expect(InputError.legacyEncoding(file: "old.txt", offset: 0, position: Position(line: 1, column: 1), encoding: "windows-1251")
            .description.contains("iconv -f windows-1251 -t UTF-8"))
        #expect(InputError.legacyEncoding(file: "a", offset: 0, position: Position(line: 1, column: 1), encoding: "KOI8-R").exitCode == 65)
        // A few stray bytes in UTF-8 are damage, not an encoding: plain invalid UTF-8.
        #expect(CharsetGuess.likelyEncoding(of: Array("привет мир".utf8) + [0xFF, 0xFE, 0x80]) == nil)
        let damaged = Array(String(repeating: "Позиция России неизменна. ", count: 20).utf8) + [UInt8](repeating: 0xFF, count: 20)
        #expect(CharsetGuess.likelyEncoding(of: damaged) == nil)
    }

    @Test func truncatedSequenceAtTheEndIsInvalid() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xE2, 0x80]
        #expect(throws: InputError.invalidUTF8(file: "t.txt", offset: 3, position: Position(line: 1, column: 4))) {
            try SourceDecoder.decode(bytes, name: "t.txt")
        }
    }

    @Test func overlongEncodingsAndSurrogatesAreInvalid() {
        for bad in [[UInt8]([0xC0, 0xAF]), [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            #expect(throws: InputError.self) { try SourceDecoder.decode(bad, name: "x") }
        }
    }

    @Test func nulByteIsRefusedAsBinary() {
        let bytes: [UInt8] = Array("ab".utf8) + [0] + Array("c".utf8)
        #expect(throws: InputError.binary(file: "b.bin", offset: 2, position: Position(line: 1, column: 3))) {
            try SourceDecoder.decode(bytes, name: "b.bin")
        }
    }

    @Test func unpairedSurrogateInUTF16IsRefusedWithItsOffset() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect(throws: InputError.invalidUTF16(file: "s.txt", offset: 4)) {
            try SourceDecoder.decode(bytes, name: "s.txt")
        }
    }

    @Test func emptyFileIsFine() throws {
        let source = try SourceDecoder.decode([], name: "empty.txt")
        #expect(source.bytes.isEmpty)
        #expect(source.position(of: 0) == Position(line: 1, column: 1))
    }

    @Test func errorsCarryTheirExitCodes() {
        #expect(InputError.invalidUTF8(file: "a", offset: 0, position: Position(line: 1, column: 1)).exitCode == 65)
        #expect(InputError.cannotOpen(file: "a", reason: "x").exitCode == 66)
        #expect(InputError.io(file: "a", reason: "x").exitCode == 74)
    }
}

@Suite struct LineIndexTests {
    @Test func positionsCountScalarsAndHandleAllLineEndings() {
        let bytes = Array("a\r\nбв\rг\nx".utf8)
        let index = LineIndex(bytes)
        #expect(index.lineStarts == [0, 3, 8, 11])
        #expect(index.position(of: 0, in: bytes) == Position(line: 1, column: 1))
        #expect(index.position(of: 5, in: bytes) == Position(line: 2, column: 2))  // "в"
        #expect(index.position(of: 6, in: bytes) == Position(line: 2, column: 2))  // inside "в"
        #expect(index.position(of: 7, in: bytes) == Position(line: 2, column: 3))  // the "\r"
        #expect(index.position(of: 11, in: bytes) == Position(line: 4, column: 1))
    }

    /// The one-sweep positions of ascending offsets equal the lookups one by one, on random texts with
    /// every line ending and 1–4-byte characters, offsets repeated, inside characters, on line ends, at
    /// and past the end, and out of order.
    @Test func positionsOfManyOffsetsMatchOneByOneLookups() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "word ", "é", "ъ", "€", "😀", "\n", "\r\n", "\r", "\n\n"]
        for round in 0..<500 {
            let bytes = Array((0..<Int.random(in: 0...60, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
            let index = LineIndex(bytes)
            var offsets = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...(bytes.count + 2), using: &generator) }
            if round % 5 != 0 { offsets.sort() }
            #expect(index.positions(of: offsets, in: bytes) == offsets.map { index.position(of: $0, in: bytes) })
        }
    }
}

@Suite struct LongLineTests {
    @Test func positionsInAVeryLongLineMatchACountFromItsStart() {
        var text = "first line\n"
        for index in 0..<40_000 { text += index % 7 == 0 ? "ъ" : "word " }  // one line of ~170 KB
        text += "\nlast"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        for offset in stride(from: 11, to: bytes.count, by: 9_973) where bytes[offset] & 0xC0 != 0x80 {
            let naive = bytes[index.lineStarts[index.lineNumber(containing: offset)]..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
            #expect(index.position(of: offset, in: bytes).column == naive)
        }
        #expect(index.position(of: bytes.count - 1, in: bytes) == Position(line: 3, column: 4))
    }
}

@Suite struct ScalarCountTests {
    /// The eight-at-a-time count of scalar starts agrees with a byte-by-byte count, on random UTF-8 (and
    /// on random bytes, which need not be valid), over every start and length near the word size.
    @Test func scalarStartsMatchesAByteByByteCount() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "é", "ъ", "€", "😀", "\n"]
        for round in 0..<200 {
            let bytes: [UInt8] = round % 2 == 0
                ? Array((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
                : (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for start in 0...bytes.count {
                for end in start...min(bytes.count, start + 19) {
                    let naive = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                    #expect(bytes.withUnsafeBufferPointer { ByteScan.scalarStarts($0, start..<end) } == naive)
                }
            }
        }
    }
}

@Suite struct LowerASCIITests {
    /// The eight-at-a-time ASCII fold agrees with a byte-by-byte one (capitals lowered, "`" as "'",
    /// everything else kept), and says whether every byte was ASCII, on every byte value at every offset.
    @Test func lowerASCIIMatchesAByteByByteFold() {
        var generator = SplitMix64(seed: 77)
        let pieces: [UInt8] = Array(0x3E...0x62) + [0x60, 0x60, 0x20, 0x7F, 0x80, 0xC3, 0xA9, 0xFF, 0x00]
        for round in 0..<20_000 {
            let count = Int(generator.next() % 40)
            let bytes: [UInt8] = (0..<count).map { _ in
                round % 3 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let naive = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 == 0x60 ? 0x27 : $0 }
            var folded = bytes
            let allASCII = folded.withUnsafeMutableBufferPointer { ByteScan.lowerASCII($0) }
            #expect(folded == naive)
            #expect(allASCII == bytes.allSatisfy { $0 < 0x80 })
        }
    }

    /// The eight-at-a-time count of ASCII letters agrees with a byte-by-byte one for every ASCII byte.
    @Test func asciiLetterCountMatchesAByteByByteCount() {
        var generator = SplitMix64(seed: 78)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in UInt8(generator.next() % 0x80) }
            let word = bytes.withUnsafeBufferPointer { ByteScan.word($0, at: 0) }
            #expect(ByteScan.asciiLetterCount(word) == bytes.count { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
        }
    }
}

@Suite struct InputNameTests {
    /// Base names and extensions as Foundation's NSString gives them (the values below are its output).
    @Test func namePartsFollowNSString() {
        let cases: [(String, String, String)] = [
            ("a.txt", "a", "txt"), (".txt", ".txt", ""), ("a.TXT", "a", "TXT"), ("a.b.txt", "a.b", "txt"),
            ("a.", "a", ""), ("README.md", "README", "md"), ("d/x.txt", "x", "txt"), ("a..txt", "a.", "txt"),
            ("t", "t", ""), (".hidden.txt", ".hidden", "txt"), ("d.txt/x", "x", ""), ("x/.txt", ".txt", ""),
            ("ÄÖ.Txt", "ÄÖ", "Txt"), ("..txt", ".", "txt"),
        ]
        for (path, base, pathExtension) in cases {
            let parts = InputFiles.nameParts(path)
            #expect(parts.base == base[...] && parts.extension == pathExtension[...], "\(path)")
        }
    }
}

@Suite struct DirectoryExpansionTests {
    /// What a directory expands to: text files at any depth, hidden ones too, sorted by path; links to
    /// files, broken links and FIFOs listed (refused when read); links to directories not followed;
    /// corpus documentation and other extensions passed over; one slash between the parts.
    @Test func expandsATreeLikeFoundationsEnumeratorDid() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("booth-expand-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for directory in ["in/sub", "in/.hidden-dir", "in/folder.txt", "other/deep"] {
            try manager.createDirectory(at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        for file in ["in/a.txt", "in/B.MD", "in/c.text", "in/.hidden.txt", "in/sub/d.txt", "in/.hidden-dir/e.txt",
                     "in/folder.txt/f.txt", "in/README.md", "in/sub/SOURCE.md", "in/notes.json", "in/page.html", "in/sub/old.HTM", "in/x.pdf",
                     "other/g.txt", "other/deep/h.txt"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("in/link-dir").path, withDestinationPath: "../other")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("in/link-dir.txt").path, withDestinationPath: "../other")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("in/link-file.txt").path, withDestinationPath: "../other/g.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("in/broken.txt").path, withDestinationPath: "/nonexistent/x")
        #expect(mkfifo(root.appendingPathComponent("in/fifo.txt").path, 0o644) == 0)
        let directory = root.appendingPathComponent("in").path
        let expected = [".hidden-dir/e.txt", ".hidden.txt", "B.MD", "a.txt", "broken.txt", "c.text", "fifo.txt",
                        "folder.txt/f.txt", "link-file.txt", "page.html", "sub/d.txt", "sub/old.HTM"].map { directory + "/" + $0 }
        for argument in [directory, directory + "/", directory + "//"] {
            let paths = InputFiles.expand([argument]).map { entry -> String in
                if case .file(let path) = entry { return path }
                return "not a file: \(entry)"
            }
            #expect(paths == expected, "\(argument)")
        }
    }
}

@Suite struct ListFileTests {
    /// Line lists (boilerplate, markers, abbreviations, …): blank and "#" lines skipped, spaces, tabs and
    /// carriage returns trimmed, line numbers counted from 1 — with LF and with CRLF line ends.
    @Test func entriesOfAListFile() {
        let expected = [(1, "alpha"), (3, "beta gamma"), (5, "«δ»")]
        for newline in ["\n", "\r\n"] {
            let text = ["alpha", "  # a comment", "\tbeta gamma  ", "", "«δ»", ""].joined(separator: newline)
            let entries = BundledLexicons.entries(ofList: text)
            #expect(entries.map(\.line) == expected.map(\.0), "\(newline.debugDescription)")
            #expect(entries.map(\.entry) == expected.map(\.1), "\(newline.debugDescription)")
        }
        #expect(BundledLexicons.entries(ofList: "").isEmpty)
        #expect(BundledLexicons.entries(ofList: "last").map(\.entry) == ["last"])
    }

    /// Sentence rules compare one token, split at spaces, with each abbreviation: an entry with a space
    /// ("ee. uu.", "av. j.-c.") never matched.
    @Test func abbreviationsAreSingleTokens() throws {
        for language in ["en", "ru", "fr", "de", "es"] {
            let list = SectionedList(try #require(BundledLexicons.text(named: "abbreviations-\(language).txt")))
            for section in ["title", "number", "ending"] {
                for entry in list.entries(in: section) {
                    #expect(!entry.text.contains(" ") && entry.text.hasSuffix("."), "abbreviations-\(language).txt:\(entry.line): \(entry.text)")
                }
            }
        }
    }

    /// A note about a section written without its "#" is read as an entry ("[particles]: words that…"
    /// was an outlet word): no bundled list has an entry that opens with "[" but is no section header.
    @Test func bundledListsHaveNoStrayNotes() throws {
        for name in BundledLexicons.names where name.hasSuffix(".txt") {
            let text = try #require(BundledLexicons.text(named: name))
            for (line, entry) in BundledLexicons.entries(ofList: text) where entry.hasPrefix("[") {
                #expect(entry.hasSuffix("]") && !entry.dropFirst().dropLast().contains(where: { "[]:".contains($0) }),
                        "\(name):\(line): \(entry)")
            }
        }
    }
}

@Suite struct ReadBytesTests {
    /// A file is read into a buffer of its own size: finding the end must not grow the buffer (growing
    /// copied the whole text and left the buffer twice the file's size while the file was processed).
    @Test func aFileIsReadIntoABufferOfItsSize() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("booth-read-\(UInt64.random(in: 0...UInt64.max)).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in [0, 1, 4095, 4096, 1_000_000] {
            let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            try Data(content).write(to: URL(fileURLWithPath: path))
            let bytes = try InputFiles.readBytes(path)
            #expect(bytes == content)
            #expect(bytes.capacity <= size + size / 16 + 64, "\(size) bytes read into a buffer of \(bytes.capacity)")
        }
    }
}
