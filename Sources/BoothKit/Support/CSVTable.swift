/// RFC 4180 tables, read and written. Written here rather than taken from CSV.swift because Booth
/// reports every problem with its line:column, and CSV.swift keeps no positions for rows or errors.
public enum CSVTable {
    /// A row and the line it starts on.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
    }

    /// An unterminated quoted cell: where it started.
    public struct QuoteError: Error, Sendable, Equatable {
        public var position: Position
    }

    /// Parses text with a delimiter (`,` or tab): quoted cells may hold delimiters, doubled quotes and
    /// line breaks; CR LF and LF both end rows; blank lines are skipped.
    public static func parse(_ text: String, delimiter: Character = ",") throws(QuoteError) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var line = 1, column = 0
        var rowLine = 1
        var inQuotes = false
        var quoteStart = Position(line: 1, column: 1)
        var atCellStart = true
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRow() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(line: rowLine, cells: cells)) }
            cells = []; cell = ""; atCellStart = true
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            column += 1
            if inQuotes {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { cell.append("\""); column += 1 } else { inQuotes = false; pending = next }
                } else {
                    cell.append(character)
                    if character == "\n" || character == "\r\n" { line += 1; column = 0 }
                }
                continue
            }
            switch character {
            case "\"" where atCellStart:
                inQuotes = true
                quoteStart = Position(line: line, column: column)
                atCellStart = false
            case delimiter:
                cells.append(cell); cell = ""; atCellStart = true
            case "\n", "\r\n", "\r":
                endRow()
                line += 1; column = 0
                rowLine = line
            default:
                cell.append(character)
                atCellStart = false
            }
        }
        if inQuotes { throw QuoteError(position: quoteStart) }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }

    /// One row written per RFC 4180, ended by CR LF. Cells are quoted when they hold the delimiter, a
    /// quote or a line break; a cell that a spreadsheet would run as a formula (starting with `=`, `+`,
    /// `-`, `@`, tab or CR) is neutralized with a leading apostrophe, the usual defence against CSV
    /// injection.
    public static func line(_ cells: [String], delimiter: Character = ",") -> String {
        guard let separator = delimiter.asciiValue else { return slowLine(cells, delimiter: delimiter) }
        var out: [UInt8] = []
        appendLine(cells, separator: separator, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `line` with an ASCII delimiter, appended to `out` as UTF-8: for writers of many rows, which keep
    /// one buffer rather than a string per row.
    public static func appendLine(_ cells: [String], separator: UInt8 = 0x2C, to out: inout [UInt8]) {
        // One pass over the bytes of each cell: this writes every row of archive-sized outputs.
        for index in cells.indices {
            if index > 0 { out.append(separator) }
            let utf8 = cells[index].utf8
            let neutralize: Bool
            switch utf8.first {
            case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: neutralize = true  // = + - @ tab CR
            default: neutralize = false
            }
            let needsQuotes = utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes { out.append(0x22) }
            if neutralize { out.append(0x27) }
            if needsQuotes {
                for byte in utf8 {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: utf8)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// `line` for a delimiter that is not ASCII.
    private static func slowLine(_ cells: [String], delimiter: Character) -> String {
        cells.map { cell -> String in
            var value = cell
            if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
            let needsQuotes = value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r")
            guard needsQuotes else { return value }
            return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }.joined(separator: String(delimiter)) + "\r\n"
    }
}
