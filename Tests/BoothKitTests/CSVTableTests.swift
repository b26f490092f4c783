import Testing
@testable import BoothKit

@Suite struct CSVTableTests {
    @Test func formulaLikeCellsAreNeutralizedAndQuotedCellsRoundTrip() throws {
        let cells = ["=SUM(A1:A9)", "+1", "-2", "@cmd", "plain", "a,b", "say \"hi\"", "two\nlines", "Минские соглашения"]
        let line = CSVTable.line(cells)
        #expect(line.hasSuffix("\r\n"))
        let rows = try CSVTable.parse(line)
        #expect(rows.count == 1)
        #expect(rows[0].cells == ["'=SUM(A1:A9)", "'+1", "'-2", "'@cmd", "plain", "a,b", "say \"hi\"", "two\nlines", "Минские соглашения"])
    }

    @Test func rowsKnowTheirLinesAndAnOpenQuoteIsAnError() throws {
        let rows = try CSVTable.parse("a,b\r\n\"x\ny\",z\n\nlast,row\n")
        #expect(rows.map(\.line) == [1, 2, 5])
        #expect(throws: CSVTable.QuoteError(position: Position(line: 2, column: 3))) { try CSVTable.parse("a\nb,\"open\n") }
    }
}
