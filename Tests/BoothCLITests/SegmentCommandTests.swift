import BoothKit
import Foundation
import Testing
import TestSupport

struct SentenceJSON: Decodable {
    struct MarkerJSON: Decodable { var kind: String; var start: Int; var end: Int; var line: Int; var column: Int; var timestamp: String? }
    var file: String
    var turn: Int
    var speaker: String?
    var role: String?
    var mode: String
    var language: String
    var sentence: Int
    var text: String
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var markers: [MarkerJSON]
}

@Suite struct SegmentCommandTests {
    @Test func everySentenceSpanSlicesTheOriginalToItsText() throws {
        let result = try BoothRunner.run(["segment", "Corpora/"])
        #expect(result.status == 0, "\(result.stderr)")
        let sentences = try decodeJSONLines(SentenceJSON.self, result.output)
        #expect(sentences.count > 50)
        let normalizer = try Normalizer()
        for sentence in sentences {
            let original = try Fixtures.bytes(sentence.file)
            let slice = Array(original[sentence.start..<sentence.end])
            let normalized = try normalizer.normalize(SourceDecoder.decode(slice, name: "slice")).text
            #expect(normalized == sentence.text + "\n", "\(sentence.file) \(sentence.start)..<\(sentence.end)")
            // line:column is that of start.
            let source = try SourceDecoder.decode(original, name: sentence.file)
            #expect(source.position(of: sentence.start) == Position(line: sentence.line, column: sentence.column))
        }
    }

    @Test func stockholmMarkersCarryOriginalOffsets() throws {
        let result = try BoothRunner.run(["segment", Fixtures.stockholm])
        let sentences = try decodeJSONLines(SentenceJSON.self, result.output)
        let markers = sentences.flatMap(\.markers)
        #expect(markers.count == 3)
        let original = try Fixtures.bytes(Fixtures.stockholm)
        for marker in markers {
            #expect(String(decoding: original[marker.start..<marker.end], as: UTF8.self) == "(inaudible)")
        }
        #expect(Set(sentences.filter { !$0.markers.isEmpty }.map(\.speaker)) == ["LAVROV"])
        #expect(sentences.first?.mode == "interpreted")
        #expect(sentences.first?.role == "FOREIGN MINISTER")
    }

    /// `--speakers`: a JSON object per speaker of each file, or a table; it excludes --turns and --header.
    @Test func speakersOutputHasOneObjectPerSpeaker() throws {
        struct SpeakerJSON: Decodable {
            var file: String; var speaker: String?; var who: String?; var speaker_from: String?
            var turns: Int; var words: Int; var interpreted_words: Int; var gaps: Int; var line: Int
            var words_by_language: [String: Int]
        }
        let result = try BoothRunner.run(["segment", "--speakers", Fixtures.stockholm])
        #expect(result.status == 0, "\(result.stderr)")
        let speakers = try decodeJSONLines(SpeakerJSON.self, result.output)
        #expect(speakers.map(\.speaker) == ["LAVROV", "BLINKEN"])
        #expect(speakers.map(\.gaps) == [3, 0] && speakers[0].interpreted_words == speakers[0].words)
        #expect(speakers[0].who == "FOREIGN MINISTER LAVROV" && speakers[0].speaker_from == "label" && speakers[0].line == 11)
        let table = try BoothRunner.run(["segment", "--speakers", "--format", "text", Fixtures.stockholm])
        let rows = table.output.split(separator: "\n")
        #expect(rows.count == 4 && rows[1].hasPrefix("speaker") && rows[2].hasPrefix("FOREIGN MINISTER LAVROV"))
        #expect(rows[2].contains("(100%)") && rows[2].hasSuffix(" 3"))
        // Several files: a table each, then one of all of them, a speaker's figures added up.
        let corpus = try BoothRunner.run(["segment", "--speakers", "--format", "text", "Corpora/"])
        let totals = try #require(corpus.output.components(separatedBy: "== all 2 files\n").last)
        let lavrov = try #require(totals.split(separator: "\n").first { $0.hasPrefix("FOREIGN MINISTER LAVROV") })
        #expect(lavrov.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first == "2")  // turns
        // A file without speech says so, rather than a table of no rows.
        let empty = try BoothRunner.run(["segment", "--speakers", "--format", "text", "-"], stdin: [])
        #expect(empty.output == "== -\n(no speech)\n\n")
        let both = try BoothRunner.run(["segment", "--speakers", "--turns", Fixtures.stockholm])
        #expect(both.status == 2 && both.stderr.contains("Choose one of --turns, --header and --speakers"))
    }

    /// `--format csv`: a header line, then a row per sentence, turn or speaker, as spreadsheets read them;
    /// a cell a spreadsheet would run as a formula is neutralized.
    @Test func csvHasOneRowPerSentenceTurnOrSpeaker() throws {
        let sentences = try BoothRunner.run(["segment", "--format", "csv", Fixtures.stockholm])
        #expect(sentences.status == 0, "\(sentences.stderr)")
        let rows = try CSVTable.parse(sentences.output)
        #expect(rows.first?.cells == ["file", "turn", "sentence", "speaker", "role", "mode", "language", "start", "end",
                                      "line", "column", "text", "markers"])
        let json = try decodeJSONLines(SentenceJSON.self, try BoothRunner.run(["segment", Fixtures.stockholm]).output)
        #expect(rows.count == json.count + 1)
        #expect(rows[1].cells[11] == json[0].text && rows[1].cells[12] == "inaudible" && rows[1].cells[7] == String(json[0].start))
        let turns = try CSVTable.parse(try BoothRunner.run(["segment", "--turns", "--format", "csv", "Corpora/"]).output)
        #expect(turns.count == 5 && turns[1].cells[17] == "(Via interpreter)")
        let speakers = try CSVTable.parse(try BoothRunner.run(["segment", "--speakers", "--format", "csv", Fixtures.stockholm]).output)
        #expect(speakers.map { $0.cells[1] } == ["speaker", "LAVROV", "BLINKEN"] && speakers[1].cells[12] == "3")
        let formula = try BoothRunner.run(["segment", "--format", "csv", "-"], stdin: Array("MODERATOR: =HYPERLINK(\"x\") is no formula.\n".utf8))
        #expect(formula.output.contains(",\"'=HYPERLINK("), "\(formula.output)")
        let header = try BoothRunner.run(["segment", "--header", "--format", "csv", Fixtures.stockholm])
        #expect(header.status == 2)
    }

    @Test func turnsOutputHasOneObjectPerTurn() throws {
        struct TurnJSON: Decodable { var speaker: String?; var mode: String; var label: String?; var sentences: Int }
        let result = try BoothRunner.run(["segment", "--turns", Fixtures.geneva])
        let turns = try decodeJSONLines(TurnJSON.self, result.output)
        #expect(turns.map(\.speaker) == ["LAVROV", "BLINKEN"])
        #expect(turns.map(\.mode) == ["interpreted", "original"])
        #expect(turns.map(\.label) == ["FOREIGN MINISTER LAVROV:", "SECRETARY BLINKEN:"])
        #expect(turns.map(\.sentences) == [10, 15])
    }

    /// A video transcript (Rev.com style): a time after each label, unnamed speakers numbered, the
    /// language a bare name. The time is the turn's, out of the speech; the language marker behind it
    /// still opens the turn.
    @Test func videoTranscriptTimesAndNumberedSpeakers() throws {
        let text = """
            Press Conference Transcript

            Antony Blinken: (00:02)
            Good morning, everyone.

            Sergey Lavrov: (00:45)
            (Russian) Thank you. We agreed [01:02] on this.

            Speaker 3: (1:01:30)
            A question.
            """
        let result = try BoothRunner.run(["segment", "--turns", "-"], stdin: Array(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let turns = try result.output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(turns.map { $0["speaker"] as? String } == ["BLINKEN", "LAVROV", "SPEAKER 3"])
        #expect(turns.map { $0["time"] as? String } == ["00:02", "00:45", "1:01:30"])
        #expect(turns.map { $0["sentences"] as? Int } == [1, 2, 1])
        #expect(turns[1]["spoken_language"] as? String == "ru" && turns[1]["mode"] as? String == "interpreted")
        #expect(turns.map { $0["mode_evidence"] as? String } == [nil, "language", nil] && turns[0]["mode_evidence"] is NSNull)
        #expect(turns.map { $0["speaker_from"] as? String } == ["label", "label", "label"])
        let markers = try #require(turns[1]["markers"] as? [[String: Any]])
        #expect(markers.map { $0["kind"] as? String } == ["time"] && markers.first?["timestamp"] as? String == "01:02")
        let sentences = try decodeJSONLines(SentenceJSON.self, try BoothRunner.run(["segment", "-"], stdin: Array(text.utf8)).output)
        #expect(sentences.map(\.text) == ["Good morning, everyone.", "Thank you.", "We agreed [01:02] on this.", "A question."])
        let gaps = try BoothRunner.run(["gaps", "-"], stdin: Array(text.utf8))
        #expect(gaps.status == 0 && !gaps.output.contains("01:02"))
    }

    /// An unlabelled opening statement whose speaker the title names: the speaker is given, and said to
    /// come from the header, in the turns' JSON and in the outline.
    @Test func theOpeningStatementsSpeakerSaysWhereItComesFrom() throws {
        let text = "Remarks by Foreign Minister Sergey Lavrov, Moscow, June 11, 2024\n\nLadies and gentlemen,\n\nWe have held useful talks.\n\nQuestion: What next?\n\nSergey Lavrov: We will see.\n"
        let result = try BoothRunner.run(["segment", "--turns", "-"], stdin: Array(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let turns = try result.output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(turns.map { $0["speaker"] as? String } == ["LAVROV", "QUESTION", "LAVROV"])
        #expect(turns.map { $0["speaker_from"] as? String } == ["header", "label", "label"] && turns[0]["label"] is NSNull)
        let outline = try BoothRunner.run(["segment", "--format", "text", "-"], stdin: Array(text.utf8))
        #expect(outline.output.contains("[0] LAVROV (named by the header) — original"))
    }

    @Test func headerOutputGivesDatePlaceAndTrailer() throws {
        struct Span: Decodable { var text: String }
        struct HeaderJSON: Decodable { var date: String?; var place: String?; var turns: Int; var trailer: [Span] }
        let geneva = try decodeJSONLines(HeaderJSON.self, try BoothRunner.run(["segment", "--header", Fixtures.geneva]).output)
        #expect(geneva.first?.date == "2022-01-21")
        #expect(geneva.first?.place == "Hotel Wilson, Geneva, Switzerland")
        let stockholm = try decodeJSONLines(HeaderJSON.self, try BoothRunner.run(["segment", "--header", Fixtures.stockholm]).output)
        #expect(stockholm.first?.trailer.map(\.text).joined().contains("The Lessons of 1989") == true)
        // Section headings among the speech are listed, as written, and are no sentences.
        struct Headings: Decodable { var headings: [Span] }
        let briefing = "Noon Briefing\n\nGood afternoon. We start with Ukraine, where we have an update.\n\n**Questions and Answers**\n\nQuestion: Thank you.\n"
        let headings = try decodeJSONLines(Headings.self, try BoothRunner.run(["segment", "--header", "-"], stdin: Array(briefing.utf8)).output)
        #expect(headings.first?.headings.map(\.text) == ["**Questions and Answers**"])
        let sentences = try BoothRunner.run(["segment", "-"], stdin: Array(briefing.utf8)).output
        #expect(!sentences.contains("Questions and Answers") && sentences.contains("where we have an update"))
    }

    /// A meeting record's procedural notes: in `--header` with their kind and span, between the turns in the
    /// outline, and in no sentence.
    @Test func proceduralNotesAreListedAndAreNoSentences() throws {
        let record = "Security Council\n\nThe meeting was called to order at 10.05 a.m.\n\nThe President (spoke in French): I thank the speaker.\n\n"
            + "Mr. Nebenzia (Russian Federation) (spoke in Russian): We regret it.\n\nThe meeting rose at 1.15 p.m.\n"
        struct Note: Decodable { var kind: String; var text: String; var start: Int; var end: Int; var line: Int }
        struct Notes: Decodable { var notes: [Note] }
        let header = try BoothRunner.run(["segment", "--header", "-"], stdin: Array(record.utf8))
        #expect(header.status == 0, "\(header.stderr)")
        let notes = try #require(try decodeJSONLines(Notes.self, header.output).first).notes
        #expect(notes.map(\.kind) == ["opening", "closing"])
        #expect(notes.map(\.line) == [3, 9])
        #expect(notes.allSatisfy { String(decoding: Array(record.utf8)[$0.start..<$0.end], as: UTF8.self) == $0.text })
        let sentences = try decodeJSONLines(SentenceJSON.self, try BoothRunner.run(["segment", "-"], stdin: Array(record.utf8)).output)
        #expect(sentences.map(\.text) == ["I thank the speaker.", "We regret it."])
        let outline = try BoothRunner.run(["segment", "--format", "text", "-"], stdin: Array(record.utf8)).output
        #expect(outline.contains("  1. We regret it.\n\nnote (closing): The meeting rose at 1.15 p.m.  (line 9)\n"), "\(outline)")
    }

    @Test func plainTextFromStandardInputIsOneTurnWithNullSpeaker() throws {
        let result = try BoothRunner.run(["segment", "-"], stdin: Array("Hello there. I live in the U.S. How about you?\n".utf8))
        let sentences = try decodeJSONLines(SentenceJSON.self, result.output)
        #expect(sentences.map(\.text) == ["Hello there.", "I live in the U.S.", "How about you?"])
        #expect(sentences.allSatisfy { $0.speaker == nil && $0.turn == 0 })
        #expect(result.output.contains("\"speaker\":null"))
        #expect(result.output.contains("\"role\":null"))
    }

    @Test func langOptionOverridesTheGuess() throws {
        let text = "Le président a dit. Nous sommes prêts.\n"
        let result = try BoothRunner.run(["segment", "--lang", "fr", "-"], stdin: Array(text.utf8))
        let sentences = try decodeJSONLines(SentenceJSON.self, result.output)
        #expect(sentences.map(\.language) == ["fr", "fr"])
    }

    @Test func textFormatIsAnOutline() throws {
        let result = try BoothRunner.run(["segment", "--format", "text", Fixtures.stockholm])
        #expect(result.output.contains("[0] FOREIGN MINISTER LAVROV — interpreted (marker), en"))
        #expect(result.output.contains("  1. So Mr. Secretary of State, (inaudible).  ⟨inaudible⟩"))
        #expect(result.output.contains("[1] SECRETARY BLINKEN — original, en"))
        // The header's fields, one a line.
        let briefing = "Press Conference on March 4, 2024\n\nRemarks to the Press\n\nJames S. Brady Press Briefing Room\n\n1:47 P.M. EDT\n\nMS. JEAN-PIERRE: Good afternoon.\n"
        let header = try BoothRunner.run(["segment", "--format", "text", "-"], stdin: Array(briefing.utf8)).output
        #expect(header.contains("title: Press Conference on March 4, 2024\ndate:  2024-03-04\ntime:  1:47 P.M. EDT\nplace: James S. Brady Press Briefing Room\ngenre: Remarks to the Press\n"), "\(header)")
        // Why a turn is interpreted is said, as `mode_evidence` says it: a carried mode is Booth's reading.
        let text = "FOREIGN MINISTER LAVROV: (Via interpreter) Thank you.\n\nQUESTION: A question for both of you.\n\n"
            + "FOREIGN MINISTER LAVROV: We have answered it already.\n\nINTERPRETER: The Minister said no.\n"
        let outline = try BoothRunner.run(["segment", "--format", "text", "-"], stdin: Array(text.utf8)).output
        for line in ["[0] FOREIGN MINISTER LAVROV — interpreted (marker), en", "[1] QUESTION — original, en",
                     "[2] FOREIGN MINISTER LAVROV — interpreted (carried), en", "[3] INTERPRETER — interpreted (interpreter-label), en"] {
            #expect(outline.contains(line), "\(line)\n\(outline)")
        }
    }
}
