import ArgumentParser
import BoothKit
import Foundation

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split transcripts into speaker turns and sentences, with delivery and event markers.",
        discussion: """
        Prints JSON Lines, one object per sentence:

          {"file": "Corpora/stockholm-2021-12-02.txt", "turn": 0,
           "speaker": "LAVROV", "role": "FOREIGN MINISTER", "mode": "interpreted",
           "language": "en", "sentence": 0,
           "text": "So Mr. Secretary of State, (inaudible).",
           "start": 403, "end": 442, "line": 11, "column": 45,
           "markers": [{"kind": "inaudible", "text": "(inaudible)",
                        "start": 430, "end": 441, "line": 11, "column": 72}]}

        start/end are UTF-8 byte offsets into the original file (end-exclusive); line/column (1-based, \
        columns in Unicode scalars) are those of start. A turn starts at a speaker label: "SECRETARY \
        BLINKEN:", "Sergey Lavrov:", "Q", "Mr. Nebenzia (Russian Federation) (spoke in Russian):", \
        "Official Spokesperson, Shri Randhir Jaiswal:", "Oana Lungescu [NATO Spokesperson]:", "Manfred \
        Weber, on behalf of the PPE Group. –"; a time before a label ("[00:01:23] SECRETARY BLINKEN:") \
        or after a name alone on its line (Otter's "Sergey Lavrov  0:02") is the turn's time. mode is "interpreted" when a delivery marker \
        such as "(Via interpreter)" follows the label, ends it ("Emmanuel Macron (retranslated):") or \
        opens the turn, or when the language spoken ("(In Russian)", "(spoke in Russian)", "(DE)") is \
        not the text's; a named speaker (not "QUESTION") marked so stays interpreted in later turns \
        without a marker of their own. A text without speaker labels is one turn whose speaker is null.

        Interviews: "Q - " and "R - " (French), "P.- " and "R.- " (Spanish) open questions and answers, as \
        "Q." and "A." do; an answer labelled only so, or "Answer:", "Ответ:", "答：" \
        (Lexicons/answer-labels.txt), is the person the title names ("Entretien de M. Jean-Noël Barrot, … \
        avec « France Inter »" → BARROT), and --turns says "speaker_from": "header"; so is an opening \
        statement without a label whose speaker the title names and a later label confirms.

        A meeting record's procedural notes ("The meeting was called to order at 10.05 a.m.", "The agenda \
        was adopted.", "A vote was taken by show of hands." and the vote's record, "The meeting rose at \
        1.15 p.m.", and their equivalents in the UN's other official languages, from \
        Lexicons/procedural-notes.txt) are nobody's speech: they are in no turn, and --header lists them \
        under "notes" with their kind (opening, closing, suspension, agenda, decision, vote, chair, debate) and \
        detail, what the phrase leaves: the time, the document adopted, who takes the chair ("IN THE CHAIR: \
        ROBERTA METSOLA" → "ROBERTA METSOLA"). With --turns, "presiding" is who holds the chair at a turn \
        labelled with the chair's title ("President. –", "The Acting President:"), as the last such note \
        names them, or the cover page ("President: Mr. Nebenzia . . . ."); null otherwise.

        Marker phrases come from Lexicons/markers.txt; label words from Lexicons/speaker-labels.txt, \
        speaker-roles.txt, person-names.txt, answer-labels.txt, cjk-labels.txt (Chinese, Japanese, Korean) and arabic-labels.txt; abbreviations and sentence starters from \
        Lexicons/abbreviations-<lang>.txt.

        EXAMPLES
          booth segment Corpora/stockholm-2021-12-02.txt
          booth segment --format text Corpora/
          booth segment --turns Corpora/ | jq 'select(.mode == "interpreted")'
          booth segment --header Corpora/geneva-2022-01-21.txt
          booth segment --speakers --format text Corpora/
          booth segment --turns --format csv Corpora/ > turns.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, csv }

    @OptionGroup var input: InputOptions
    @OptionGroup var parallel: ParallelOptions
    @OptionGroup var normalization: NormalizationOptions

    @Option(help: "Output format: json (JSON Lines), text (a readable outline, or with --speakers a table) or csv (a row per sentence, turn or speaker, one header line; not with --header).")
    var format: Format = .json

    @Option(help: ArgumentHelp("The language of the text (en, ru, …); default: guessed per turn from its script and, in Latin script, its words.",
                               valueName: "code"))
    var lang: String?

    @ArgumentParser.Flag(help: "Print one object per turn instead of one per sentence.")
    var turns = false

    @ArgumentParser.Flag(help: "Print one object per file: header (title, date, time, place, genre, bylines, participants, agenda, a UN record's symbol), chrome, trailer, section headings and a meeting record's procedural notes.")
    var header = false

    @ArgumentParser.Flag(help: "Print one object per speaker of each file: turns, sentences, words, how many of them interpreted, the languages, the gaps (with --format text, a table).")
    var speakers = false

    func validate() throws {
        if [turns, header, speakers].filter({ $0 }).count > 1 { throw ValidationError("Choose one of --turns, --header and --speakers.") }
        if header && format == .csv { throw ValidationError("--header prints JSON or text: a header has lists of spans, no rows.") }
        if let lang, lang.isEmpty || !lang.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
            throw ValidationError("--lang takes a language code such as en or ru, not '\(lang)'.")
        }
    }

    func run() throws {
        let normalizer = try normalization.normalizer()
        let parser = TranscriptParser(options: .init(language: lang))
        let (format, turns, header) = (format, turns, header)
        if speakers { return try runSpeakers(normalizer: normalizer, parser: parser) }
        if format == .csv { StandardOutput.shared.write(CSVTable.line(turns ? SegmentCSV.turnHeader : SegmentCSV.sentenceHeader)) }
        try parallel.forEachInput(input.inputs) { source in
            let transcript = try parser.parse(try normalizer.normalize(source))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            func line(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) + "\n" }
            switch (format, turns, header) {
            case (.text, _, _):
                return TranscriptOutline.render(transcript)
            case (.csv, true, _):
                return SegmentCSV.lines(transcript.turns.map { SegmentCSV.row(TurnRecord($0, in: transcript)) })
            case (.csv, _, _):
                return SegmentCSV.lines(transcript.turns.flatMap { turn in
                    turn.sentences.map { SegmentCSV.row(SentenceRecord($0, of: turn, in: transcript)) }
                })
            case (.json, _, true):
                return try line(HeaderRecord(transcript))
            case (.json, true, _):
                return try transcript.turns.map { try line(TurnRecord($0, in: transcript)) }.joined()
            case (.json, false, false):
                return transcript.turns.flatMap { turn in
                    turn.sentences.map { SentenceRecord($0, of: turn, in: transcript).json + "\n" }
                }.joined()
            }
        } consume: { StandardOutput.shared.write($0) }
    }
}

extension SegmentCommand {
    /// `--speakers`: a JSON object per speaker of each file, or a table per file and, for several files,
    /// one of all of them together (printed even when some input failed, before its exit status).
    func runSpeakers(normalizer: Normalizer, parser: TranscriptParser) throws {
        let format = format
        var totals = SpeakerSummary.Totals()
        var failure: Error?
        if format == .csv { StandardOutput.shared.write(CSVTable.line(SegmentCSV.speakerHeader)) }
        do {
            try parallel.forEachInput(input.inputs) { source -> (text: String, summaries: [SpeakerSummary]) in
                let transcript = try parser.parse(try normalizer.normalize(source))
                let summaries = try SpeakerSummary.summaries(of: transcript)
                if format == .text { return (SpeakerTable.render(summaries, of: transcript), summaries) }
                if format == .csv {
                    return (SegmentCSV.lines(summaries.map { SegmentCSV.row(SpeakerRecord($0, in: transcript)) }), summaries)
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let lines = try summaries.map { String(decoding: try encoder.encode(SpeakerRecord($0, in: transcript)), as: UTF8.self) + "\n" }
                return (lines.joined(), summaries)
            } consume: { result in
                StandardOutput.shared.write(result.text)
                if format == .text { totals.add(result.summaries) }
            }
        } catch {
            failure = error
        }
        if format == .text, totals.files > 1 {
            StandardOutput.shared.write(SpeakerTable.renderTotals(totals.summaries, files: totals.files))
            try StandardOutput.shared.flush()
        }
        if let failure { throw failure }
    }
}

/// The readable outline of `booth segment --format text`.
enum TranscriptOutline {
    static func render(_ transcript: Transcript) -> String {
        var out = "== \(transcript.source.name)\n"
        let header = transcript.header
        if let title = header.title { out += "title: \(title.text)\n" }
        if let symbol = header.symbol { out += "symbol: \(symbol.text)\n" }
        if let date = header.isoDate { out += "date:  \(date)\n" }
        if let time = header.time { out += "time:  \(time.text)\n" }
        if let place = header.place { out += "place: \(place)\n" }
        if let genre = header.genre { out += "genre: \(genre.text)\n" }
        for byline in header.bylines { out += "by:    \(byline.text)\n" }
        if !header.participants.isEmpty { out += "with:  \(header.participants.map(\.text).joined(separator: "; "))\n" }
        if let presiding = header.presiding { out += "chair: \(presiding.text)\n" }
        if !header.agenda.isEmpty { out += "agenda: \(header.agenda.map(\.text).joined(separator: "; "))\n" }
        // A meeting record's notes, between the turns where they stand.
        let notes = transcript.notesByTurn
        func add(_ notes: [ProceduralNote]) {
            for note in notes {
                // A vote's record, one line: "A recorded vote was taken. / In favour: / Afghanistan, …".
                let lines = transcript.text(in: note.range).split(whereSeparator: \.isNewline)
                out += "\nnote (\(note.kind.rawValue)): \(lines.joined(separator: " / "))  (line \(transcript.position(of: note.range).line))\n"
            }
        }
        for turn in transcript.turns {
            add(notes.before[turn.index])
            let position = transcript.position(of: turn.range)
            // A speaker the header names, not a label, is Booth's reading: say so.
            var who = turn.speaker.map { $0.who + (turn.speakerSource?.readerNote ?? "") } ?? "(no speaker)"
            if let chair = turn.presiding { who += " (in the chair: \(transcript.text(in: chair)))" }
            out += "\n[\(turn.index)] \(who) — \(turn.mode.rawValue)"
            // Why, as `mode_evidence` says it: a carried mode is Booth's reading, not the transcript's word.
            if let evidence = turn.modeEvidence { out += " (\(evidence.rawValue))" }
            out += ", \(turn.language)"
            if let spoken = turn.spokenLanguage { out += ", spoken in \(spoken)" }
            if let time = turn.time?.timestamp { out += ", at \(time)" }
            out += "  (line \(position.line))\n"
            for sentence in turn.sentences {
                let marks = sentence.markers.isEmpty ? "" : "  ⟨" + sentence.markers.map(\.kind.rawValue).joined(separator: ", ") + "⟩"
                out += "  \(sentence.index + 1). \(transcript.text(in: sentence.range))\(marks)\n"
            }
        }
        add(notes.after)
        if !transcript.trailer.isEmpty {
            out += "\ntrailer: " + transcript.trailer.map { transcript.source.text(in: $0).trimming() }.joined(separator: " | ") + "\n"
        }
        return out + "\n"
    }
}

extension String {
    func trimming() -> String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
