/// Reads the lines before the first speaker label as a header.
///
/// A markdown heading is the title; a line wholly in emphasis is a byline (in bold, only when it reads as
/// one: "**Ukraine**" is a section heading), and so is a name and a title
/// either side of a comma ("Antony J. Blinken, Secretary of State", as a page copied from a browser
/// gives the byline without its emphasis); a line from the genres list is the kind of document; a line
/// that is only a date is the date; short lines without final punctuation around them are the place
/// ("Hotel Wilson" + "Geneva, Switzerland"; an abbreviation's period is no final punctuation:
/// "Washington, D.C."). When the file has no speaker labels, only the unmistakable fields (heading,
/// byline, genre, date) are taken, so that speech is never mistaken for a header. Nor is it when there
/// are labels: the header ends at the first line that reads as speech (`readsAsSpeech`), as the
/// opening statement a foreign ministry publishes without a label does ("Ladies and gentlemen," / "We
/// have held very useful talks…" before the first "Question:"); those lines are a turn with no speaker.
/// A verbatim record's cover page gives the participants beside dot leaders ("President: Mr. Nebenzia
/// . . . . (Russian Federation)") and, after "Agenda", the agenda's items.
struct HeaderParser: Sendable {
    let vocabulary: HeaderVocabulary
    /// Reads names and titles, as in speaker labels.
    var grammar = SpeakerLabelGrammar.bundled
    /// Knows a heading that names an agenda item ("Agenda item 73"), one of the agenda's items.
    var notes = ProceduralNoteVocabulary.bundled
    static let maximumPlaceWords = 8
    /// The header's first lines, where a verbatim record gives its symbol.
    static let symbolLines = 3

    /// The header, and the number of leading lines it used (all of them when `strict` is false).
    func parse(_ lines: [Range<Int>], in text: [UInt8], strict: Bool) -> (header: TranscriptHeader, linesUsed: Int) {
        var header = TranscriptHeader()
        var used = 0
        // Where the run of prose lines in `other` just before this line starts: paragraphs of an opening
        // statement without a word of the first person, which the speech that follows claims back.
        var proseRunStart: Int? = nil
        // After an "Agenda" line, lines that are no other field are its items; after a cover page's
        // participant with a dot leader, a line with one is the next.
        var inAgenda = false, afterLedParticipant = false
        for line in lines {
            var isLedParticipant = false
            defer { afterLedParticipant = isLedParticipant }
            var isProseInOther = false
            defer { proseRunStart = isProseInOther ? proseRunStart ?? used - 1 : nil }
            let raw = text.string(line)
            if header.symbol == nil, used < Self.symbolLines, line.count <= 40, HeaderVocabulary.documentSymbol(in: line, of: text) == line {
                // "S/PV.9000" alone on a cover page's line.
                header.symbol = .init(text: raw, range: line)
            } else if raw.hasPrefix("#") {
                let title = raw.drop { $0 == "#" }.trimming([" "])
                if header.title == nil { header.title = .init(text: title, range: line) }
                else { header.other.append(.init(text: title, range: line)) }
            } else if raw.utf8.count >= 3, let first = raw.first, first == "*" || first == "_", raw.last == first {
                let inner = raw.trimming([first, " "])
                // A line in bold ("**Ukraine**") is a section heading unless it reads as a byline: bylines
                // are set in italics ("*Antony J. Blinken, Secretary of State*").
                if raw.hasPrefix(String(repeating: first, count: 2)), !isByline(inner) {
                    header.other.append(.init(text: inner, range: line))
                } else {
                    header.bylines.append(.init(text: inner, range: line))
                }
            } else if vocabulary.isGenre(raw), header.genre == nil {
                header.genre = .init(text: raw, range: line)
            } else if let iso = vocabulary.isoDate(fromLine: raw), header.date == nil {
                header.date = .init(text: raw, range: line)
                header.isoDate = iso
            } else if header.date == nil, !header.isEmpty, let dated = datedLine(raw, at: line) {
                // (Not the first line: that is the title, "Выступление С.В.Лаврова, Москва, 11 июня 2024 года".)
                header.date = dated.date
                header.isoDate = dated.iso
                header.placeLines += dated.places
                if header.time == nil { header.time = dated.time }
            } else if header.time == nil, !header.isEmpty, vocabulary.isTimeLine(raw) {
                header.time = .init(text: raw, range: line)
            } else if header.date == nil, !header.isEmpty, text[line].contains(where: { $0 >= 0xE0 }), let han = HeaderVocabulary.hanDate(in: text, line) {
                // "（令和６年３月５日（火曜日）10時12分　於：本省会見室）": the date of a Japanese dateline, and its time.
                header.date = .init(text: text.string(han.range), range: han.range)
                header.isoDate = han.iso
                if header.time == nil, let time = HeaderVocabulary.hanTime(in: text, line, from: han.range.upperBound) {
                    header.time = .init(text: text.string(time), range: time)
                }
            } else if let led = vocabulary.ledParticipant(inLine: line, of: text, continuing: afterLedParticipant) {
                header.participants.append(led.field)
                if header.presiding == nil, let word = led.listWord, notes.isPresidingLabel(word.uppercased()) {
                    header.presiding = .init(text: text.string(led.name), range: led.name)
                }
                isLedParticipant = true
            } else if let entries = vocabulary.participants(inLine: line, of: text) {
                header.participants += entries.map { .init(text: text.string($0), range: $0) }
            } else if strict {
                break
            } else if readsAsSpeech(line, in: text, afterHeaderFields: !header.isEmpty) {
                if let start = proseRunStart {
                    header.other.removeLast(used - start)
                    used = start
                }
                break
            } else if !header.isEmpty, vocabulary.isAgendaHeading(raw) {
                inAgenda = true
            } else if inAgenda || notes.isAgendaItemHeading(line, in: text) {
                // After an item's heading ("Agenda item 8 (continued)"), its title ("General debate").
                inAgenda = true
                header.agenda.append(.init(text: raw, range: line))
            } else if header.title != nil, vocabulary.namesBodyOrMeeting(raw) {
                // "Security Council" / "9000th meeting" on a verbatim record's cover page: no place.
                header.other.append(.init(text: raw, range: line))
            } else if header.title != nil, isByline(raw) {
                header.bylines.append(.init(text: raw, range: line))
            } else if ProseShape.wordCount(line, in: text) <= Self.maximumPlaceWords, !Self.holdsColonAndSpace(line, in: text),
                      // (Words are counted by spaces: a line in Han script, kana or Hangul is no place by that measure.)
                      ProseShape.firstScalar(line, in: text).map(SpeakerLabelGrammar.mayStartCJKLabel) != true,
                      !Self.endsLikeSentence(line, in: text), header.title != nil || !header.placeLines.isEmpty
                        || header.genre != nil || header.date != nil || !header.bylines.isEmpty {
                header.placeLines.append(.init(text: raw, range: line))
            } else if header.title == nil {
                header.title = .init(text: raw, range: line)
            } else {
                header.other.append(.init(text: raw, range: line))
                isProseInOther = ProseShape.wordCount(line, in: text) > Self.maximumPlaceWords && Self.endsLikeSentence(line, in: text)
            }
            used += 1
        }
        if header.date == nil, let title = header.title { takeTrailingDate(of: title, in: text, into: &header) }
        // A verbatim record's symbol, on its first lines ("United Nations S/PV.9000").
        for line in lines[..<min(used, Self.symbolLines)] where header.symbol == nil {
            if let symbol = HeaderVocabulary.documentSymbol(in: line, of: text) {
                header.symbol = .init(text: text.string(symbol), range: symbol)
                break
            }
        }
        // "2024年3月4日外交部发言人毛宁主持例行记者会": a title's date in Han script, wherever it stands.
        if header.date == nil, let title = header.title, text[title.range].contains(where: { $0 == 0xE5 || $0 == 0xEB }),
           let han = HeaderVocabulary.hanDate(in: text, title.range) {
            header.date = .init(text: text.string(han.range), range: han.range)
            header.isoDate = han.iso
        }
        if !header.placeLines.isEmpty { header.place = header.placeLines.map(\.text).joined(separator: ", ") }
        return (header, used)
    }

    /// A title that ends with the date, as foreign ministries write it ("…, Moscow, June 11, 2024", "…,
    /// Москва, 11 июня 2024 года"): the date is the header's when no line gave one, and the one to three
    /// capitalized words before it, after a comma, the place when no line gave one. A date after a
    /// preposition ("…Press Conference on March 4, 2024") gives the date alone.
    private func takeTrailingDate(of title: TranscriptHeader.Field, in text: [UInt8], into header: inout TranscriptHeader) {
        if takeParenthesizedDate(of: title, in: text, into: &header) { return }
        let parts = title.text.components(separatedBy: ", ")
        guard let (count, iso) = vocabulary.trailingDate(of: parts) else {
            // "…Regular Press Conference on March 4, 2024": the date, with no place before it.
            guard let (dateText, iso) = vocabulary.dateAfterPreposition(endingTitle: title.text) else { return }
            let end = title.range.upperBound, start = end - dateText.utf8.count
            guard start > title.range.lowerBound, text[start..<end].elementsEqual(dateText.utf8) else { return }
            header.date = .init(text: String(dateText), range: start..<end)
            header.isoDate = iso
            return
        }
        let dateText = parts.suffix(count).joined(separator: ", ")
        let end = title.range.upperBound, start = end - dateText.utf8.count
        guard start > title.range.lowerBound, text[start..<end].elementsEqual(dateText.utf8) else { return }
        header.date = .init(text: dateText, range: start..<end)
        header.isoDate = iso
        let place = parts[parts.count - count - 1], placeEnd = start - 2
        if header.placeLines.isEmpty, parts.count - count >= 2, Self.isPlaceName(place),
           text[(placeEnd - place.utf8.count)..<placeEnd].elementsEqual(place.utf8) {
            header.placeLines = [.init(text: place, range: (placeEnd - place.utf8.count)..<placeEnd)]
        }
    }

    /// A title that ends with its place and date in parentheses, as France's foreign ministry writes it
    /// ("Entretien de M. Jean-Noël Barrot … avec « France Inter » (Paris, 8 janvier 2025)"), or with the
    /// date alone there: the date is the header's, and the place before it after the bracket when no line
    /// gave one. Whether the title ended so.
    private func takeParenthesizedDate(of title: TranscriptHeader.Field, in text: [UInt8], into header: inout TranscriptHeader) -> Bool {
        guard title.text.hasSuffix(")"), let open = title.text.range(of: " (", options: .backwards) else { return false }
        let inner = title.text[open.upperBound..<title.text.index(before: title.text.endIndex)]
        let parts = inner.components(separatedBy: ", ")
        // The date is the last part, or the last two ("January 8, 2025"); one part may come before it.
        guard let (count, iso) = (1...2).lazy.filter({ $0 <= parts.count && parts.count - $0 <= 1 })
            .compactMap({ count in vocabulary.isoDate(fromLine: parts.suffix(count).joined(separator: ", ")).map { (count, $0) } }).first
        else { return false }
        let dateText = parts.suffix(count).joined(separator: ", ")
        let end = title.range.upperBound - 1, start = end - dateText.utf8.count
        guard start > title.range.lowerBound, text[start..<end].elementsEqual(dateText.utf8) else { return false }
        header.date = .init(text: dateText, range: start..<end)
        header.isoDate = iso
        if parts.count == count + 1, header.placeLines.isEmpty, Self.isPlaceName(parts[0]) {
            let placeEnd = start - 2, placeStart = placeEnd - parts[0].utf8.count
            if text[placeStart..<placeEnd].elementsEqual(parts[0].utf8) {
                header.placeLines = [.init(text: parts[0], range: placeStart..<placeEnd)]
            }
        }
        return true
    }

    /// One to three capitalized words, no digits and no title word: "Moscow", "New York", "Москва"
    /// (not "Foreign Minister of Turkiye Hakan Fidan").
    static func isPlaceName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...3).contains(words.count) && !text.utf8.contains { $0 &- 0x30 < 10 }
            && words.allSatisfy { word in
                word.unicodeScalars.first.map(ProseShape.isUppercase) == true && !SpeakerLabel.roleWords.contains(word.uppercased())
            }
    }

    /// Whether the line has ": " ("Sprecher: StS Hebestreit"): a list or a heading, not a place.
    static func holdsColonAndSpace(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        var index = line.lowerBound
        while index + 1 < line.upperBound {
            if text[index] == UInt8(ascii: ":"), text[index + 1] == 0x20 { return true }
            index += 1
        }
        return false
    }

    /// A venue named after a dateline's time: up to six words, capitalized but for the small words of
    /// a name ("Ministry of Foreign Affairs", "Palais des Nations", "James S. Brady Press Briefing Room"),
    /// no digits. (Title words are allowed, unlike in `isPlaceName`: after a date and a time the words are
    /// a place's, and "Foreign Affairs" names ministries.)
    static func isVenueName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), !text.utf8.contains(where: { $0 &- 0x30 < 10 }),
              let first = words.first?.unicodeScalars.first, ProseShape.isUppercase(first),
              let last = words.last?.unicodeScalars.first, ProseShape.isUppercase(last) else { return false }
        return words.allSatisfy { word in
            if venueJoiningWords.contains(String(word)) { return true }
            return word.unicodeScalars.first.map(ProseShape.isUppercase) == true
        }
    }

    static let venueJoiningWords: Set<String> = ["of", "the", "for", "and", "de", "des", "du", "la", "le", "di", "del", "der"]

    /// A name and a title either side of a comma, as a label is read ("Antony J. Blinken, Secretary of
    /// State"), or a name before a longer title with a title word in it ("Ned Price, Department
    /// Spokesperson", "Linda Thomas-Greenfield, U.S. Representative to the United Nations"). Places
    /// have no title word: "Geneva, Switzerland", "Hotel Wilson, Geneva".
    func isByline(_ line: String) -> Bool {
        // Most header lines have no comma, and most with one have no title word: both are asked before
        // the grammar is.
        guard line.utf8.count <= 160, line.utf8.contains(UInt8(ascii: ",")), !line.hasSuffix(".") || line.hasSuffix(".*") else { return false }
        var spaces = 0
        for byte in line.utf8 where byte == 0x20 {
            spaces += 1
            if spaces >= 14 { return false }
        }
        let line = Substring(line)
        guard let (name, title) = SpeakerLabelGrammar.commaHalves(line) else { return false }
        let nameWords = name.split(separator: " "), titleWords = title.split(separator: " ")
        func hasTitleWord(_ words: [Substring]) -> Bool { words.contains { SpeakerLabel.roleWords.contains($0.uppercased()) } }
        guard titleWords.count <= 10, hasTitleWord(titleWords) || hasTitleWord(nameWords) else { return false }
        if grammar.isCommaLabel(line) { return true }
        guard let first = title.unicodeScalars.first, ProseShape.isUppercase(first), hasTitleWord(titleWords) else { return false }
        return !SpeakerLabelGrammar.isTitlePhrase(name) && grammar.isLabel(name)
    }

    /// Whether a line before the first label is speech rather than a header's: a salutation ("Ladies and
    /// gentlemen,", "Уважаемые дамы и господа,": a comma ends it, as no title, place or byline ends), or
    /// more words than a place has ending as a sentence does, with a word of the first or second person
    /// ("We have held very useful talks with my Turkish colleague."; an editor's summary has none:
    /// "Vladimir Putin and Xi Jinping made statements for the press."). Before any header field, only a
    /// line of more than one sentence is speech: the first line is the title even when it ends in a period.
    func readsAsSpeech(_ line: Range<Int>, in text: [UInt8], afterHeaderFields: Bool) -> Bool {
        if text[line.lowerBound] >= 0xE3, let first = ProseShape.firstScalar(line, in: text),
           SpeakerLabelGrammar.isHan(first) || SpeakerLabelGrammar.isKana(first) {
            return readsAsUnspacedSpeech(line, in: text, afterHeaderFields: afterHeaderFields)
        }
        let words = ProseShape.wordCount(line, in: text)
        if afterHeaderFields, words <= ParagraphRepairPass.maximumSalutationWords, text[line.upperBound - 1] == UInt8(ascii: ",") {
            return true
        }
        guard words > Self.maximumPlaceWords, Self.endsLikeSentence(line, in: text), vocabulary.holdsSpeechWord(line, in: text) else { return false }
        return afterHeaderFields || Self.holdsASentenceEnd(line, in: text)
    }

    /// Chinese or Japanese speech, which has no spaces to count words by: twenty characters or more,
    /// ending with a sentence's final punctuation ("。", "！", "？"), holding a word of the first person
    /// (`[unspaced-speech-words]` of `Lexicons/header.txt`: "我们", "我", "私", "我々"); before any header
    /// field, two sentences or more, as for spaced text.
    func readsAsUnspacedSpeech(_ line: Range<Int>, in text: [UInt8], afterHeaderFields: Bool) -> Bool {
        let finals = ["。", "！", "？"].map { Array($0.utf8) }
        guard line.count >= 60, finals.contains(where: { text[line].reversed().starts(with: $0.reversed()) }),
              vocabulary.unspacedSpeechWords.contains(where: { word in
                  !word.isEmpty && line.count >= word.count && (line.lowerBound...(line.upperBound - word.count)).contains { start in
                      text[start] == word[0] && text[start..<(start + word.count)].elementsEqual(word) }
              })
        else { return false }
        if afterHeaderFields { return true }
        let body = text[line.lowerBound..<(line.upperBound - 3)]
        return finals.contains { final in body.indices.contains { body[$0...].starts(with: final) } }
    }

    /// The words before a dateline's time: "à 10 heures", "a las 10.00 horas", "at 10 a.m.", "um 10 Uhr",
    /// "в 10 ч.", with their space.
    static let timePrepositions = ["à ", "a las ", "a la ", "at ", "um ", "в ", "alle ", "às "]

    /// What a dateline gives the header.
    private struct DatedLine {
        var date: TranscriptHeader.Field
        var iso: String
        var places: [TranscriptHeader.Field]
        var time: TranscriptHeader.Field?
    }

    /// A dateline: a date with a time or a place beside it, after commas, as the Kremlin dates its pages
    /// ("May 16, 2024, 13:30, Beijing", "16 мая 2024 года, 13:30, Пекин") and press releases open
    /// ("Washington, D.C., January 21, 2022"): the date, its ISO form, and the place lines.
    private func datedLine(_ raw: String, at line: Range<Int>) -> DatedLine? {
        guard raw.utf8.count <= 100, raw.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        let parts = raw.components(separatedBy: ", ")
        guard parts.count >= 2 else { return nil }
        // The parts' offsets in the line (", " between them).
        var starts: [Int] = []
        var offset = line.lowerBound
        for part in parts {
            starts.append(offset)
            offset += part.utf8.count + 2
        }
        /// The date of parts[dates], when every other part is a time or a place.
        func reading(dates: Range<Int>) -> DatedLine? {
            let dateText = parts[dates].joined(separator: ", ")
            guard let iso = vocabulary.isoDate(fromLine: dateText) else { return nil }
            var places: [TranscriptHeader.Field] = [], time: TranscriptHeader.Field?
            for index in parts.indices where !dates.contains(index) {
                var part = parts[index], range = starts[index]..<(starts[index] + part.utf8.count)
                // "à 10 heures", "a las 10.00 horas": the time after its preposition.
                if time == nil, let preposition = Self.timePrepositions.first(where: { part.hasPrefix($0) }),
                   vocabulary.timeOfDayLength(in: Substring(part.dropFirst(preposition.count))) != nil {
                    part = String(part.dropFirst(preposition.count))
                    range = (range.lowerBound + preposition.utf8.count)..<range.upperBound
                }
                if time == nil, let length = vocabulary.timeOfDayLength(in: Substring(part)) {
                    let clock = String(part.utf8.prefix(length))!
                    time = .init(text: clock, range: range.lowerBound..<(range.lowerBound + length))
                    // A place after the time, in the same part: "4:33 p.m. Ministry of Foreign Affairs".
                    let rest = String(part.utf8.dropFirst(length))!
                    guard !rest.isEmpty else { continue }
                    let venue = rest.trimming([" "])
                    guard rest.hasPrefix(" "), Self.isVenueName(venue) else { return nil }
                    let start = range.upperBound - venue.utf8.count
                    places.append(.init(text: venue, range: start..<range.upperBound))
                    continue
                }
                guard Self.isPlaceName(part) else { return nil }
                places.append(.init(text: part, range: range))
            }
            let start = starts[dates.lowerBound]
            return DatedLine(date: .init(text: dateText, range: start..<(start + dateText.utf8.count)), iso: iso, places: places, time: time)
        }
        // The date first (up to three parts: "Friday, May 16, 2024"), then the date last.
        for count in stride(from: min(3, parts.count - 1), through: 1, by: -1) {
            if let found = reading(dates: 0..<count) ?? reading(dates: (parts.count - count)..<parts.count) { return found }
        }
        return nil
    }

    /// Whether a sentence ends inside the line: ". ", "? " or "! " before a capital letter, after a word of
    /// two or more lower-case letters ("talks. We", not "U.S. Secretary" nor "Mr. Lavrov").
    private static func holdsASentenceEnd(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        var index = line.lowerBound + 2
        while index + 2 < line.upperBound {
            let byte = text[index]
            if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")), text[index + 1] == 0x20,
               let next = ProseShape.firstScalar((index + 2)..<line.upperBound, in: text), ProseShape.isUppercase(next),
               case let last = ProseShape.scalar(endingAt: index, in: text), last.start > line.lowerBound,
               case let before = ProseShape.scalar(endingAt: last.start, in: text),
               let lastScalar = Unicode.Scalar(last.scalar), let beforeScalar = Unicode.Scalar(before.scalar),
               ProseShape.isLowercase(lastScalar), ProseShape.isLowercase(beforeScalar) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the line ends as a sentence does, not with an abbreviation's letters and periods ("D.C.").
    static func endsLikeSentence(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        guard ProseShape.endsLikeSentence(line, in: text) else { return false }
        let token = SentenceSplitter.token(endingAt: line.upperBound, in: text, from: line.lowerBound)
        return !(token.utf8.count >= 4 && SentenceSplitter.isDottedLetters(token))
    }
}
