import BoothKit
import Foundation
import Testing
import TestSupport

/// One line of `booth normalize --format json`, as another tool would read it.
struct NormalizedJSON: Decodable {
    var source: String
    var encoding: String
    var text: String
    var edits: [Edit]
}

func decodeJSONLines<T: Decodable>(_ type: T.Type, _ output: String) throws -> [T] {
    try output.split(separator: "\n").map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
}

/// A scratch folder for one test, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("booth-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct NormalizeCommandTests {
    @Test func jsonOutputRebuildsBothCorporaExactly() throws {
        let result = try BoothRunner.run(["normalize", "--format", "json", "Corpora/"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try decodeJSONLines(NormalizedJSON.self, result.output)
        #expect(records.map(\.source) == ["Corpora/geneva-2022-01-21.txt", "Corpora/stockholm-2021-12-02.txt"])
        for record in records {
            let original = try Fixtures.bytes(record.source)
            let rebuilt = NormalizedText.rebuildOriginal(normalized: Array(record.text.utf8), edits: record.edits)
            #expect(rebuilt == original, "\(record.source) not rebuilt")
            #expect(record.encoding == "utf-8")
        }
    }

    /// The JSON Lines are written directly; they are byte for byte what JSONEncoder (sorted keys) gives.
    @Test func jsonLinesAreWhatJSONEncoderWrites() throws {
        struct Record: Encodable { var source: String; var encoding: SourceEncoding; var text: String; var edits: [Edit] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let normalizer = try Normalizer()
        var expected = ""
        for file in Fixtures.corpora {
            let source = try SourceDecoder.decode(try Fixtures.bytes(file), name: file)
            let normalized = try normalizer.normalize(source)
            #expect(!normalized.edits.isEmpty)
            let record = Record(source: file, encoding: source.encoding, text: normalized.text, edits: normalized.edits)
            expected += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        }
        #expect(try BoothRunner.run(["normalize", "--format", "json"] + Fixtures.corpora).output == expected)
    }

    @Test func textOutputIsTheNormalizedText() throws {
        let result = try BoothRunner.run(["normalize", Fixtures.geneva])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("# Secretary Antony J. Blinken And Russian Foreign Minister Sergey Lavrov"))
        #expect(result.output.contains("not everyone in the State Department was working"))
    }

    @Test func invalidUTF8IsReportedWithOffsetAndTheOtherFilesStillRun() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("a-bad.txt")
        let good = directory.appendingPathComponent("b-good.txt")
        try Data(Array("Line one\nLine \u{442}wo ".utf8) + [0xC3, 0x28] + Array(" end\n".utf8)).write(to: bad)
        try Data("Good text.\n".utf8).write(to: good)
        let result = try BoothRunner.run(["normalize", bad.path, good.path])
        #expect(result.status == 65)
        #expect(result.output == "Good text.\n")
        #expect(result.stderr.contains("a-bad.txt:2:10: invalid UTF-8 at byte offset 19"))
    }

    @Test func binaryInputIsRefusedClearly() throws {
        let result = try BoothRunner.run(["normalize", "-"], stdin: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.stderr.contains("-:1:5: binary input (NUL byte at byte offset 4)"))
    }

    @Test func missingFileExitsWith66() throws {
        let result = try BoothRunner.run(["normalize", "no/such/file.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no/such/file.txt: cannot open"))
    }

    @Test func standardInputAndUTF16AreRead() throws {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "MR PRICE:\u{00A0}Hello.\r\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try BoothRunner.run(["normalize", "--format", "json", "-"], stdin: utf16)
        #expect(result.status == 0)
        let record = try #require(try decodeJSONLines(NormalizedJSON.self, result.output).first)
        #expect(record.text == "MR PRICE: Hello.\n")
        #expect(record.encoding == "utf-16le")
    }

    @Test func badOptionIsAUsageError() throws {
        let result = try BoothRunner.run(["normalize", "--form", "nfd", Fixtures.geneva])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'nfd' is invalid"))
    }
}

/// Every command reads the text `normalize` prints: its options are theirs too.
@Suite struct NormalizationOptionsTests {
    static let text = """
        SECRETARY BLINKEN: We have discussed the situation in
        considerable detail.

        Printed from the archive on 3 May

        QUESTION: Thank you.

        """

    @Test func everyCommandTakesTheUsersBoilerplate() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let patterns = folder.appendingPathComponent("mine.txt").path
        try Data("Printed from .*\n".utf8).write(to: URL(fileURLWithPath: patterns))
        let input = Array(Self.text.utf8)
        for command in [["segment"], ["report", "--format", "jsonl"], ["gaps", "--format", "json"], ["coverage", "--format", "json"]] {
            let plain = try BoothRunner.run(command + ["-"], stdin: input)
            let withPatterns = try BoothRunner.run(command + ["--boilerplate", patterns, "-"], stdin: input)
            #expect(plain.status == 0 && withPatterns.status == 0, "\(command) \(withPatterns.stderr)")
            if command == ["segment"] {
                #expect(plain.output.contains("Printed from"))
                #expect(!withPatterns.output.contains("Printed from"), "\(withPatterns.output)")
            }
        }
        // A bad pattern file is a clear error naming it.
        try Data("(unclosed\n".utf8).write(to: URL(fileURLWithPath: patterns))
        let bad = try BoothRunner.run(["report", "--boilerplate", patterns, "-"], stdin: input)
        #expect(bad.status != 0 && bad.stderr.contains("mine.txt"), "\(bad.stderr)")
    }

    @Test func reportWithoutParagraphRepairHasNoRepairedBreaks() throws {
        let input = Array(Self.text.utf8)
        let repaired = try BoothRunner.run(["report", "--format", "jsonl", "-"], stdin: input)
        let unrepaired = try BoothRunner.run(["report", "--format", "jsonl", "--no-paragraph-repair", "-"], stdin: input)
        #expect(repaired.output.contains("\"repaired-break\""))
        #expect(!unrepaired.output.contains("\"repaired-break\""), "\(unrepaired.output)")
        let sentences = try BoothRunner.run(["segment", "--no-paragraph-repair", "-"], stdin: input)
        #expect(sentences.output.contains("\"text\":\"We have discussed the situation in\""), "\(sentences.output)")
    }
}
