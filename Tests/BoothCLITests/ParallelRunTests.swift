import BoothKit
import Foundation
import Testing
import TestSupport

@Suite struct ParallelRunTests {
    /// Files are analyzed a batch at a time (dozens of files here): a bad file in the middle of a batch
    /// fails alone, the others keep their place, and the errors come in input order.
    @Test func parallelRunsKeepInputOrderAndSkipOnlyTheBadFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad: [Int: [UInt8]] = [4: [0x41, 0xFF, 0x42], 37: [0x41, 0x00, 0x42]]
        for index in 0..<60 {
            let name = String(format: "t%02d.txt", index)
            let content = bad[index] ?? Array("MODERATOR: File \(index) (inaudible) here.\n".utf8)
            try Data(content).write(to: directory.appendingPathComponent(name))
        }
        struct Gap: Decodable { var file: String }
        struct Document: Decodable { var gaps: [Gap] }
        for jobs in ["1", "2", "4"] {
            let result = try BoothRunner.run(["gaps", "--format", "json", "--jobs", jobs, directory.path])
            #expect(result.status == 65)
            let invalid = result.stderr.range(of: "t04.txt:1:2: invalid UTF-8 at byte offset 1")
            let binary = result.stderr.range(of: "t37.txt:1:2: binary input (NUL byte at byte offset 1)")
            #expect(invalid != nil && binary != nil && invalid!.lowerBound < binary!.lowerBound, "\(result.stderr)")
            let files = try JSONDecoder().decode(Document.self, from: Data(result.stdout)).gaps.map { ($0.file as NSString).lastPathComponent }
            #expect(files == (0..<60).filter { bad[$0] == nil }.map { String(format: "t%02d.txt", $0) })
        }
        #expect(try BoothRunner.run(["gaps", "--jobs", "0", directory.path]).status == 2)
    }

    /// normalize and segment run in parallel too: the same bytes out, in input order, whatever --jobs,
    /// and the bad file reported and skipped.
    @Test func normalizeAndSegmentGiveTheSameOutputWithAnyNumberOfJobs() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<7 {
            let content: [UInt8] = index == 3 ? [0x41, 0xFF, 0x42]
                : Array("MODERATOR: File \(index).  It has “quotes” — and (inaudible) a gap.\nQUESTION: Two?\n".utf8)
            try Data(content).write(to: directory.appendingPathComponent(String(format: "t%02d.txt", index)))
        }
        for command in [["normalize", "--format", "json"], ["segment"], ["segment", "--turns"]] {
            let runs = try ["1", "2", "3"].map { try BoothRunner.run(command + ["--jobs", $0, directory.path]) }
            #expect(runs.allSatisfy { $0.status == 65 && $0.stderr.contains("t03.txt") })
            #expect(runs.allSatisfy { $0.output == runs[0].output })
            let files = runs[0].output.split(separator: "\n").compactMap { line in
                line.range(of: "t0[0-9].txt", options: .regularExpression).map { String(line[$0]) }
            }
            let inOrder = files.enumerated().filter { $0.offset == 0 || files[$0.offset - 1] != $0.element }.map(\.element)
            #expect(inOrder == ["t00.txt", "t01.txt", "t02.txt", "t04.txt", "t05.txt", "t06.txt"])
        }
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

    /// The run-wide renderings come after the last file and are rendered on all cores, a slice each:
    /// with enough of them for several slices, the output is still the library's in-memory review, in
    /// order, whatever the number of jobs and the format.
    @Test func runWideFlagsRenderedInSlicesKeepTheirOrder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for index in 0..<220 {
            let path = directory.appendingPathComponent(String(format: "t%03d.txt", index)).path
            try Data(try Fixtures.bytes(Fixtures.corpora[index % Fixtures.corpora.count])).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let results = try files.map { file -> (transcript: Transcript, matches: [TermMatch]) in
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            let transcript = try TranscriptParser().parse(try Normalizer().normalize(try SourceDecoder.decode(bytes, name: file)))
            return (transcript, try matcher.matches(in: transcript))
        }
        let expected = try Reviewer(glossary: bundled).review(results)
            .map { FlagJSON(code: $0.code.rawValue, file: $0.file, start: $0.start, end: $0.end, message: $0.message) }
        // Enough run-wide flags for two slices (a slice has at least 256).
        #expect(expected.filter { $0.message.contains("elsewhere in the run") }.count >= 512)
        var jsonLines: [String] = []
        for jobs in ["1", "2", "3"] {
            let json = try BoothRunner.run(["report", "--format", "json", "--jobs", jobs, directory.path])
            #expect(json.status == 0, "\(json.stderr)")
            #expect(try JSONDecoder().decode(Document.self, from: Data(json.stdout)).flags == expected)
            let lines = try BoothRunner.run(["report", "--format", "jsonl", "--jobs", jobs, directory.path])
            #expect(lines.output.split(separator: "\n").map { try? JSONDecoder().decode(FlagJSON.self, from: Data($0.utf8)) } == expected)
            jsonLines.append(lines.output)
        }
        #expect(Set(jsonLines).count == 1)
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
