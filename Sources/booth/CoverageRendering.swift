import BoothKit
import Foundation

/// The text, JSON and CSV forms of a `Coverage`.
enum CoverageRendering {
    static func text(_ coverage: Coverage, listUnseen: Bool) -> String {
        var out = "Glossary: \(coverage.glossary.name) — \(coverage.glossary.concepts.count) concepts, \(coverage.glossary.termCount) terms\n"
        out += "Files: \(coverage.files.joined(separator: ", "))\n"
        out += String(format: "Seen: %d of %d concepts (%.1f%%)\n", coverage.seen.count, coverage.concepts.count, coverage.share * 100)
        for report in coverage.seen.sorted(by: { ($1.count, $0.concept.id) < ($0.count, $1.concept.id) }) {
            out += "\n\(report.concept.label()) [\(report.concept.id)] ×\(report.count)\n"
            for form in report.forms {
                out += "  \"\(form.surface)\" ×\(form.count) — \(form.status.rawValue)" + (form.surface == form.term ? "" : " (term: \(form.term))") + "\n"
            }
            out += "  files: " + report.byFile.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
            out += "  speakers: " + report.bySpeaker.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out += "; modes: " + report.byMode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        let discouraged = coverage.discouraged
        if !discouraged.isEmpty {
            out += "\nDeprecated or forbidden forms:\n"
            for occurrence in discouraged {
                let concept = coverage.glossary.concepts[occurrence.concept]
                out += "  \(occurrence.file):\(occurrence.position): \(occurrence.status.rawValue) \"\(occurrence.surface)\""
                out += " — prefer \"\(concept.label(in: concept.terms[occurrence.term].language))\""
                out += " (\(occurrence.speaker ?? "no speaker"), \(occurrence.mode.rawValue))\n"
            }
        }
        if listUnseen {
            out += "\nNever seen (\(coverage.unseen.count)): " + coverage.unseen.map { $0.concept.label() }.joined(separator: "; ") + "\n"
        } else {
            out += "\nNever seen: \(coverage.unseen.count) concepts (--all lists them)\n"
        }
        return out
    }

    struct OccurrenceJSON: Encodable {
        var file: String, line: Int, column: Int, start: Int, end: Int
        var text: String, term: String, status: String, kind: String
        @EncodedAsNull var speaker: String?
        var mode: String, turn: Int, sentence: Int
    }

    struct FormJSON: Encodable { var text: String; var term: String; var status: String; var count: Int }

    struct ConceptJSON: Encodable {
        var id: String, label: String, count: Int
        var files: [String: Int], speakers: [String: Int], modes: [String: Int]
        var forms: [FormJSON]
        var occurrences: [OccurrenceJSON]
    }

    struct DocumentJSON: Encodable {
        var glossary: String
        var files: [String]
        var conceptsTotal: Int, conceptsSeen: Int, share: Double
        var concepts: [ConceptJSON]
        var unseen: [String]
        var discouraged: [OccurrenceJSON]

        enum CodingKeys: String, CodingKey {
            case glossary, files, conceptsTotal = "concepts_total", conceptsSeen = "concepts_seen", share, concepts, unseen, discouraged
        }
    }

    static func occurrenceJSON(_ occurrence: Coverage.Occurrence, in coverage: Coverage) -> OccurrenceJSON {
        let term = coverage.glossary.concepts[occurrence.concept].terms[occurrence.term]
        return OccurrenceJSON(file: occurrence.file, line: occurrence.position.line, column: occurrence.position.column,
                              start: occurrence.start, end: occurrence.end, text: occurrence.surface, term: term.text,
                              status: occurrence.status.rawValue, kind: occurrence.kind.rawValue, speaker: occurrence.speaker,
                              mode: occurrence.mode.rawValue, turn: occurrence.turn, sentence: occurrence.sentence)
    }

    static func json(_ coverage: Coverage) throws -> String {
        let document = DocumentJSON(
            glossary: coverage.glossary.name, files: coverage.files, conceptsTotal: coverage.concepts.count,
            conceptsSeen: coverage.seen.count, share: (coverage.share * 10000).rounded() / 10000,
            concepts: coverage.seen.map { report in
                ConceptJSON(id: report.concept.id, label: report.concept.label(), count: report.count, files: report.byFile,
                            speakers: report.bySpeaker, modes: report.byMode,
                            forms: report.forms.map { FormJSON(text: $0.surface, term: $0.term, status: $0.status.rawValue, count: $0.count) },
                            occurrences: report.occurrences.map { occurrenceJSON($0, in: coverage) })
            },
            unseen: coverage.unseen.map(\.concept.id),
            discouraged: coverage.discouraged.map { occurrenceJSON($0, in: coverage) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    static let csvHeader = ["file", "line", "column", "start", "end", "concept", "concept_label", "term", "status", "kind",
                            "text", "speaker", "mode", "turn", "sentence"]

    static func csv(_ coverage: Coverage) -> String {
        var out = CSVTable.line(csvHeader)
        let occurrences = coverage.concepts.flatMap(\.occurrences).sorted { ($0.file, $0.start) < ($1.file, $1.start) }
        for occurrence in occurrences {
            let concept = coverage.glossary.concepts[occurrence.concept]
            out += CSVTable.line([
                occurrence.file, String(occurrence.position.line), String(occurrence.position.column), String(occurrence.start),
                String(occurrence.end), concept.id, concept.label(), concept.terms[occurrence.term].text, occurrence.status.rawValue,
                occurrence.kind.rawValue, occurrence.surface, occurrence.speaker ?? "", occurrence.mode.rawValue,
                String(occurrence.turn), String(occurrence.sentence),
            ])
        }
        return out
    }
}
