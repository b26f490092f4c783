/// Reads glossaries from CSV or TSV: a header row names the columns; one row per concept (rows with the
/// same concept id add to it); several terms in one cell are separated by `|`.
///
/// ```
/// concept,en,ru,fr,status
/// osce,OSCE,ОБСЕ,OSCE,preferred
/// minsk,Minsk agreements|Minsk agreement,Минские соглашения,accords de Minsk,preferred
/// secstate-deprecated,State Secretary,,,deprecated
/// ```
/// Columns: `concept` (or `id`), language codes (`en`, `ru`, `en-US`, …), and optionally `status`,
/// `note`, `pos`, `matching` (`stemmed`, `exact`, `case-sensitive`), `definition`. A row without a
/// concept id gets `row<line>`.
public enum CSVGlossaryReader {
    static let idColumns: Set<String> = ["concept", "id", "concept id", "conceptid"]
    static let otherColumns: Set<String> = ["status", "note", "notes", "pos", "part of speech", "partofspeech",
                                            "matching", "match", "definition", "subject", "domain"]

    public static func read(_ bytes: [UInt8], file: String) throws(GlossaryError) -> Glossary {
        let source: SourceText
        do { source = try SourceDecoder.decode(bytes, name: file) } catch {
            throw GlossaryError(file: file, position: nil, message: error.description)
        }
        var text = String(decoding: source.bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: Character = file.lowercased().hasSuffix(".tsv") || (firstLine.contains("\t") && !firstLine.contains(","))
            ? "\t" : ","
        let rows: [CSVTable.Row]
        do { rows = try CSVTable.parse(text, delimiter: delimiter) } catch {
            throw GlossaryError(file: file, position: error.position, message: "unterminated quoted cell")
        }
        guard let header = rows.first else { return Glossary(name: file, concepts: []) }
        var warnings: [GlossaryWarning] = []
        func warn(_ line: Int, _ message: String) {
            warnings.append(GlossaryWarning(file: file, position: Position(line: line, column: 1), message: message))
        }

        let names = header.cells.map { $0.trimming([" "]).lowercased() }
        var languageColumns: [(index: Int, language: String)] = []
        for (index, name) in names.enumerated() where !idColumns.contains(name) && !otherColumns.contains(name) {
            let looksLikeTag = name.count >= 2 && name.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" || $0.isNumber }
                && name.split(separator: "-").first.map { (2...3).contains($0.count) } == true
            if looksLikeTag {
                if !LanguageCode.isKnown(name) { warn(header.line, "unknown language '\(header.cells[index])' in column \(index + 1)") }
                languageColumns.append((index, LanguageCode.fold(name)))
            } else {
                warn(header.line, "column '\(header.cells[index])' is neither a language nor a known column; ignored")
            }
        }
        guard !languageColumns.isEmpty else {
            throw GlossaryError(file: file, position: Position(line: header.line, column: 1),
                                message: "the header row names no language column (such as en, ru, fr)")
        }
        func column(_ candidates: Set<String>) -> Int? { names.firstIndex { candidates.contains($0) } }
        let idColumn = column(idColumns)
        let statusColumn = column(["status"]), noteColumn = column(["note", "notes"])
        let posColumn = column(["pos", "part of speech", "partofspeech"]), matchColumn = column(["matching", "match"])
        let definitionColumn = column(["definition"])

        var concepts: [Concept] = []
        var index: [String: Int] = [:]
        for row in rows.dropFirst() {
            if row.cells.count != names.count {
                warn(row.line, "row has \(row.cells.count) cells, the header \(names.count); missing cells are empty")
            }
            func cell(_ column: Int?) -> String? {
                guard let column, column < row.cells.count else { return nil }
                let value = row.cells[column].trimming([" "])
                return value.isEmpty ? nil : value
            }
            let id = cell(idColumn) ?? "row\(row.line)"
            var status = TermStatus.preferred
            if let value = cell(statusColumn) {
                if let parsed = TermStatus(tbxValue: value) { status = parsed } else { warn(row.line, "unknown status '\(value)'") }
            }
            var matching: TermMatching?
            if let value = cell(matchColumn) {
                matching = TermMatching(rawValue: value.lowercased())
                if matching == nil { warn(row.line, "unknown matching '\(value)' (stemmed, exact, case-sensitive)") }
            }
            var terms: [Term] = []
            for (column, language) in languageColumns {
                guard column < row.cells.count else { continue }
                let cellText = row.cells[column]
                if cellText.trimming([" "]).isEmpty { continue }
                for variant in cellText.split(separator: "|", omittingEmptySubsequences: false) {
                    let text = variant.trimming([" "])
                    if text.isEmpty { warn(row.line, "empty term in column \(column + 1)"); continue }
                    terms.append(Term(text: text, language: language, status: status, partOfSpeech: cell(posColumn),
                                      note: cell(noteColumn), matching: matching))
                }
            }
            if terms.isEmpty { warn(row.line, "row has no terms"); continue }
            if let existing = index[id] {
                concepts[existing].terms += terms
            } else {
                index[id] = concepts.count
                concepts.append(Concept(id: id, terms: terms, definition: cell(definitionColumn)))
            }
        }
        return Glossary(name: file, concepts: concepts, warnings: warnings)
    }
}
