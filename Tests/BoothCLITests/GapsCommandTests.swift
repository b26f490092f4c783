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
    }
}
