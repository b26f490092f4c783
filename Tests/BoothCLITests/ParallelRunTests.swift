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
