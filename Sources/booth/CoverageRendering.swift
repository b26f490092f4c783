import BoothKit
import Foundation

/// The text, JSON and CSV forms of coverage, from a `CoverageTally` gathered file by file (CSV rows are
/// written per file, as files are done).
enum CoverageRendering {
    static func text(_ tally: CoverageTally, listUnseen: Bool) -> String {
        let glossary = tally.glossary
        let seen = tally.seen
        let share = glossary.concepts.isEmpty ? 0 : Double(seen.count) / Double(glossary.concepts.count)
        var out = "Glossary: \(glossary.name) — \(glossary.concepts.count) concepts, \(glossary.termCount) terms\n"
        out += "Files: " + (tally.files.count > filesListedInText
            ? "\(tally.files.count) (\(tally.files.prefix(3).joined(separator: ", ")), …)"
            : tally.files.joined(separator: ", ")) + "\n"
        out += String(format: "Seen: %d of %d concepts (%.1f%%)\n", seen.count, glossary.concepts.count, share * 100)
        let ordered = seen.sorted { (tally.totals[$1]!.count, glossary.concepts[$0].id) < (tally.totals[$0]!.count, glossary.concepts[$1].id) }
        for index in ordered {
            let concept = glossary.concepts[index], totals = tally.totals[index]!
            out += "\n\(concept.label()) [\(concept.id)] ×\(totals.count)\n"
            for form in totals.forms {
                out += "  \"\(form.surface)\" ×\(form.count) — \(form.status.rawValue)" + (form.surface == form.term ? "" : " (term: \(form.term))") + "\n"
            }
            out += "  files: " + filesLine(byFile(totals, tally)) + "\n"
            out += "  speakers: " + totals.bySpeaker.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out += "; modes: " + totals.byMode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        let discouraged = sortedDiscouraged(tally)
        if !discouraged.isEmpty {
            out += "\nDeprecated or forbidden forms:\n"
            for occurrence in discouraged {
                let concept = glossary.concepts[occurrence.concept]
                out += "  \(occurrence.file):\(occurrence.position): \(occurrence.status.rawValue) \"\(occurrence.surface)\""
                out += " — prefer \"\(concept.label(in: concept.terms[occurrence.term].language))\""
                out += " (\(occurrence.speaker ?? "no speaker"), \(occurrence.mode.rawValue))\n"
            }
        }
        let unseen = glossary.concepts.indices.filter { tally.totals[$0] == nil }
        if listUnseen {
            out += "\nNever seen (\(unseen.count)): " + unseen.map { glossary.concepts[$0].label() }.joined(separator: "; ") + "\n"
        } else {
            out += "\nNever seen: \(unseen.count) concepts (--all lists them)\n"
        }
        return out
    }

    /// Files listed in text output before the list gives way to a count and the files using the concept
    /// most (an archive's list would run to thousands; JSON and CSV keep them all).
    static let filesListedInText = 10

    /// "a.txt 3, b.txt 1", or for many files "2,417 files; most: a.txt 12, c.txt 9, … (json and csv list all)".
    static func filesLine(_ counts: [String: Int]) -> String {
        guard counts.count > filesListedInText else {
            return counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        let most = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map { "\($0.key) \($0.value)" }
        return "\(counts.count) files; most: " + most.joined(separator: ", ") + ", … (json and csv list all)"
    }

    /// A concept's count per file name (a file named twice counts once, with both counts).
    private static func byFile(_ totals: CoverageTally.ConceptTotals, _ tally: CoverageTally) -> [String: Int] {
        totals.byFileIndex.reduce(into: [:]) { $0[tally.files[$1.file], default: 0] += $1.count }
    }

    private static func sortedDiscouraged(_ tally: CoverageTally) -> [Coverage.Occurrence] {
        tally.discouraged.sorted { ($0.file, $0.start) < ($1.file, $1.start) }
    }

    /// One occurrence as a JSON object, keys sorted.
    static func occurrenceJSON(_ occurrence: Coverage.Occurrence, glossary: Glossary) -> String {
        var object = JSONObjectWriter()
        object.int("column", occurrence.position.column)
        object.int("end", occurrence.end)
        object.string("file", occurrence.file)
        object.string("kind", occurrence.kind.rawValue)
        object.int("line", occurrence.position.line)
        object.string("mode", occurrence.mode.rawValue)
        object.int("sentence", occurrence.sentence)
        object.string("speaker", occurrence.speaker)
        object.string("speaker_from", occurrence.speakerFrom?.rawValue)
        object.int("start", occurrence.start)
        object.string("status", occurrence.status.rawValue)
        object.string("term", glossary.concepts[occurrence.concept].terms[occurrence.term].text)
        object.string("text", occurrence.surface)
        object.int("turn", occurrence.turn)
        return object.text
    }

    /// The JSON document, written piece by piece (each concept's occurrences read back from the tally's
    /// temporary file): glossary, files, concepts_total, concepts_seen, share, concepts (seen ones: id,
    /// label, count, files, speakers, modes, forms, occurrences), unseen, discouraged — keys sorted.
    static func writeJSON(_ tally: CoverageTally, to output: StandardOutput) throws {
        let glossary = tally.glossary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json<Value: Encodable>(_ value: Value) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let seen = tally.seen
        output.write("{\"concepts\":[")
        for (position, index) in seen.enumerated() {
            let concept = glossary.concepts[index], totals = tally.totals[index]!
            let forms = totals.forms.map { form -> String in
                var object = JSONObjectWriter()
                object.int("count", form.count)
                object.string("status", form.status.rawValue)
                object.string("term", form.term)
                object.string("text", form.surface)
                return object.text
            }
            output.write((position == 0 ? "" : ",") + "{\"count\":\(totals.count),\"files\":" + (try json(byFile(totals, tally)))
                         + ",\"forms\":[" + forms.joined(separator: ",") + "],\"id\":" + JSONText.quoted(concept.id)
                         + ",\"label\":" + JSONText.quoted(concept.label()) + ",\"modes\":" + (try json(totals.byMode))
                         + ",\"occurrences\":[")
            try tally.forEachSpilled(concept: index) { output.write($0) }
            output.write("],\"speakers\":" + (try json(totals.bySpeaker)) + "}")
        }
        let share = glossary.concepts.isEmpty ? 0 : Double(seen.count) / Double(glossary.concepts.count)
        let unseen = glossary.concepts.indices.filter { tally.totals[$0] == nil }.map { glossary.concepts[$0].id }
        output.write("],\"concepts_seen\":\(seen.count),\"concepts_total\":\(glossary.concepts.count),\"discouraged\":["
                     + sortedDiscouraged(tally).map { occurrenceJSON($0, glossary: glossary) }.joined(separator: ",")
                     + "],\"files\":" + (try json(tally.files)) + ",\"glossary\":" + JSONText.quoted(glossary.name)
                     + ",\"share\":" + (try json((share * 10000).rounded() / 10000)) + ",\"unseen\":" + (try json(unseen)) + "}\n")
    }

    static let csvHeader = ["file", "line", "column", "start", "end", "concept", "concept_label", "term", "status", "kind",
                            "text", "speaker", "mode", "turn", "sentence", "speaker_from"]

    /// One file's occurrences as CSV rows, in text order.
    static func csvRows(_ occurrences: [Coverage.Occurrence], glossary: Glossary) -> String {
        var out: [UInt8] = []  // one buffer for the file's rows
        for occurrence in occurrences.sorted(by: { $0.start < $1.start }) {
            let concept = glossary.concepts[occurrence.concept]
            CSVTable.appendLine([
                occurrence.file, String(occurrence.position.line), String(occurrence.position.column), String(occurrence.start),
                String(occurrence.end), concept.id, concept.label(), concept.terms[occurrence.term].text, occurrence.status.rawValue,
                occurrence.kind.rawValue, occurrence.surface, occurrence.speaker ?? "", occurrence.mode.rawValue,
                String(occurrence.turn), String(occurrence.sentence), occurrence.speakerFrom?.rawValue ?? "",
            ], to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
