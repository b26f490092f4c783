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
        /// The line opens with the phrase, a document's name (up to `maximumTimeBytes`), then `infix`, and
        /// ends with the number it was given in parentheses: "Draft resolution A/78/L.5 was adopted
        /// (resolution 78/3)."
        case document(infix: [UInt8])
    }

    struct Entry: Sendable {
        let phrase: [UInt8]
        let kind: ProceduralNote.Kind
        let shape: Shape
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

    /// Most bytes of the time that goes with a phrase ("11.30 a.m. and resumed at 11.45 a.m.").
    static let maximumTimeBytes = 60
    /// The mark of where the time goes in an entry.
    private static let ellipsis = "…"

    public init(listText: String) {
        let list = SectionedList(listText)
        var byFirstByte = [[Entry]](repeating: [], count: 256), byLastByte = [[Entry]](repeating: [], count: 256)
        for kind in ProceduralNote.Kind.allCases {
            for entry in list.entries(in: kind.rawValue) {
                var text = entry.text
                let shape: Shape
                if text.hasSuffix(Self.ellipsis) {
                    shape = .timeAfter
                    text.removeLast()
                } else if text.hasPrefix(Self.ellipsis) {
                    shape = .timeBefore
                    text.removeFirst()
                } else if let gap = text.firstIndex(of: Character(Self.ellipsis)) {
                    shape = .document(infix: Array(text[text.index(after: gap)...].utf8))
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
                    byFirstByte[Int(first)].append(Entry(phrase: phrase, kind: kind, shape: shape))
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
    }

    /// The bundled list.
    public static let bundled = ProceduralNoteVocabulary(listText: BundledLexicons.text(named: "procedural-notes.txt") ?? "")

    /// The kind of note a line is, or nil when it is none. `line` is trimmed of spaces.
    public func kind(ofLine line: Range<Int>, in text: [UInt8]) -> ProceduralNote.Kind? {
        guard !line.isEmpty else { return nil }
        // From the line's start: the phrase alone, or the phrase and a time.
        for entry in byFirstByte[Int(text[line.lowerBound])] where line.count >= entry.phrase.count
            && text[line.lowerBound..<(line.lowerBound + entry.phrase.count)].elementsEqual(entry.phrase) {
            let rest = (line.lowerBound + entry.phrase.count)..<line.upperBound
            if entry.shape == .whole, rest.isEmpty || (rest.count == 1 && text[rest.lowerBound] == UInt8(ascii: ".")) { return entry.kind }
            if entry.shape == .timeAfter, Self.isTime(rest, in: text) { return entry.kind }
            if case .document(let infix) = entry.shape, Self.namesAdoptedDocument(rest, infix: infix, in: text) { return entry.kind }
        }
        // At the line's end, after a time.
        for entry in byLastByte[Int(text[line.upperBound - 1])] where line.count > entry.phrase.count
            && text[(line.upperBound - entry.phrase.count)..<line.upperBound].elementsEqual(entry.phrase) {
            if Self.isTime(line.lowerBound..<(line.upperBound - entry.phrase.count), in: text) { return entry.kind }
        }
        if opensVoteList(line, in: text) { return .vote }
        return nil
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
            guard !isLabelled(index), let kind = kind(ofLine: line, in: text) else { continue }
            held.insert(index)
            var end = line.upperBound
            if kind == .vote {
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
            }
            notes.append(ProceduralNote(kind: kind, range: line.lowerBound..<end))
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
    /// an item every sitting has ("4. Voting time", `[item-titles]`).
    public func isAgendaItemHeading(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        guard !line.isEmpty, line.count <= 300 else { return false }
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

    /// Whether `text[rest]` is a document's name (up to `maximumTimeBytes`), `infix` and the rest of the
    /// line ending with a number in parentheses: " A/78/L.5 was adopted (resolution 78/3).", "决议草案" +
    /// "A/78/L.5获得通过（第78/3号决议）。".
    private static func namesAdoptedDocument(_ rest: Range<Int>, infix: [UInt8], in text: [UInt8]) -> Bool {
        let endings = [Array(").".utf8), Array("）。".utf8), Array(")。".utf8)]
        guard rest.count <= 300, !infix.isEmpty,
              endings.contains(where: { ending in text[rest].reversed().starts(with: ending.reversed()) }) else { return false }
        // The number it was given, in the parentheses that end the line: "(resolution 78/3)", "（第78/3号决议）".
        let open = rest.reversed().first { index in
            text[index] == UInt8(ascii: "(")
                || (text[index] == 0xEF && index + 2 < rest.upperBound && text[index + 1] == 0xBC && text[index + 2] == 0x88)
        }
        guard let open, (open..<rest.upperBound).contains(where: { WideDigit.at($0, in: text, before: rest.upperBound) != nil })
        else { return false }
        let limit = min(rest.upperBound - infix.count, rest.lowerBound + maximumTimeBytes)
        guard limit > rest.lowerBound else { return false }
        return (rest.lowerBound...limit).contains { start in text[start..<(start + infix.count)].elementsEqual(infix) }
    }

    /// A time as notes write it (or an item's number): short, with a digit (ASCII or full-width).
    private static func isTime(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        guard !range.isEmpty, range.count <= maximumTimeBytes else { return false }
        return range.contains { WideDigit.at($0, in: text, before: range.upperBound) != nil }
    }
}
