/// The phrases of procedural notes (`Lexicons/procedural-notes.txt`), by kind, and the openings of a
/// vote's record: which lines of a transcript are a meeting record's notes, not speech.
public struct ProceduralNoteVocabulary: Sendable {
    /// How an entry matches a line.
    enum Shape: Sendable, Equatable {
        /// The line is the phrase, with or without a final period.
        case whole
        /// The line opens with the phrase and goes on with a time.
        case timeAfter
        /// The line ends with the phrase, after a time.
        case timeBefore
        /// The line opens with the phrase, a document's name (up to `maximumTimeBytes`), then the entry's
        /// `infix`, and ends with the number it was given in parentheses: "Draft resolution A/78/L.5 was
        /// adopted (resolution 78/3)."
        case document
        /// The line opens with the phrase, a person's name (up to `maximumNameBytes`, no digit) comes next,
        /// and the line ends with the entry's `infix` and perhaps a period: "IN THE CHAIR: ROBERTA
        /// METSOLA", "In the absence of the President, Mr. Kelly (Ireland), Vice-President, took the Chair."
        case nameAfter
        /// The line ends with the phrase (and perhaps a period), after a person's name: "Mr. Kelly
        /// (Ireland), Vice-President, took the Chair."
        case nameBefore
    }

    struct Entry: Sendable {
        let phrase: [UInt8]
        let kind: ProceduralNote.Kind
        let shape: Shape
        /// What follows the gap, for `document` and `nameAfter` ("was adopted"); empty for the others. (A
        /// field, not the shapes' payload: an enum with two array payloads keeps its case in the pointers'
        /// spare bits, where LeakSanitizer no longer sees them.)
        var infix: [UInt8] = []
        /// Whether the phrase ends with a colon ("IN THE CHAIR:"): the line reads as a speaker's label, and
        /// is a note all the same.
        var outranksLabel: Bool { phrase.last == UInt8(ascii: ":") || phrase.suffix(2).elementsEqual(": ".utf8) }
    }

    /// A line's note as the list reads it: its kind, what the phrase leaves (`ProceduralNote.detail`), and
    /// whether it is a note even where the line reads as a label.
    struct LineNote: Sendable {
        let kind: ProceduralNote.Kind
        let detail: Range<Int>?
        let outranksLabel: Bool
    }

    /// Entries that match from the line's start, by their first byte.
    private let byFirstByte: [[Entry]]
    /// Entries that match at the line's end (a time before them), by their last byte.
    private let byLastByte: [[Entry]]
    /// The openings of a vote's record, "In favour:", by their first byte.
    private let voteListOpenings: [[[UInt8]]]
    /// The headings that name an agenda item by number, by their opening's first byte: the opening
    /// ("Пункт ") and the words after the number, if any (" повестки дня").
    private let agendaItemHeadings: [[(opening: [UInt8], after: [UInt8])]]
    /// The ends of a numbered agenda item's heading, "(debate)", ": see Minutes".
    private let itemEndings: [[UInt8]]
    /// The titles of the items every sitting has, "Voting time", "Opening of the sitting".
    private let itemTitles: [[UInt8]]
    /// The items every meeting has, headed without a number: "Adoption of the agenda".
    private let standingItems: [[UInt8]]
    /// The speaker ids of a chair's title, upper-cased: "PRESIDENT", "ACTING PRESIDENT".
    private let presidingLabels: Set<String>
    /// The titles on the line after "IN THE CHAIR: ROBERTA METSOLA": "President", "Vice-President".
    private let chairTitles: Set<[UInt8]>

    /// Most bytes of the time that goes with a phrase ("11.30 a.m. and resumed at 11.45 a.m.").
    static let maximumTimeBytes = 60
    /// Most bytes of the name of who takes the chair ("Mr. De la Fuente Ramírez (Mexico), Vice-President,").
    static let maximumNameBytes = 120
    /// The mark of where the time goes in an entry.
    private static let ellipsis = "…"

    public init(listText: String) {
        let list = SectionedList(listText)
        var byFirstByte = [[Entry]](repeating: [], count: 256), byLastByte = [[Entry]](repeating: [], count: 256)
        for kind in ProceduralNote.Kind.allCases {
            for entry in list.entries(in: kind.rawValue) {
                var text = entry.text
                let shape: Shape
                var infix: [UInt8] = []
                if kind == .chair, let gap = text.firstIndex(of: Character(Self.ellipsis)) {
                    // Where a chair's note has "…", a name goes.
                    let after = Array(text[text.index(after: gap)...].utf8)
                    text = String(text[..<gap])
                    if text.isEmpty {
                        guard let last = after.last else { continue }
                        byLastByte[Int(last)].append(Entry(phrase: after, kind: kind, shape: .nameBefore))
                        continue
                    }
                    shape = .nameAfter
                    infix = after
                } else if text.hasSuffix(Self.ellipsis) {
                    shape = .timeAfter
                    text.removeLast()
                } else if text.hasPrefix(Self.ellipsis) {
                    shape = .timeBefore
                    text.removeFirst()
                } else if let gap = text.firstIndex(of: Character(Self.ellipsis)) {
                    shape = .document
                    infix = Array(text[text.index(after: gap)...].utf8)
                    text = String(text[..<gap])
                } else {
                    shape = .whole
                }
                // The time's side keeps its space: "The meeting rose at " then "1.15 p.m.".
                let phrase = Array(text.utf8)
                guard let first = phrase.first, let last = phrase.last else { continue }
                if shape == .timeBefore {
                    byLastByte[Int(last)].append(Entry(phrase: phrase, kind: kind, shape: shape))
                } else {
                    byFirstByte[Int(first)].append(Entry(phrase: phrase, kind: kind, shape: shape, infix: infix))
                }
            }
        }
        self.byFirstByte = byFirstByte
        self.byLastByte = byLastByte
        var openings = [[[UInt8]]](repeating: [], count: 256)
        for entry in list.entries(in: "vote-lists") {
            let phrase = Array(entry.text.utf8)
            openings[Int(phrase[0])].append(phrase)
        }
        voteListOpenings = openings
        var items = [[(opening: [UInt8], after: [UInt8])]](repeating: [], count: 256)
        for entry in list.entries(in: "agenda-items") {
            let parts = entry.text.split(separator: Self.ellipsis, maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let first = parts[0].utf8.first else { continue }
            items[Int(first)].append((Array(parts[0].utf8), Array(parts[1].utf8)))
        }
        agendaItemHeadings = items
        itemEndings = list.entries(in: "item-endings").map { Array($0.text.utf8) }
        itemTitles = list.entries(in: "item-titles").map { Array($0.text.utf8) }
        chairTitles = Set(list.entries(in: "chair-titles").map { Array($0.text.utf8) })
        standingItems = list.entries(in: "standing-items").map { Array($0.text.utf8) }
        presidingLabels = Set(list.entries(in: "presiding-labels").map { $0.text.uppercased() })
    }

    /// The bundled list.
    public static let bundled = ProceduralNoteVocabulary(listText: BundledLexicons.text(named: "procedural-notes.txt") ?? "")

    /// The kind of note a line is, or nil when it is none. `line` is trimmed of spaces.
    public func kind(ofLine line: Range<Int>, in text: [UInt8]) -> ProceduralNote.Kind? {
        note(ofLine: line, in: text)?.kind
    }

    /// The note a line is, or nil when it is none. `line` is trimmed of spaces.
    func note(ofLine line: Range<Int>, in text: [UInt8]) -> LineNote? {
        guard !line.isEmpty else { return nil }
        // Without a final period, for the phrases that may have one.
        let body = text[line.upperBound - 1] == UInt8(ascii: ".") ? line.lowerBound..<(line.upperBound - 1) : line
        // From the line's start: the phrase alone, or the phrase and a time, a document or a name.
        for entry in byFirstByte[Int(text[line.lowerBound])] where line.count >= entry.phrase.count
            && text[line.lowerBound..<(line.lowerBound + entry.phrase.count)].elementsEqual(entry.phrase) {
            let rest = (line.lowerBound + entry.phrase.count)..<line.upperBound
            switch entry.shape {
            case .whole:
                if rest.isEmpty || (rest.count == 1 && text[rest.lowerBound] == UInt8(ascii: ".")) {
                    return LineNote(kind: entry.kind, detail: nil, outranksLabel: entry.outranksLabel)
                }
            case .timeAfter:
                if Self.isTime(rest, in: text) {
                    return LineNote(kind: entry.kind, detail: Self.timeDetail(rest, in: text, opensWithParenthesis: entry.phrase.first == UInt8(ascii: "(")),
                                    outranksLabel: entry.outranksLabel)
                }
            case .document:
                if let document = Self.adoptedDocument(rest, infix: entry.infix, in: text) {
                    return LineNote(kind: entry.kind, detail: document, outranksLabel: entry.outranksLabel)
                }
            case .nameAfter:
                let after = entry.infix
                guard rest.lowerBound <= body.upperBound else { continue }
                let name = rest.lowerBound..<body.upperBound
                if name.count > after.count, text[(name.upperBound - after.count)..<name.upperBound].elementsEqual(after),
                   let detail = Self.name((name.lowerBound..<(name.upperBound - after.count)), in: text) {
                    return LineNote(kind: entry.kind, detail: detail, outranksLabel: entry.outranksLabel)
                }
            case .timeBefore, .nameBefore:
                continue
            }
        }
        // At the line's end, after a time (the phrase holds its final "。"), or after a name.
        for entry in byLastByte[Int(text[line.upperBound - 1])] where entry.shape == .timeBefore && line.count > entry.phrase.count
            && text[(line.upperBound - entry.phrase.count)..<line.upperBound].elementsEqual(entry.phrase) {
            let time = line.lowerBound..<(line.upperBound - entry.phrase.count)
            if Self.isTime(time, in: text) { return LineNote(kind: entry.kind, detail: time, outranksLabel: false) }
        }
        if !body.isEmpty {
            for entry in byLastByte[Int(text[body.upperBound - 1])] where entry.shape == .nameBefore && body.count > entry.phrase.count
                && text[(body.upperBound - entry.phrase.count)..<body.upperBound].elementsEqual(entry.phrase) {
                if let detail = Self.name(body.lowerBound..<(body.upperBound - entry.phrase.count), in: text) {
                    return LineNote(kind: entry.kind, detail: detail, outranksLabel: false)
                }
            }
        }
        if opensVoteList(line, in: text) { return LineNote(kind: .vote, detail: nil, outranksLabel: false) }
        return nil
    }

    /// A time after a note's phrase without what closes the note: "9.00" of "(The sitting opened at 9.00)",
    /// "13.15 horas" of "… a las 13.15 horas." — but an abbreviation's period stays ("1.15 p.m.", "13 ч. 15 м.").
    private static func timeDetail(_ rest: Range<Int>, in text: [UInt8], opensWithParenthesis: Bool) -> Range<Int> {
        var end = rest.upperBound
        if opensWithParenthesis, end > rest.lowerBound, text[end - 1] == UInt8(ascii: ")") { end -= 1 }
        if end > rest.lowerBound, text[end - 1] == UInt8(ascii: ".") {
            // A letter alone before the period ("p.m.", "м.") is an abbreviation's.
            let word = text[rest.lowerBound..<(end - 1)].lastIndex { $0 == 0x20 || $0 == UInt8(ascii: ".") }.map { $0 + 1 } ?? rest.lowerBound
            let letters = String(decoding: text[word..<(end - 1)], as: UTF8.self)
            if !(letters.count == 1 && letters.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }) { end -= 1 }
        }
        return text.trimmingSpaces(rest.lowerBound..<end)
    }

    /// A person's name where a chair's note has one, without the spaces and commas around it, or nil when
    /// the words there cannot be one (none, too many, or a digit among them).
    private static func name(_ range: Range<Int>, in text: [UInt8]) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text[lower] == 0x20 || text[lower] == UInt8(ascii: ",") { lower += 1 }
        while upper > lower, text[upper - 1] == 0x20 || text[upper - 1] == UInt8(ascii: ",") { upper -= 1 }
        guard lower < upper, upper - lower <= maximumNameBytes,
              !text[lower..<upper].contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        return lower..<upper
    }

    /// Whether a speaker id is the title of whoever holds the chair ("PRESIDENT", "ACTING PRESIDENT"), not
    /// a person's name: the chair's notes say who that is (`Turn.presiding`).
    public func isPresidingLabel(_ speakerID: String) -> Bool {
        presidingLabels.contains(speakerID)
    }

    /// Longest line of a vote's record: the members in favour, on one line.
    static let maximumVoteListBytes = 4000

    /// The notes among a transcript's lines, and the indices of the lines they hold. A labelled line is
    /// never one. A vote's note goes on over its record: each line that opens a list ("In favour:",
    /// "Against:") and the lines of members after such an opening, up to a label or a line that ends as a
    /// sentence does.
    func notes(in lines: [Range<Int>], of text: [UInt8], isLabelled: (Int) -> Bool) -> (notes: [ProceduralNote], lines: Set<Int>) {
        var notes: [ProceduralNote] = []
        var held: Set<Int> = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = text.trimmingSpaces(lines[index])
            guard let found = note(ofLine: line, in: text), found.outranksLabel || !isLabelled(index) else { continue }
            held.insert(index)
            var end = line.upperBound
            switch found.kind {
            case .vote:
                // After an opening or a line of members, members may follow; after the vote's own line, an opening.
                var membersMayFollow = opensVoteList(line, in: text)
                while index + 1 < lines.count, !isLabelled(index + 1) {
                    let next = text.trimmingSpaces(lines[index + 1])
                    let opens = opensVoteList(next, in: text)
                    guard opens || (membersMayFollow && next.count <= Self.maximumVoteListBytes
                                    && !ProseShape.endsLikeSentence(next, in: text)) else { break }
                    membersMayFollow = true
                    index += 1
                    held.insert(index)
                    end = next.upperBound
                }
            case .chair:
                // "IN THE CHAIR: ROBERTA METSOLA" / "President": the title on the next line is the note's.
                if index + 1 < lines.count, !isLabelled(index + 1), chairTitles.contains(Array(text[text.trimmingSpaces(lines[index + 1])])) {
                    index += 1
                    held.insert(index)
                    end = text.trimmingSpaces(lines[index]).upperBound
                }
            default:
                break
            }
            notes.append(ProceduralNote(kind: found.kind, range: line.lowerBound..<end, detail: found.detail))
        }
        return (notes, held)
    }

    /// Whether a line opens a part of a vote's record: "In favour:", "Against: Russian Federation" (members
    /// after the opening do not end as a sentence does: "In favour: that is how we voted." is speech).
    public func opensVoteList(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        guard !line.isEmpty else { return false }
        return voteListOpenings[Int(text[line.lowerBound])].contains { opening in
            line.count >= opening.count && text[line.lowerBound..<(line.lowerBound + opening.count)].elementsEqual(opening)
                && (line.count == opening.count || !ProseShape.endsLikeSentence((line.lowerBound + opening.count)..<line.upperBound, in: text))
        }
    }

    /// Whether a line is a heading that names an agenda item by its number: "Agenda item 73 (continued)",
    /// "Пункт 73 повестки дня (продолжение)", "议程项目73（续）" — not one that ends as a sentence does — or
    /// opens with it and ends as an item does ("3. Situation in Belarus (debate)", `[item-endings]`) or names
    /// an item every sitting has ("4. Voting time", `[item-titles]`); or is an item every meeting has, which
    /// records head without a number ("Adoption of the agenda", `[standing-items]`).
    public func isAgendaItemHeading(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        guard !line.isEmpty, line.count <= 300 else { return false }
        if standingItems.contains(where: { $0.count == line.count && text[line].elementsEqual($0) }) { return true }
        // The European Parliament's "3. Situation in Belarus (debate)", "4. Voting time": a number, a period, a
        // space, then an item's ending or the title of an item every sitting has.
        if text[line.lowerBound] &- 0x30 < 10, let title = Self.itemTitleStart(line, in: text) {
            return itemEndings.contains { ending in
                line.count > ending.count && text[(line.upperBound - ending.count)..<line.upperBound].elementsEqual(ending) }
                || itemTitles.contains { opening in
                    title + opening.count <= line.upperBound && text[title..<(title + opening.count)].elementsEqual(opening) }
        }
        guard line.count <= 120 else { return false }
        return agendaItemHeadings[Int(text[line.lowerBound])].contains { heading in
            guard line.count > heading.opening.count else { return false }
            let rest = (line.lowerBound + heading.opening.count)..<line.upperBound
            return text[line.lowerBound..<rest.lowerBound].elementsEqual(heading.opening)
                && Self.isTime(rest, in: text) && !ProseShape.endsLikeSentence(line, in: text)
                && (heading.after.isEmpty || rest.count >= heading.after.count && (rest.lowerBound...(rest.upperBound - heading.after.count)).contains { start in
                    text[start..<(start + heading.after.count)].elementsEqual(heading.after) })
        }
    }

    /// Where the title starts after an item's number, one to three digits, a period and a space ("3. "), or
    /// nil when the line opens with none.
    private static func itemTitleStart(_ line: Range<Int>, in text: [UInt8]) -> Int? {
        var index = line.lowerBound
        while index < line.upperBound, index - line.lowerBound < 3, text[index] &- 0x30 < 10 { index += 1 }
        guard index > line.lowerBound, index + 2 < line.upperBound, text[index] == UInt8(ascii: "."), text[index + 1] == 0x20 else { return nil }
        return index + 2
    }

    /// The document's name in `text[rest]` when it is one (up to `maximumTimeBytes`), followed by `infix`
    /// and the rest of the line ending with a number in parentheses: " A/78/L.5 was adopted (resolution
    /// 78/3).", "决议草案" + "A/78/L.5获得通过（第78/3号决议）。"; nil when it is not.
    private static func adoptedDocument(_ rest: Range<Int>, infix: [UInt8], in text: [UInt8]) -> Range<Int>? {
        let endings = [Array(").".utf8), Array("）。".utf8), Array(")。".utf8)]
        guard rest.count <= 300, !infix.isEmpty,
              endings.contains(where: { ending in text[rest].reversed().starts(with: ending.reversed()) }) else { return nil }
        // The number it was given, in the parentheses that end the line: "(resolution 78/3)", "（第78/3号决议）".
        let open = rest.reversed().first { index in
            text[index] == UInt8(ascii: "(")
                || (text[index] == 0xEF && index + 2 < rest.upperBound && text[index + 1] == 0xBC && text[index + 2] == 0x88)
        }
        guard let open, (open..<rest.upperBound).contains(where: { WideDigit.at($0, in: text, before: rest.upperBound) != nil })
        else { return nil }
        let limit = min(rest.upperBound - infix.count, rest.lowerBound + maximumTimeBytes)
        guard limit > rest.lowerBound,
              let start = (rest.lowerBound...limit).first(where: { start in text[start..<(start + infix.count)].elementsEqual(infix) })
        else { return nil }
        return text.trimmingSpaces(rest.lowerBound..<start)
    }

    /// A time as notes write it (or an item's number): short, with a digit (ASCII or full-width).
    private static func isTime(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        guard !range.isEmpty, range.count <= maximumTimeBytes else { return false }
        return range.contains { WideDigit.at($0, in: text, before: range.upperBound) != nil }
    }
}
