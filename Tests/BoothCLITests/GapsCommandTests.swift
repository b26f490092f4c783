import BoothKit
import Foundation
import Testing
import TestSupport

@Suite struct GapsCommandTests {
    struct Document: Decodable {
        struct GapJSON: Decodable {
            var file: String; var line: Int; var column: Int; var speaker: String?; var mode: String
            var marker: String; var concepts: [String]; var timestamp: String?
        }
        struct Totals: Decodable { var files: [String: Int]; var speakers: [String: Int] }
        var gaps: [GapJSON]
        var totals: Totals
    }

    /// The text form's totals read as a person would write them: "1 gap", a name and its count apart
    /// ("SPEAKER 1: 1", not "SPEAKER 1 1"); the report's summary counts in the singular where it is one.
    @Test func textTotalsAndSummaryCountInWords() throws {
        let text = Array("Transcript\n\nSpeaker 1 (00:01:10): Thank you. [foreign language 00:01:15] So we agree.\n".utf8)
        let gaps = try BoothRunner.run(["gaps", "--format", "text", "-"], stdin: text)
        #expect(gaps.status == 0, "\(gaps.stderr)")
        #expect(gaps.output.contains("\n1 gap — by file: -: 1; by speaker: SPEAKER 1: 1\n"), "\(gaps.output)")
        let report = try BoothRunner.run(["report", "--format", "text", "-"], stdin: text)
        #expect(report.output.hasSuffix("1 flag: 0 errors, 1 warning, 0 info\n"), "\(report.output)")
    }

    @Test func jsonListsExactlyTheThreeStockholmGaps() throws {
        let result = try BoothRunner.run(["gaps", "--format", "json", "Corpora/"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout))
        #expect(document.gaps.map { "\($0.line):\($0.column)" } == ["11:72", "11:101", "19:677"])
        #expect(document.gaps.allSatisfy { $0.speaker == "LAVROV" && $0.mode == "interpreted" && $0.file == Fixtures.stockholm })
        #expect(document.totals.files == [Fixtures.stockholm: 3])
        #expect(document.totals.speakers == ["LAVROV": 3])
        #expect(document.gaps[2].concepts.contains("nato"))
    }

    @Test func csvHasAHeaderAndOneRowPerGap() throws {
        let result = try BoothRunner.run(["gaps", "--format", "csv", Fixtures.stockholm])
        let rows = try CSVTable.parse(result.output)
        #expect(rows.count == 4)
        #expect(rows[0].cells.prefix(3) == ["file", "line", "column"])
        #expect(rows[3].cells[6] == "(inaudible)")
        let speakerFrom = try #require(rows[0].cells.firstIndex(of: "speaker_from"))
        #expect(rows[1...].allSatisfy { $0.cells[speakerFrom] == "label" })
        #expect(rows[0].cells.last == "presiding" && rows[1...].allSatisfy { $0.cells.last == "" })
    }

    /// A gap in an unlabelled opening statement whose speaker only the title names says so, in every form.
    @Test func aSpeakerNamedByTheHeaderIsSaidToBeSo() throws {
        let text = Array(("Remarks by Foreign Minister Sergey Lavrov, Moscow, June 11, 2024\n\nLadies and gentlemen,\n\n"
            + "We have held useful talks (inaudible) today.\n\nQuestion: What next?\n\nSergey Lavrov: We will see (inaudible).\n").utf8)
        let json = try BoothRunner.run(["gaps", "--format", "json", "-"], stdin: text)
        let gaps = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])["gaps"] as? [[String: Any]]
        #expect(gaps?.map { $0["speaker_from"] as? String } == ["header", "label"])
        #expect(gaps?.map { $0["speaker"] as? String } == ["LAVROV", "LAVROV"])
        let plain = try BoothRunner.run(["gaps", "--format", "text", "-"], stdin: text)
        #expect(plain.output.contains("(inaudible) — LAVROV (named by the header), original"), "\(plain.output)")
        #expect(plain.output.contains("(inaudible) — LAVROV, original"))
        let csv = try CSVTable.parse(try BoothRunner.run(["gaps", "--format", "csv", "-"], stdin: text).output)
        let speakerFrom = try #require(csv[0].cells.firstIndex(of: "speaker_from"))
        #expect(csv.dropFirst().map { $0.cells[speakerFrom] } == ["header", "label"])
    }

    /// A gap in a turn of the chair's title names who holds the chair, in every form.
    @Test func aGapByTheChairNamesWhoHoldsIt() throws {
        let text = Array("IN THE CHAIR: PINA PICIERNO\nVice-President\n\nPresident. – The next item is (inaudible) the vote.\n".utf8)
        let json = try BoothRunner.run(["gaps", "--format", "json", "-"], stdin: text)
        let gaps = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])["gaps"] as? [[String: Any]]
        #expect(gaps?.map { $0["presiding"] as? String } == ["PINA PICIERNO"])
        let plain = try BoothRunner.run(["gaps", "--format", "text", "-"], stdin: text)
        #expect(plain.output.contains("(inaudible) — PRESIDENT (PINA PICIERNO in the chair), original"), "\(plain.output)")
        let csv = try CSVTable.parse(try BoothRunner.run(["gaps", "--format", "csv", "-"], stdin: text).output)
        #expect(csv.dropFirst().map { $0.cells.last } == ["PINA PICIERNO"])
    }
}
