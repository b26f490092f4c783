import BoothKit
import Foundation
import Testing
import TestSupport

@Suite struct ReportCommandTests {
    struct FlagJSON: Decodable {
        var code: String; var severity: String; var file: String; var line: Int; var column: Int
        var start: Int; var end: Int; var text: String; var speaker: String?; var message: String
    }
    struct Document: Decodable { var files: [String]; var summary: [String: Int]; var flags: [FlagJSON] }

    @Test func jsonAndJSONLinesAgree() throws {
        let json = try BoothRunner.run(["report", "--format", "json", "Corpora/"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try JSONDecoder().decode(Document.self, from: Data(json.stdout))
        let lines = try decodeJSONLines(FlagJSON.self, try BoothRunner.run(["report", "--format", "jsonl", "Corpora/"]).output)
        #expect(document.flags.map(\.start) == lines.map(\.start))
        #expect(document.summary["error"] == document.flags.filter { $0.severity == "error" }.count)
        let original = try Fixtures.bytes(Fixtures.stockholm)
        for flag in document.flags where flag.code == "inaudible-gap" {
            #expect(String(decoding: original[flag.start..<flag.end], as: UTF8.self) == "(inaudible)")
        }
    }

    @Test func csvRoundTripsThroughACSVReaderWithTheSameFields() throws {
        let json = try JSONDecoder().decode(Document.self, from: Data(try BoothRunner.run(["report", "--format", "json", "Corpora/"]).stdout))
        let rows = try CSVTable.parse(try BoothRunner.run(["report", "--format", "csv", "Corpora/"]).output)
        #expect(rows.first?.cells == ["file", "line", "column", "start", "end", "severity", "code", "speaker", "mode",
                                      "concept", "message", "text", "speaker_from"])
        #expect(rows.count == json.flags.count + 1)
        for (row, flag) in zip(rows.dropFirst(), json.flags) {
            #expect(row.cells[0] == flag.file && Int(row.cells[3]) == flag.start && row.cells[6] == flag.code)
            #expect(row.cells[10] == flag.message && row.cells[11] == flag.text)
            #expect(row.cells[12] == "label")  // every speaker of the corpora is a label's
        }
    }

    /// A flag says where its speaker comes from: an interview's answer attributed by the title is
    /// "header", so a program quoting it can say the transcript did not label it.
    @Test func flagsSayWhereTheirSpeakerComesFrom() throws {
        struct SourcedFlag: Decodable { var speaker: String?; var speaker_from: String? }
        let interview = Array("""
            Entretien de M. Jean-Noël Barrot avec « RFI »

            Q - Que dit la France ?

            R - Nous demandons (inaudible) un cessez-le-feu.

            """.utf8)
        let flags = try decodeJSONLines(SourcedFlag.self, try BoothRunner.run(["report", "--format", "jsonl", "-"], stdin: interview).output)
        #expect(!flags.isEmpty && flags.allSatisfy { $0.speaker == "BARROT" && $0.speaker_from == "header" })
    }

    @Test func failOnOnlyAndIgnore() throws {
        #expect(try BoothRunner.run(["report", "--fail-on", "error", Fixtures.stockholm]).status == 1)
        #expect(try BoothRunner.run(["report", "--fail-on", "error", Fixtures.geneva]).status == 0)
        #expect(try BoothRunner.run(["report", "--fail-on", "warning", Fixtures.geneva]).status == 1)
        let only = try decodeJSONLines(FlagJSON.self, try BoothRunner.run(["report", "--format", "jsonl", "--only", "inaudible-gap", "Corpora/"]).output)
        #expect(only.count == 3 && only.allSatisfy { $0.code == "inaudible-gap" })
        let ignored = try BoothRunner.run(["report", "--format", "jsonl", "--ignore", "inaudible-gap", "--fail-on", "error", Fixtures.stockholm])
        #expect(ignored.status == 0)
        #expect(try BoothRunner.run(["report", "--only", "no-such-code", Fixtures.geneva]).status == 2)
    }

    @Test func htmlIsWrittenToTheOutputFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        let result = try BoothRunner.run(["report", "Corpora/", "--format", "html", "--output", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Booth report") && html.contains("id=\"flag-1\""))
        #expect(try BoothRunner.run(["report", "--format", "html", Fixtures.geneva]).status == 2)
    }

    /// The page shows a meeting record's procedural notes where they stand, set apart from the speech, and
    /// gives each turn its language and a direction from its text (Arabic reads right to left).
    @Test func htmlShowsNotesAndEachTurnsLanguage() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = directory.appendingPathComponent("record.txt"), page = directory.appendingPathComponent("report.html")
        try Data("افتتحت الجلسة الساعة 10/05.\n\nالرئيس (تكلم بالفرنسية): أشكر الأمين العام.\n\nThe President: Thank you.\n\nرفعت الجلسة الساعة 13/15.\n".utf8).write(to: record)
        let result = try BoothRunner.run(["report", record.path, "--format", "html", "--output", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        let opening = try #require(html.range(of: "<p class=\"note\" dir=\"auto\" title=\"procedural note: opening\">افتتحت الجلسة الساعة 10/05.</p>"))
        let firstTurn = try #require(html.range(of: "<div class=\"turn interpreted\" lang=\"ar\" dir=\"auto\">"))
        let secondTurn = try #require(html.range(of: "<div class=\"turn original\" lang=\"en\" dir=\"auto\">"))
        let closing = try #require(html.range(of: "title=\"procedural note: closing\">رفعت الجلسة الساعة 13/15.</p>"))
        #expect(opening.lowerBound < firstTurn.lowerBound && firstTurn.lowerBound < secondTurn.lowerBound && secondTurn.lowerBound < closing.lowerBound)
    }

    /// The run-wide renderings in text: one "across files" section, in file order, with a speaker heading
    /// wherever the speaker changes (not grouped: they arrive a batch at a time).
    @Test func acrossFilesSectionFollowsTheFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = ["a.txt": "MODERATOR: The talks went well.\n", "b.txt": "MODERATOR: The negotiations went well.\n",
                     "c.txt": "ANALYST: The talks went well.\n", "d.txt": "MODERATOR: The negotiations went on.\n"]
        for (name, text) in texts { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        let output = try BoothRunner.run(["report", directory.path]).output
        let section = try #require(output.range(of: "== across files: 4 flags")).upperBound
        let lines = output[section...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let headings = lines.filter { $0 == "MODERATOR" || $0 == "ANALYST" }
        #expect(headings == ["MODERATOR", "ANALYST", "MODERATOR"])
        let files = lines.compactMap { line in ["a.txt", "b.txt", "c.txt", "d.txt"].first { line.contains("/\($0):") } }
        #expect(files == ["a.txt", "b.txt", "c.txt", "d.txt"])
    }

    @Test func textIsPlainWhenNotATerminal() throws {
        let result = try BoothRunner.run(["report", Fixtures.stockholm])
        #expect(!result.output.contains("\u{1B}["))
        #expect(result.output.contains("error [inaudible-gap]"))
    }
}
