/// What header lines can hold (see `Lexicons/header.txt`): document kinds and month names.
public struct HeaderVocabulary: Sendable {
    let genres: Set<String>
    let months: [String: Int]
    /// Words of the first and second person (`[speech-words]`), lower case, packed (`PackedWord`).
    let speechWords: Set<PackedWord>
    /// Words that open a list of participants (`[participant-words]`), lower case.
    let participantWords: Set<String>
    /// Words of the first person in Chinese and Japanese (`[unspaced-speech-words]`), found anywhere in a line.
    let unspacedSpeechWords: [[UInt8]]
    /// Lines that head an agenda (`[agenda-words]`), lower case.
    let agendaWords: Set<String>
    /// The last words of a line that numbers a meeting or its session (`[meeting-words]`), lower case.
    let meetingWords: Set<String>
    /// The bodies whose meetings verbatim records record (`[bodies]`), lower case.
    let bodies: Set<String>

    public init(listText: String) {
        let list = SectionedList(listText)
        genres = Set(list.entries(in: "genres").map { $0.text.lowercased() })
        var months: [String: Int] = [:]
        for entry in list.entries(in: "months") {
            guard let pair = SectionedList.keyValue(entry.text), let number = Int(pair.key) else { continue }
            for name in pair.value.split(separator: ",") { months[name.trimming([" "]).lowercased()] = number }
        }
        self.months = months
        speechWords = Set(list.entries(in: "speech-words").compactMap { PackedWord(Array($0.text.lowercased().utf8)) })
        participantWords = Set(list.entries(in: "participant-words").map { $0.text.lowercased() })
        unspacedSpeechWords = list.entries(in: "unspaced-speech-words").map { Array($0.text.utf8) }
        agendaWords = Set(list.entries(in: "agenda-words").map { $0.text.lowercased() })
        meetingWords = Set(list.entries(in: "meeting-words").map { $0.text.lowercased() })
        bodies = Set(list.entries(in: "bodies").map { $0.text.lowercased() })
    }

    /// Most words of a line that numbers a meeting: "12th plenary meeting", "Семьдесят восьмая сессия".
    static let maximumMeetingLineWords = 4

    /// Whether a header line names the body that meets or numbers its meeting, as a verbatim record's
    /// cover page does ("Security Council", "9000th meeting", "Seventy-eighth year"): no place.
    func namesBodyOrMeeting(_ line: String) -> Bool {
        let lowered = line.trimming([" "]).lowercased()
        if bodies.contains(lowered) { return true }
        let words = lowered.split(separator: " ")
        guard words.count >= 2, words.count <= Self.maximumMeetingLineWords, let last = words.last else { return false }
        return meetingWords.contains(String(last))
    }

    /// The entries of a list of participants, "Sprecher: StS Hebestreit, Wagner (AA)", as ranges of
    /// `text` within `line`; nil when the line opens with no word of `[participant-words]` and a colon.
    /// Entries are parted by commas and semicolons outside brackets and by a joining word ("and", "und",
    /// "et", "y", "и"); a final period is no part of the last.
    func participants(inLine line: Range<Int>, of text: [UInt8]) -> [Range<Int>]? {
        guard let colon = text[line].prefix(24).firstIndex(of: UInt8(ascii: ":")), colon > line.lowerBound,
              participantWords.contains(text.string(text.trimmingSpaces(line.lowerBound..<colon)).lowercased()) else { return nil }
        var entries: [Range<Int>] = []
        var start = colon + 1, depth = 0, index = colon + 1
        func close(_ end: Int) {
            var entry = text.trimmingSpaces(start..<end)
            if entry.upperBound == line.upperBound, entry.count > 1, text[entry.upperBound - 1] == UInt8(ascii: ".") {
                entry = text.trimmingSpaces(entry.lowerBound..<(entry.upperBound - 1))
            }
            if !entry.isEmpty { entries.append(entry) }
        }
        while index < line.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { depth += 1 }
            else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { depth = max(0, depth - 1) }
            else if depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                close(index)
                start = index + 1
            } else if depth == 0, byte == 0x20, let joiner = Self.joiningWords.first(where: { word in
                index + word.count + 1 < line.upperBound && text[(index + 1)..<(index + 1 + word.count)].elementsEqual(word)
                    && text[index + 1 + word.count] == 0x20 }) {
                close(index)
                index += joiner.count + 1
                start = index
                continue
            }
            index += 1
        }
        close(line.upperBound)
        return entries.isEmpty ? nil : entries
    }

    /// Whether a header line heads the meeting's agenda: "Agenda", "Повестка дня".
    func isAgendaHeading(_ line: String) -> Bool {
        line.utf8.count <= 40 && agendaWords.contains(line.trimming([" ", ":"]).lowercased())
    }

    /// A participant on a verbatim record's cover page, a name and a delegation either side of a dot
    /// leader: "President: Mr. Nebenzia . . . . (Russian Federation)" → "Mr. Nebenzia (Russian Federation)";
    /// "Members: Albania . . . . Mr. Hoxha" and, after such a line (`continuing`), "Brazil . . . . Mr. França
    /// Danese" → "Mr. Hoxha (Albania)". The field's range runs from the first name to the last.
    func ledParticipant(inLine line: Range<Int>, of text: [UInt8], continuing: Bool) -> LedParticipant? {
        guard line.count <= 300, let leader = Self.dotLeader(in: line, of: text) else { return nil }
        var start = line.lowerBound
        var listWord: String? = nil
        if let (colon, length) = Self.listColon(in: line.lowerBound..<leader.lowerBound, of: text),
           case let word = text.string(text.trimmingSpaces(line.lowerBound..<colon)), participantWords.contains(word.lowercased()) {
            start = colon + length
            listWord = word
        } else if !continuing {
            return nil
        }
        let left = text.trimmingSpaces(start..<leader.lowerBound), right = text.trimmingSpaces(leader.upperBound..<line.upperBound)
        guard !left.isEmpty, !right.isEmpty else { return nil }
        let (first, second) = (text.string(left), text.string(right))
        // "(Russian Federation)" after the leader is the delegation of the name before it; otherwise the
        // delegation comes first and the name after it.
        let namedFirst = second.hasPrefix("(")
        let entry = namedFirst ? "\(first) \(second)" : "\(second) (\(first))"
        return LedParticipant(field: .init(text: entry, range: left.lowerBound..<right.upperBound),
                              name: namedFirst ? left : right, listWord: listWord)
    }

    /// A participant beside a dot leader: the entry ("Mr. Nebenzia (Russian Federation)"), the name alone
    /// ("Mr. Nebenzia") and the word before the colon that opened the line ("President"), if any.
    struct LedParticipant {
        let field: TranscriptHeader.Field
        let name: Range<Int>
        let listWord: String?
    }

    /// The first colon in the first 24 bytes of `range`, ASCII or full-width ("主席："), and its length.
    static func listColon(in range: Range<Int>, of text: [UInt8]) -> (offset: Int, length: Int)? {
        var index = range.lowerBound
        while index < min(range.upperBound, range.lowerBound + 24) {
            if text[index] == UInt8(ascii: ":") { return (index, 1) }
            if text[index] == 0xEF, index + 2 < range.upperBound, text[index + 1] == 0xBC, text[index + 2] == 0x9A { return (index, 3) }
            index += 1
        }
        return nil
    }

    /// Whether a label's name is a word that opens a list of participants ("President", "主席"): its line
    /// may be a cover page's participant (`ledParticipant`) rather than speech.
    func isParticipantWord(_ name: Substring) -> Bool { participantWords.contains(name.lowercased()) }

    /// A United Nations verbatim record's symbol in `text[line]`: a series letter, its session, "PV." and
    /// the meeting's number — "S/PV.9000", "A/78/PV.12", "E/2024/SR.5" (summary records too) — standing as
    /// a word of its own.
    static func documentSymbol(in line: Range<Int>, of text: [UInt8]) -> Range<Int>? {
        guard line.count <= 200 else { return nil }
        for marker in [Array("/PV.".utf8), Array("/SR.".utf8)] {
            var index = line.lowerBound
            while index + marker.count < line.upperBound {
                defer { index += 1 }
                guard text[index] == UInt8(ascii: "/"), text[index..<(index + marker.count)].elementsEqual(marker) else { continue }
                // Back over the series and session ("S", "A/78", "E/2024"); on over the meeting's number.
                var start = index
                while start > line.lowerBound, case let byte = text[start - 1],
                      byte &- 0x41 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "/") { start -= 1 }
                var end = index + marker.count
                while end < line.upperBound, text[end] &- 0x30 < 10 { end += 1 }
                guard start < index, text[start] &- 0x41 < 26, end > index + marker.count,
                      start == line.lowerBound || text[start - 1] == 0x20,
                      end == line.upperBound || text[end] == 0x20 || text[end] == UInt8(ascii: ",") || text[end] == UInt8(ascii: ")")
                else { continue }
                return start..<end
            }
        }
        return nil
    }

    /// A dot leader inside a line: five or more periods, spaces between them or not (". . . . .", "....."):
    /// more than an ellipsis, or a sentence's period before one ("word. . . .").
    static func dotLeader(in line: Range<Int>, of text: [UInt8]) -> Range<Int>? {
        var index = line.lowerBound
        while index < line.upperBound {
            guard text[index] == UInt8(ascii: ".") else { index += 1; continue }
            var end = index, dots = 0
            while end < line.upperBound, text[end] == UInt8(ascii: ".") || text[end] == 0x20 {
                if text[end] == UInt8(ascii: ".") { dots += 1 }
                end += 1
            }
            if dots >= 5 { return index..<end }
            index = end
        }
        return nil
    }

    /// The words that join the last two participants of a list.
    static let joiningWords: [[UInt8]] = ["and", "und", "et", "y", "e", "и"].map { Array($0.utf8) }

    /// The date that ends a line split at ", " ("…, Moscow, June 11, 2024" → the last two parts, "…,
    /// Москва, 11 июня 2024 года" → the last one): how many parts it takes, and its ISO form.
    func trailingDate(of parts: [String]) -> (parts: Int, iso: String)? {
        for count in 1...2 where count < parts.count {
            if let iso = isoDate(fromLine: parts.suffix(count).joined(separator: ", ")) { return (count, iso) }
        }
        return nil
    }

    /// The date that ends a title after a preposition, as spokespersons' offices name their briefings
    /// ("…Regular Press Conference on March 4, 2024", "Regierungspressekonferenz vom 12. Juni 2024",
    /// "…du 6 juin 2024", "Брифинг … от 6 марта 2024 года"): the date as written, from two to five
    /// words, and its ISO form. The preposition is asked for so that a title naming a date in passing
    /// keeps it.
    func dateAfterPreposition(endingTitle title: String) -> (text: Substring, iso: String)? {
        guard title.utf8.count <= 400, title.utf8.last.map({ $0 &- 0x30 < 10 || $0 >= 0x80 || $0 == UInt8(ascii: ".") || $0 &- 0x61 < 26 }) == true,
              title.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        // Word starts (byte offsets), from the end, up to six words back: a space is a byte of its own.
        let bytes = Array(title.utf8)
        var starts: [Int] = []
        var index = bytes.count
        while index > 0, starts.count < 7 {
            if bytes[index - 1] == 0x20, index < bytes.count, bytes[index] != 0x20 { starts.append(index) }
            index -= 1
        }
        guard starts.count >= 3 else { return nil }
        for count in 2...min(5, starts.count - 1) {
            let dateStart = starts[count - 1]
            let preposition = String(decoding: bytes[starts[count]..<dateStart], as: UTF8.self).trimming([" "]).lowercased()
            guard Self.datePrepositions.contains(preposition) else { continue }
            let candidate = Substring(title.utf8[title.utf8.index(title.utf8.startIndex, offsetBy: dateStart)...])
            if let iso = isoDate(fromLine: String(candidate)) { return (candidate, iso) }
        }
        return nil
    }

    /// The words before a title's date: "on", "of", "vom", "du", "от"…
    static let datePrepositions: Set<String> = ["on", "of", "dated", "vom", "am", "du", "le", "del", "de", "от", "за"]

    /// Whether a header line is a time of day and nothing else: "1:47 P.M. EDT", "13:30", "10.00 Uhr",
    /// "15h30", "11:05 a.m. (local time)", an hour alone before its word ("10 a.m.", "10 Uhr"), the UN's
    /// Russian "10 ч. 00 м." and French "13 h 15". A media timecode ("00:12:31") is no time of day.
    func isTimeLine(_ line: String) -> Bool {
        timeOfDayLength(in: Substring(line)) == line.utf8.count
    }

    /// The length in bytes of the time of day that starts `text`, up to the first word that is not a
    /// time's ("4:33 p.m. Ministry of Foreign Affairs" → "4:33 p.m."), or nil when it starts with none.
    func timeOfDayLength(in text: Substring) -> Int? {
        guard text.utf8.count <= 120, let first = text.utf8.first, first &- 0x30 < 10 else { return nil }
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        let clock = tokens[0].lowercased()
        var digits = 0, separators = 0, afterSeparator = 0, index = clock.startIndex
        while index < clock.endIndex, let ascii = clock[index].asciiValue {
            if ascii &- 0x30 < 10 {
                digits += 1
                if separators == 1 { afterSeparator += 1 }
            } else if ascii == UInt8(ascii: ":") || ascii == UInt8(ascii: ".") || ascii == UInt8(ascii: "h") {
                guard separators == 0, (1...2).contains(digits) else { return nil }
                separators += 1
            } else {
                break
            }
            index = clock.index(after: index)
        }
        // An hour alone is a time only before an hour's word: "10 a.m.", "10 ч. 00 м.", "13 h 15".
        let hourAlone = separators == 0 && (1...2).contains(digits) && index == clock.endIndex && tokens.count > 1
            && Self.hourWords.contains(tokens[1].trimming([","]).lowercased())
        guard separators == 1 && afterSeparator == 2 || hourAlone else { return nil }
        // After the clock ("1:47pm" or "1:47 P.M. EDT"): words of the time of day and time zones.
        if index < clock.endIndex, !isTimeWord(Substring(clock[index...])) { return nil }
        var length = tokens[0].utf8.count, next = 1
        while next < tokens.count, next <= 4 {
            if hourAlone, next == 2, tokens[2].utf8.count == 2, tokens[2].utf8.allSatisfy({ $0 &- 0x30 < 10 }),
               Self.minuteAfter.contains(tokens[1].lowercased()) {
                // The minutes after "ч." or "h": "10 ч. 05 м.", "13 h 15".
                length += 1 + tokens[2].utf8.count
                next += 1
            } else if isTimeWord(tokens[next]) {
                length += 1 + tokens[next].utf8.count
                next += 1
            } else if next + 1 < tokens.count, tokens[next + 1].trimming(["(", ")", ","]).lowercased() == "time" {
                // "Moscow time", "local time": a place's name before "time" is the zone's.
                length += 2 + tokens[next].utf8.count + tokens[next + 1].utf8.count
                next += 2
            } else {
                break
            }
        }
        return length
    }

    /// The words after an hour written alone ("10 a.m."), lower case.
    static let hourWords: Set<String> = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "uhr", "h", "ч.", "ч", "heures", "horas", "hrs", "hours"]
    /// The hour's words that minutes may follow: "10 ч. 05 м.", "13 h 15".
    static let minuteAfter: Set<String> = ["ч.", "ч", "h"]

    private func isTimeWord(_ word: Substring) -> Bool {
        let bare = word.trimming(["(", ")", ","])
        return Self.timeWords.contains(bare.lowercased())
            || (2...5).contains(bare.count) && bare.hasSuffix("T") && bare.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Words a time of day may have after its clock (lower case); zones in capitals ending in "T" (EDT,
    /// GMT, CEST) are taken without a list.
    static let timeWords: Set<String> = [
        "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "uhr", "h", "ч.", "ч", "час.", "часов", "мск", "msk", "utc", "local", "time",
        "heure", "heures", "hrs", "hours", "ora", "hora", "horas", "по", "московскому", "времени", "м.", "мин.",
    ]

    /// Whether `text[range]` holds a word of the first or second person ("We", "моим", "vous"), read as
    /// bytes: this is asked of every long line before the first label, which may be long paragraphs.
    func holdsSpeechWord(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(PackedWord.capacity)
        var index = range.lowerBound
        func endWord() -> Bool {
            defer { word.removeAll(keepingCapacity: true) }
            guard let packed = PackedWord(word) else { return false }
            return speechWords.contains(packed)
        }
        while index < range.upperBound {
            let byte = text[index]
            if byte &- 0x41 < 26 || byte &- 0x61 < 26 || byte == UInt8(ascii: "'") {
                word.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                index += 1
            } else if byte == 0xE2, index + 2 < range.upperBound, text[index + 1] == 0x80, text[index + 2] == 0x99 {
                word.append(UInt8(ascii: "'"))  // ’
                index += 3
            } else if byte >= 0xC0, index + 1 < range.upperBound {
                // Letters of two bytes (Cyrillic, Latin with accents) in lower case as Russian needs it:
                // А–П → а–п, Р–Я → р–я, Ё → ё; others as written.
                let next = text[index + 1]
                if byte == 0xD0, next &- 0x90 < 16 { word += [0xD0, next &+ 0x20] }
                else if byte == 0xD0, next &- 0xA0 < 16 { word += [0xD1, next &- 0x20] }
                else if byte == 0xD0, next == 0x81 { word += [0xD1, 0x91] }
                else if byte < 0xE0 { word += [byte, next] }
                else {
                    if endWord() { return true }
                    index += 1
                    continue
                }
                index += 2
            } else {
                if endWord() { return true }
                index += 1
            }
        }
        return endWord()
    }

    public static let bundled = HeaderVocabulary(listText: BundledLexicons.text(named: "header.txt") ?? "")

    /// Reads a line that is a date and nothing else: "January 21, 2022", "Friday, 21 January 2022",
    /// "21 января 2022 г.", "2022-01-21", "21.01.2022". Returns yyyy-mm-dd.
    public func isoDate(fromLine line: String) -> String? {
        // A date has digits and few words.
        guard line.utf8.count <= 60, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if line.utf8.contains(where: { $0 >= 0xE0 }), case let bytes = Array(line.utf8), let han = Self.hanDate(in: bytes, bytes.indices),
           han.range == bytes.indices { return han.iso }
        let tokens = line.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.trimming(["."]) }
            .filter { !$0.isEmpty }
        if tokens.count == 1, let numeric = Self.numericDate(tokens[0]) { return numeric }
        var year: Int?, month: Int?, day: Int?
        for token in tokens {
            if let number = Int(token) {
                if token.count == 4, (1800...2200).contains(number), year == nil { year = number }
                else if (1...31).contains(number), day == nil { day = number }
                else { return nil }
            } else if let number = months[token], month == nil {
                month = number
            } else if Self.fillers.contains(token) {
                continue
            } else {
                return nil
            }
        }
        guard let year, let month, let day else { return nil }
        return Self.iso(year, month, day)
    }

    /// The first date written as Chinese, Japanese and Korean write it, "2024年3月4日", "令和６年３月５日" (a
    /// Japanese era's year, digits full-width or not), "2024년 3월 5일", in `text[range]`: its range and
    /// ISO form.
    static func hanDate(in text: [UInt8], _ range: Range<Int>) -> (range: Range<Int>, iso: String)? {
        let han = (year: Array("年".utf8), month: Array("月".utf8), day: Array("日".utf8))
        let hangul = (year: Array("년".utf8), month: Array("월".utf8), day: Array("일".utf8))
        func digit(at index: Int) -> (value: Int, length: Int)? { WideDigit.at(index, in: text, before: range.upperBound) }
        // Digits at `index`, from one to `most`, then `unit`: the number, its digit count and where the unit
        // ends (and a space after it, as Korean writes "2024년 3월 5일").
        func number(at index: Int, most: Int, unit: [UInt8]) -> (value: Int, digits: Int, end: Int)? {
            var end = index, value = 0, digits = 0
            while digits < most, let next = digit(at: end) { value = value * 10 + next.value; end += next.length; digits += 1 }
            guard digits > 0, end + unit.count <= range.upperBound, text[end..<(end + unit.count)].elementsEqual(unit) else { return nil }
            end += unit.count
            if unit != han.day, unit != hangul.day, end < range.upperBound, text[end] == 0x20 { end += 1 }
            return (value, digits, end)
        }
        var index = range.lowerBound
        while index + 4 < range.upperBound {
            defer { index += 1 }
            // A number's first digit (no digit, ASCII or full-width, just before).
            guard !WideDigit.endsBefore(index, in: text, from: range.lowerBound), digit(at: index) != nil else { continue }
            guard let (units, y) = [han, hangul].lazy.compactMap({ units in number(at: index, most: 4, unit: units.year).map { (units, $0) } }).first
            else { continue }
            // A Japanese era's name before a year of one or two digits.
            let era = eras.first { era in index - era.name.count >= range.lowerBound && text[(index - era.name.count)..<index].elementsEqual(era.name) }
            guard y.digits == 4 || (era != nil && y.digits <= 2),
                  let m = number(at: y.end, most: 2, unit: units.month), let d = number(at: m.end, most: 2, unit: units.day),
                  let iso = iso(y.value + (y.digits == 4 ? 0 : era!.offset), m.value, d.value) else { continue }
            return ((era.map { index - $0.name.count } ?? index)..<d.end, iso)
        }
        return nil
    }

    /// The first time of day written as Chinese and Japanese write it, "10時12分", "上午10时", "午後３時"
    /// (digits full-width or not; the half of the day before them kept), in `text[range]`, after `from`.
    static func hanTime(in text: [UInt8], _ range: Range<Int>, from start: Int) -> Range<Int>? {
        let hours = [Array("時".utf8), Array("时".utf8)], minute = Array("分".utf8)
        let halves = ["上午", "下午", "午前", "午後", "中午"].map { Array($0.utf8) }
        func digitLength(at index: Int) -> Int? { WideDigit.at(index, in: text, before: range.upperBound)?.length }
        func digitsEnd(from index: Int) -> (end: Int, count: Int) {
            var end = index, count = 0
            while count < 2, let length = digitLength(at: end) { end += length; count += 1 }
            return (end, count)
        }
        var index = max(start, range.lowerBound)
        while index < range.upperBound {
            defer { index += 1 }
            // A number's first digit (no digit just before), one or two digits, then the hour's character.
            if WideDigit.endsBefore(index, in: text, from: range.lowerBound) { continue }
            let (hourEnd, count) = digitsEnd(from: index)
            guard count > 0, digitLength(at: hourEnd) == nil,
                  let hour = hours.first(where: { hourEnd + $0.count <= range.upperBound && text[hourEnd..<(hourEnd + $0.count)].elementsEqual($0) })
            else { continue }
            var end = hourEnd + hour.count
            let (minuteEnd, minuteDigits) = digitsEnd(from: end)
            if minuteDigits > 0, minuteEnd + minute.count <= range.upperBound, text[minuteEnd..<(minuteEnd + minute.count)].elementsEqual(minute) {
                end = minuteEnd + minute.count
            }
            let half = halves.first { index - $0.count >= range.lowerBound && text[(index - $0.count)..<index].elementsEqual($0) }
            return (index - (half?.count ?? 0))..<end
        }
        return nil
    }

    /// Japanese eras: the name and the Gregorian year before the era's first.
    static let eras: [(name: [UInt8], offset: Int)] = [(Array("令和".utf8), 2018), (Array("平成".utf8), 1988)]

    /// Words a date line may hold besides day, month and year.
    static let fillers: Set<String> = [
        "г", "года", "год", "the", "of", "on", "le", "de", "del", "am", "den",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ]

    static func numericDate(_ token: String) -> String? {
        let iso = token.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3, token.split(separator: "-")[0].count == 4 { return Self.iso(iso[0], iso[1], iso[2]) }
        let dotted = token.split(separator: ".").compactMap { Int($0) }
        if dotted.count == 3, token.split(separator: ".")[2].count == 4 { return Self.iso(dotted[2], dotted[1], dotted[0]) }
        return nil
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let daysInMonth = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Whether a line names the kind of document.
    func isGenre(_ line: String) -> Bool { line.utf8.count <= 80 && genres.contains(line.lowercased()) }
}

/// A short word (up to 16 bytes) as two integers: a set of them is looked up without making a string.
struct PackedWord: Hashable, Sendable {
    static let capacity = 16
    let low: UInt64, high: UInt64

    init?(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count <= Self.capacity else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        self.low = low
        self.high = high
    }
}
