import BoothKit
import Foundation
import Testing
import TestSupport

/// Hostile and odd inputs: each gives a correct result or a clear error with the file, the byte offset
/// and a documented exit status; none crashes, hangs, or loses the output of the good files beside it.
@Suite struct BadInputTests {
    /// Runs `booth segment` on a bad file next to a good one, in that order.
    func segmentBesideAGoodFile(_ bad: [UInt8], name: String = "bad.txt") throws -> BoothRunner.Result {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(bad).write(to: directory.appendingPathComponent(name))
        try Data("MODERATOR: A good file.\n".utf8).write(to: directory.appendingPathComponent("zz-good.txt"))
        return try BoothRunner.run(["segment", directory.path])
    }

    func expectGoodFileOutput(_ result: BoothRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.output.contains("\"text\":\"A good file.\""), sourceLocation: sourceLocation)
        #expect(!result.output.contains("bad.txt"), "no partial output for the bad file", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ([0xC3] + Array("abc".utf8), 0, "1:1"),
        (Array("MODERATOR: ab".utf8) + [0xE2, 0x28, 0xA1] + Array(" cd".utf8), 13, "1:14"),
        (Array("MODERATOR: ok\nend".utf8) + [0xF0, 0x9F], 17, "2:4"),
    ] as [([UInt8], Int, String)])
    func invalidUTF8AtStartMiddleAndEnd(bytes: [UInt8], offset: Int, position: String) throws {
        let result = try segmentBesideAGoodFile(bytes)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.txt:\(position): invalid UTF-8 at byte offset \(offset)"))
        expectGoodFileOutput(result)
    }

    /// A transcript in Windows-1251, as archives keep old Russian transcripts: refused with its offset, the
    /// encoding named and how to convert it; the good file beside it still read.
    @Test func aLegacyEncodingIsNamedAndTheOtherFilesRead() throws {
        let text = "Вопрос: Как вы прокомментируете заявления Вашингтона? Ответ: Мы неоднократно говорили об этом.\n"
        let windows1251 = text.unicodeScalars.map { scalar -> UInt8 in
            (0x0410...0x044F).contains(scalar.value) ? UInt8(scalar.value - 0x0410 + 0xC0) : UInt8(scalar.value)
        }
        let result = try segmentBesideAGoodFile(windows1251)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.txt:1:1: invalid UTF-8 at byte offset 0; the file looks like windows-1251"), "\(result.stderr)")
        #expect(result.stderr.contains("iconv -f windows-1251 -t UTF-8"))
        expectGoodFileOutput(result)
    }

    @Test func loneSurrogateInUTF16() throws {
        let result = try segmentBesideAGoodFile([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.txt: invalid UTF-16 at byte offset 4"))
        expectGoodFileOutput(result)
    }

    @Test func utf16WithoutBOMIsNamedAsSuch() throws {
        var bytes: [UInt8] = []
        for unit in "MODERATOR: Hello there.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try segmentBesideAGoodFile(bytes)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.txt: looks like UTF-16 without a byte-order mark"))
        expectGoodFileOutput(result)
    }

    @Test func nulBytesAreBinary() throws {
        let result = try segmentBesideAGoodFile(Array("MODERATOR: a".utf8) + [0] + Array("b".utf8))
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.txt:1:13: binary input (NUL byte at byte offset 12)"))
        expectGoodFileOutput(result)
    }

    @Test(arguments: [[UInt8](), Array(" \n\t\r\n  \n".utf8)])
    func emptyAndWhitespaceOnlyFilesAreFine(bytes: [UInt8]) throws {
        let result = try segmentBesideAGoodFile(bytes)
        #expect(result.status == 0)
        expectGoodFileOutput(result)
    }

    @Test func tenMegabyteLineIsProcessed() throws {
        let sentence = "We discussed the Minsk agreements and the OSCE at length today. "
        let line = "MODERATOR: " + String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("long.txt")
        try Data(line.utf8).write(to: file)
        let result = try BoothRunner.run(["gaps", "--format", "json", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.contains("\"gaps\":[]"))
    }

    @Test func unbalancedMarkersAndDeeplyNestedBrackets() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("brackets.txt")
        let nested = String(repeating: "(", count: 50_000) + "inaudible" + String(repeating: ")", count: 50_000)
        try Data("MODERATOR: We said (inaudible and went on. \(nested) [[[( end.\n".utf8).write(to: file)
        let result = try BoothRunner.run(["report", "--format", "jsonl", "--only", "unbalanced-marker", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.split(separator: "\n").count == 5)  // "(inaudible", "[", "[", "[", "("
    }

    @Test func speakerLabelWithNoSpeech() throws {
        let result = try segmentBesideAGoodFile(Array("SECRETARY BLINKEN:\n\nFOREIGN MINISTER LAVROV:\n".utf8))
        #expect(result.status == 0)
        let turns = try BoothRunner.run(["segment", "--turns", "-"], stdin: Array("SECRETARY BLINKEN:\n".utf8))
        #expect(turns.output.contains("\"sentences\":0") && turns.output.contains("\"speaker\":\"BLINKEN\""))
    }

    @Test func brokenLinksAndFIFOsInADirectoryAreRefusedWithoutHanging() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("a-broken.txt").path,
                                                   withDestinationPath: "/nonexistent/booth.txt")
        #expect(mkfifo(directory.appendingPathComponent("b-fifo.txt").path, 0o644) == 0)
        try Data("MODERATOR: A good file.\n".utf8).write(to: directory.appendingPathComponent("c-good.txt"))
        let result = try BoothRunner.run(["segment", directory.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("a-broken.txt: cannot open"))
        #expect(result.stderr.contains("b-fifo.txt: cannot open: not a regular file"))
        #expect(result.output.contains("\"text\":\"A good file.\""))
    }

    @Test func glossaryWithNoConcepts() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let glossary = directory.appendingPathComponent("empty.tbx")
        try Data("<martif type=\"TBX-Basic\"><text><body></body></text></martif>".utf8).write(to: glossary)
        let result = try BoothRunner.run(["coverage", "--glossary", glossary.path, Fixtures.geneva])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.contains("Seen: 0 of 0 concepts"))
    }

    @Test func csvGlossaryWithRaggedRowsAndQuotedNewlinesWarnsAndWorks() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let glossary = directory.appendingPathComponent("g.csv")
        try Data("concept,en,ru\nosce,\"OSCE\",ОБСЕ,extra\nminsk,\"Minsk\nagreements\"\n".utf8).write(to: glossary)
        let result = try BoothRunner.run(["coverage", "--glossary", glossary.path, Fixtures.stockholm])
        #expect(result.status == 0)
        #expect(result.stderr.contains("g.csv:2:1: warning: row has 4 cells, the header 3"))
        #expect(result.output.contains("OSCE [osce]"))
    }
}

@Suite struct OutputFailureTests {
    /// Output that cannot be written (a full disk: /dev/full) is an I/O error, exit 74, named — not a
    /// run that reports success with its output lost — also when it fails in mid-run (the output here is
    /// larger than the 64 KiB buffer).
    @Test(arguments: [["segment"], ["report", "--format", "jsonl"], ["normalize"]])
    func fullDiskIsAnIOError(_ command: [String]) throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try Data(contentsOf: URL(fileURLWithPath: Fixtures.stockholm))
        for copy in 0..<40 { try text.write(to: directory.appendingPathComponent("copy\(copy).txt")) }
        let process = Process()
        process.executableURL = BoothRunner.executable
        process.arguments = command + [directory.path]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message.contains("<stdout>"))
    }
}
