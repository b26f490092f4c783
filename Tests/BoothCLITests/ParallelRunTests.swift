import BoothKit
import Foundation
import Testing
import TestSupport

@Suite struct ParallelRunTests {
    @Test func parallelRunsKeepInputOrderAndSkipOnlyTheBadFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<9 {
            let name = String(format: "t%02d.txt", index)
            let content: [UInt8] = index == 4 ? [0x41, 0xFF, 0x42] : Array("MODERATOR: File \(index) (inaudible) here.\n".utf8)
            try Data(content).write(to: directory.appendingPathComponent(name))
        }
        struct Gap: Decodable { var file: String }
        struct Document: Decodable { var gaps: [Gap] }
        for jobs in ["1", "2", "4"] {
            let result = try BoothRunner.run(["gaps", "--format", "json", "--jobs", jobs, directory.path])
            #expect(result.status == 65)
            #expect(result.stderr.contains("t04.txt:1:2: invalid UTF-8 at byte offset 1"))
            let files = try JSONDecoder().decode(Document.self, from: Data(result.stdout)).gaps.map { ($0.file as NSString).lastPathComponent }
            #expect(files == ["t00.txt", "t01.txt", "t02.txt", "t03.txt", "t05.txt", "t06.txt", "t07.txt", "t08.txt"])
        }
        #expect(try BoothRunner.run(["gaps", "--jobs", "0", directory.path]).status == 2)
    }
}

@Suite struct StreamingReportTests {
    struct FlagJSON: Decodable, Equatable { var code: String; var file: String; var start: Int; var end: Int; var message: String }
    struct Document: Decodable { var files: [String]; var summary: [String: Int]; var flags: [FlagJSON] }

    /// The streamed report (file by file, transcripts dropped) gives exactly the flags of the library's
    /// in-memory review of the same files, whatever the number of jobs.
    @Test func streamedReportEqualsTheInMemoryReview() throws {
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let results = try Fixtures.corpora.map { file -> (transcript: Transcript, matches: [TermMatch]) in
            let transcript = try TranscriptParser().parse(try Normalizer().normalize(try SourceDecoder.decode(try Fixtures.bytes(file), name: file)))
            return (transcript, try matcher.matches(in: transcript))
        }
        let expected = try Reviewer(glossary: bundled).review(results)
        #expect(expected.contains { $0.code == .inconsistentRendering })
        for jobs in ["1", "2", "3"] {
            let run = try BoothRunner.run(["report", "--format", "json", "--jobs", jobs] + Fixtures.corpora)
            #expect(run.status == 0, "\(run.stderr)")
            let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout))
            #expect(document.flags == expected.map { FlagJSON(code: $0.code.rawValue, file: $0.file, start: $0.start, end: $0.end, message: $0.message) })
            #expect(document.files == Fixtures.corpora)
            #expect(document.summary.values.reduce(0, +) == expected.count)
        }
    }

    /// `--output` is written beside its final name and renamed at the end: the good files' report is
    /// there, no temporary file is left, and a bad input still gives its exit status.
    @Test func outputFileIsCompleteAndNoPartialFileRemains() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x41, 0xFF]).write(to: directory.appendingPathComponent("bad.txt"))
        try Data("MODERATOR: One (inaudible) gap.\n".utf8).write(to: directory.appendingPathComponent("good.txt"))
        let output = directory.appendingPathComponent("out").appendingPathExtension("jsonl")
        let run = try BoothRunner.run(["report", "--format", "jsonl", "--output", output.path, directory.path])
        #expect(run.status == 65)
        let written = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(written.contains("\"code\":\"inaudible-gap\"") && written.contains("good.txt"))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["bad.txt", "good.txt", "out.jsonl"])
    }
}
