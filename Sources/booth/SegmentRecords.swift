import BoothKit

/// An optional that is written as `null` when empty, instead of being left out, so every record of
/// one kind has the same keys.
@propertyWrapper
struct EncodedAsNull<Value: Codable>: Codable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// A marker in `booth segment` output: kind and original offsets.
struct MarkerRecord: Codable, Equatable {
    var kind: String
    var text: String
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var timestamp: String?
    var language: String?

    init(_ marker: Marker, in transcript: Transcript) {
        let original = transcript.originalRange(of: marker.range)
        let position = transcript.source.position(of: original.lowerBound)
        kind = marker.kind.rawValue
        text = transcript.text(in: marker.range)
        start = original.lowerBound
        end = original.upperBound
        line = position.line
        column = position.column
        timestamp = marker.timestamp
        language = marker.languageCode
    }

    /// The record as JSONEncoder (sorted keys) writes it — `timestamp` and `language` left out when
    /// empty — written directly.
    var json: String {
        var object = JSONObjectWriter()
        object.int("column", column)
        object.int("end", end)
        object.string("kind", kind)
        if let language { object.string("language", language) }
        object.int("line", line)
        object.int("start", start)
        object.string("text", text)
        if let timestamp { object.string("timestamp", timestamp) }
        return object.text
    }
}

/// One sentence: a line of `booth segment` output.
struct SentenceRecord: Codable {
    var file: String
    var turn: Int
    @EncodedAsNull var speaker: String?
    @EncodedAsNull var role: String?
    var mode: String
    var language: String
    var sentence: Int
    var text: String
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var markers: [MarkerRecord]

    init(_ sentence: Sentence, of turn: Turn, in transcript: Transcript) {
        let original = transcript.originalRange(of: sentence.range)
        let position = transcript.source.position(of: original.lowerBound)
        file = transcript.source.name
        self.turn = turn.index
        speaker = turn.speakerID
        role = turn.speaker?.role
        mode = turn.mode.rawValue
        language = turn.language
        self.sentence = sentence.index
        text = transcript.text(in: sentence.range)
        start = original.lowerBound
        end = original.upperBound
        line = position.line
        column = position.column
        markers = sentence.markers.map { MarkerRecord($0, in: transcript) }
    }

    /// The record as JSONEncoder (sorted keys) writes it, written directly: this is one line per
    /// sentence of a whole archive.
    var json: String {
        var object = JSONObjectWriter(capacity: 256 + file.utf8.count + text.utf8.count)
        object.int("column", column)
        object.int("end", end)
        object.string("file", file)
        object.string("language", language)
        object.int("line", line)
        object.raw("markers", "[" + markers.map(\.json).joined(separator: ",") + "]")
        object.string("mode", mode)
        object.string("role", role)
        object.int("sentence", sentence)
        object.string("speaker", speaker)
        object.int("start", start)
        object.string("text", text)
        object.int("turn", turn)
        return object.text
    }
}

/// One turn: a line of `booth segment --turns` output.
struct TurnRecord: Codable {
    var file: String
    var turn: Int
    @EncodedAsNull var speaker: String?
    @EncodedAsNull var role: String?
    @EncodedAsNull var label: String?
    /// Where the speaker comes from: "label", or "header" for an unlabelled opening statement whose
    /// speaker the title names; null without a speaker.
    @EncodedAsNull var speakerFrom: String?
    /// Who holds the chair when the label is the chair's title ("President. –"), as the record's last chair
    /// note names them ("IN THE CHAIR: PINA PICIERNO"), or null.
    @EncodedAsNull var presiding: String?
    var mode: String
    /// Why the turn is interpreted (`DeliveryEvidence`), or null.
    @EncodedAsNull var modeEvidence: String?
    var language: String
    @EncodedAsNull var spokenLanguage: String?
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var paragraphs: Int
    var sentences: Int
    var delivery: [MarkerRecord]
    /// The time that opens the turn, as written ("00:45"), or null.
    @EncodedAsNull var time: String?
    var markers: [MarkerRecord]

    enum CodingKeys: String, CodingKey {
        case file, turn, speaker, role, label, speakerFrom = "speaker_from", presiding, mode, modeEvidence = "mode_evidence", language, spokenLanguage = "spoken_language", start, end,
             line, column, paragraphs, sentences, delivery, time, markers
    }

    init(_ turn: Turn, in transcript: Transcript) {
        let original = transcript.originalRange(of: turn.range)
        presiding = turn.presiding.map(transcript.text(in:))
        let position = transcript.source.position(of: original.lowerBound)
        file = transcript.source.name
        self.turn = turn.index
        speaker = turn.speakerID
        role = turn.speaker?.role
        label = turn.labelRange.map { transcript.text(in: $0) }
        speakerFrom = turn.speakerSource?.rawValue
        mode = turn.mode.rawValue
        modeEvidence = turn.modeEvidence?.rawValue
        language = turn.language
        spokenLanguage = turn.spokenLanguage
        start = original.lowerBound
        end = original.upperBound
        line = position.line
        column = position.column
        paragraphs = turn.paragraphs.count
        sentences = turn.sentences.count
        delivery = turn.deliveryMarkers.map { MarkerRecord($0, in: transcript) }
        time = turn.time?.timestamp
        markers = turn.markers.map { MarkerRecord($0, in: transcript) }
    }
}

/// A range of the original file, for people and programs.
struct SpanRecord: Codable {
    var text: String
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    /// What a procedural note records ("closing"); absent from other spans.
    var kind: String? = nil
    /// What a procedural note's phrase leaves: the time ("1.15 p.m."), the document ("A/78/L.5") or who
    /// takes the chair ("Mr. Kelly (Ireland)"); absent from other spans and from notes that are their phrase.
    var detail: String? = nil

    init(original: Range<Int>, in transcript: Transcript) {
        let position = transcript.source.position(of: original.lowerBound)
        text = transcript.source.text(in: original)
        start = original.lowerBound
        end = original.upperBound
        line = position.line
        column = position.column
    }

    init(normalized: Range<Int>, in transcript: Transcript) {
        self.init(original: transcript.originalRange(of: normalized), in: transcript)
        text = transcript.text(in: normalized)
    }
}

/// A file's header and what is neither header nor speech: a line of `booth segment --header` output.
struct HeaderRecord: Codable {
    var file: String
    var title: SpanRecord?
    var date: String?
    var dateAsWritten: SpanRecord?
    var time: SpanRecord?
    var place: String?
    var placeLines: [SpanRecord]
    var genre: SpanRecord?
    var bylines: [SpanRecord]
    var participants: [SpanRecord]
    /// Who presides, as a verbatim record's cover page names them ("President: Mr. Nebenzia . . . .").
    var presiding: SpanRecord?
    var agenda: [SpanRecord]
    var symbol: SpanRecord?
    var other: [SpanRecord]
    var turns: Int
    var chrome: [SpanRecord]
    var trailer: [SpanRecord]
    var headings: [SpanRecord]
    var notes: [SpanRecord]

    enum CodingKeys: String, CodingKey {
        case file, title, date, dateAsWritten = "date_as_written", time, place, placeLines = "place_lines", genre, bylines,
             participants, presiding, agenda, symbol, other, turns, chrome, trailer, headings, notes
    }

    init(_ transcript: Transcript) {
        let header = transcript.header
        func span(_ field: TranscriptHeader.Field?) -> SpanRecord? {
            field.map { SpanRecord(normalized: $0.range, in: transcript) }
        }
        file = transcript.source.name
        title = span(header.title)
        date = header.isoDate
        dateAsWritten = span(header.date)
        time = span(header.time)
        place = header.place
        placeLines = header.placeLines.compactMap(span)
        genre = span(header.genre)
        bylines = header.bylines.compactMap(span)
        // A participant's text is Booth's reading of the entry: "Mr. Hoxha (Albania)" from a cover page's
        // "Albania . . . . Mr. Hoxha"; the span is the entry's.
        participants = header.participants.map { field in
            var record = SpanRecord(normalized: field.range, in: transcript)
            record.text = field.text
            return record
        }
        presiding = span(header.presiding)
        agenda = header.agenda.compactMap(span)
        symbol = span(header.symbol)
        other = header.other.compactMap(span)
        turns = transcript.turns.count
        chrome = transcript.chrome.map { SpanRecord(original: $0, in: transcript) }
        trailer = transcript.trailer.map { SpanRecord(original: $0, in: transcript) }
        headings = transcript.headings.map { SpanRecord(normalized: $0, in: transcript) }
        notes = transcript.notes.map { note in
            var record = SpanRecord(normalized: note.range, in: transcript)
            record.kind = note.kind.rawValue
            record.detail = note.detail.map(transcript.text(in:))
            return record
        }
    }
}
