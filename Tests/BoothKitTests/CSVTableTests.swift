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

    /// Any cells, written and read back, are the cells (formula-like ones with their apostrophe), with a
    /// comma, a tab or a semicolon as delimiter.
    @Test(arguments: [",", "\t", ";"] as [Character])
    func randomCellsRoundTrip(_ delimiter: Character) throws {
        var generator = SplitMix64(seed: 7)
        let alphabet: [Character] = ["a", "Я", ",", ";", "\t", "\"", "\n", "\r", "\r\n", "=", "+", "-", "@", " ", "é", "🇺🇳", "'"]
        for _ in 0..<500 {
            let cells = (0..<Int(generator.next() % 5 + 1)).map { _ in
                String((0..<Int(generator.next() % 8 + 1)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            }
            let rows = try CSVTable.parse(CSVTable.line(cells, delimiter: delimiter), delimiter: delimiter)
            let expected = cells.map { cell in cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + cell : cell }
            #expect(rows.map(\.cells) == [expected], "\(cells)")
        }
    }

    @Test func rowsKnowTheirLinesAndAnOpenQuoteIsAnError() throws {
        let rows = try CSVTable.parse("a,b\r\n\"x\ny\",z\n\nlast,row\n")
        #expect(rows.map(\.line) == [1, 2, 5])
        #expect(throws: CSVTable.QuoteError(position: Position(line: 2, column: 3))) { try CSVTable.parse("a\nb,\"open\n") }
    }
}
