import BoothKit
import Foundation
import Testing
import TestSupport

@Suite struct AlignCommandTests {
    let source = "Tests/Fixtures/align/stockholm-ru.txt"
    let target = "Tests/Fixtures/align/stockholm-en.txt"

    @Test func tsvHasOneLinkALineWithIdsAndConfidence() throws {
        let result = try BoothRunner.run(["align", source, target])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "source_ids\ttarget_ids\tconfidence\tsource_text\ttarget_text")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
        #expect(lines[1].hasPrefix("0\t0\t"))
    }

    @Test func jsonReportsTheGapsWithTheirRussianWords() throws {
        struct Document: Decodable {
            struct Gap: Decodable { var recovered: String; var line: Int; var column: Int }
            var source_language: String; var target_language: String; var gaps: [Gap]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(try BoothRunner.run(["align", "--format", "json", source, target]).stdout))
        #expect(document.source_language == "ru" && document.target_language == "en")
        #expect(document.gaps.map(\.recovered) == ["рад вас видеть", "символичным, что"])
    }

    @Test func goldScoringPrintsPrecisionRecallAndF1() throws {
        let result = try BoothRunner.run(["align", "--gold", "Tests/Fixtures/align/geneva.gold.tsv",
                                          "Tests/Fixtures/align/geneva-en.txt", "Tests/Fixtures/align/geneva-ru.txt"])
        #expect(result.output.hasPrefix("precision 1.000  recall 1.000  F1 1.000"))
    }

    @Test func tmxAndHTMLAreWritten() throws {
        let tmx = try BoothRunner.run(["align", "--format", "tmx", source, target])
        #expect(tmx.output.contains("<tmx version=\"1.4\">") && tmx.output.contains("srclang=\"ru\""))
        #expect(tmx.output.contains("<tuv xml:lang=\"en\"><seg>So Mr. Secretary of State, (inaudible).</seg></tuv>"))
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("align.html")
        #expect(try BoothRunner.run(["align", "--format", "html", "--output", page.path, source, target]).status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("рад вас видеть") && html.contains("class=\"gap\""))
        // Each side in its language and the direction of its text.
        #expect(html.contains("<td lang=\"ru\" dir=\"auto\">") && html.contains("<td lang=\"en\" dir=\"auto\">"))
    }
}

@Suite struct ReportWithSourceTests {
    @Test func reportWithASourceAddsThePairFlags() throws {
        struct FlagJSON: Decodable { var code: String; var file: String; var message: String }
        let result = try BoothRunner.run(["report", "--format", "jsonl", "--source", "Tests/Fixtures/align/stockholm-ru.txt",
                                          "Tests/Fixtures/align/stockholm-en.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let flags = try decodeJSONLines(FlagJSON.self, result.output)
        #expect(flags.filter { $0.code == "gap-recovered" }.count == 2)
        #expect(flags.contains { $0.code == "addition" })
        #expect(try BoothRunner.run(["report", "--source", "a.txt", "b.txt", "c.txt"]).status == 2)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("pair.html")
        #expect(try BoothRunner.run(["report", "--format", "html", "--output", page.path, "--source",
                                     "Tests/Fixtures/align/stockholm-ru.txt", "Tests/Fixtures/align/stockholm-en.txt"]).status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Source and interpretation, side by side") && html.contains("рад вас видеть"))
        // Every flag, including those of the source file, has its anchor.
        let flagCount = try decodeJSONLines(FlagJSON.self, try BoothRunner.run(["report", "--format", "jsonl", "--source",
            "Tests/Fixtures/align/stockholm-ru.txt", "Tests/Fixtures/align/stockholm-en.txt"]).output).count
        for index in 1...flagCount { #expect(html.contains("id=\"flag-\(index)\"")) }
    }
}
