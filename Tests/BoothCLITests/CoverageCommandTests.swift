import BoothKit
import Foundation
import Testing
import TestSupport

@Suite struct CoverageCommandTests {
    struct Document: Decodable {
        struct Occurrence: Decodable { var file: String; var line: Int; var column: Int; var text: String; var status: String; var speaker: String? }
        struct ConceptJSON: Decodable { var id: String; var count: Int; var files: [String: Int]; var modes: [String: Int] }
        var concepts_total: Int
        var concepts_seen: Int
        var concepts: [ConceptJSON]
        var unseen: [String]
        var discouraged: [Occurrence]
    }

    @Test func jsonDocumentHasConceptsUnseenAndDiscouraged() throws {
        let result = try BoothRunner.run(["coverage", "--format", "json", "Corpora/"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout))
        #expect(document.concepts_total >= 150)
        #expect(document.concepts_seen == document.concepts.count)
        #expect(document.concepts_seen + document.unseen.count == document.concepts_total)
        #expect(document.discouraged.map { "\($0.file):\($0.line):\($0.column) \($0.text)" }
                == ["Corpora/geneva-2022-01-21.txt:21:48 State Secretary"])
        let nato = try #require(document.concepts.first { $0.id == "nato" })
        #expect(nato.modes == ["interpreted": nato.count])
    }

    @Test func failOnDeprecatedExitsWithOne() throws {
        #expect(try BoothRunner.run(["coverage", "--fail-on", "deprecated", Fixtures.geneva]).status == 1)
        #expect(try BoothRunner.run(["coverage", "--fail-on", "forbidden", Fixtures.geneva]).status == 0)
        #expect(try BoothRunner.run(["coverage", "--fail-on", "deprecated", Fixtures.stockholm]).status == 0)
    }

    @Test func csvIsOneRowPerOccurrenceAndNeutralizesFormulas() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let glossaryFile = directory.appendingPathComponent("g.csv")
        try Data("concept,en\nformula,=HYPERLINK\nplus,+cmd\n".utf8).write(to: glossaryFile)
        let transcript = directory.appendingPathComponent("t.txt")
        try Data("MODERATOR: Type =HYPERLINK here, or +cmd there.\n".utf8).write(to: transcript)
        let result = try BoothRunner.run(["coverage", "--format", "csv", "--glossary", glossaryFile.path, transcript.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try CSVTable.parse(result.output)
        #expect(rows.first?.cells.prefix(3) == ["file", "line", "column"])
        #expect(rows.count == 3)
        // Every cell that a spreadsheet would run as a formula starts with an apostrophe instead.
        for row in rows.dropFirst() {
            for cell in row.cells { #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "\(cell)") }
        }
        #expect(rows[1].cells[7] == "'=HYPERLINK")
        // The last column says where the speaker comes from: MODERATOR's label.
        #expect(rows.first?.cells.last == "speaker_from" && rows[1].cells.last == "label")
    }

    /// An interview's answer attributed by its title: the occurrence's speaker is the interviewee, from
    /// the header.
    @Test func occurrencesSayWhereTheirSpeakerComesFrom() throws {
        struct Occurrence: Decodable { var speaker: String?; var speaker_from: String? }
        struct Concept: Decodable { var occurrences: [Occurrence] }
        struct Document: Decodable { var concepts: [Concept] }
        let interview = Array(("Entretien de M. Jean-Noël Barrot avec « RFI »\n\nQ - Monsieur le Ministre, que pensez-vous de l’OTAN ?\n\n"
            + "R - Nous pensons que l’OTAN est notre alliance et que nous sommes prêts.\n").utf8)
        let result = try BoothRunner.run(["coverage", "--format", "json", "-"], stdin: interview)
        let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout))
        let occurrences = document.concepts.flatMap(\.occurrences)
        #expect(occurrences.map(\.speaker) == ["QUESTION", "BARROT"])
        #expect(occurrences.map(\.speaker_from) == ["label", "header"])
    }

    @Test func badGlossaryIsAClearError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bomb = directory.appendingPathComponent("bomb.tbx")
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY a \"aaaa\">]>\n<martif/>".utf8).write(to: bomb)
        let result = try BoothRunner.run(["coverage", "--glossary", bomb.path, Fixtures.geneva])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bomb.tbx:2:14: XML entity declarations are refused"))
        #expect(result.output.isEmpty)
    }

    /// With many files, the text summary gives counts and the files using a concept most, not every
    /// file; JSON still lists them all.
    @Test func manyFilesAreSummarizedInText() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<12 {
            let uses = String(repeating: "The OSCE met. ", count: index + 1)
            try Data("MODERATOR: \(uses)\n".utf8).write(to: directory.appendingPathComponent(String(format: "f%02d.txt", index)))
        }
        let text = try BoothRunner.run(["coverage", directory.path]).output
        #expect(text.contains("Files: 12 ("))
        #expect(text.contains("files: 12 files; most: \(directory.path)/f11.txt 12, \(directory.path)/f10.txt 11"))
        struct Document: Decodable { struct Concept: Decodable { var id: String; var files: [String: Int] }; var concepts: [Concept] }
        let json = try JSONDecoder().decode(Document.self, from: Data(try BoothRunner.run(["coverage", "--format", "json", directory.path]).stdout))
        #expect(json.concepts.first { $0.id == "osce" }?.files.count == 12)
    }
}
