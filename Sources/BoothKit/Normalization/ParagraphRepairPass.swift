/// Joins paragraphs that page layout broke in the middle of a sentence, as in
/// "…not everyone in the State" / blank line / "Department was working…".
///
/// The break between a line A and the next line B (with or without a blank line between) is joined,
/// with one space, only when all of these hold:
/// 1. A cannot end a paragraph: its last character, past closing quotes and brackets, is not
///    sentence-final punctuation (`.`, `!`, `?`, `…`, `:`, `;`).
/// 2. A is prose, not a heading: at least `minimumProseWords` words, no markdown block syntax
///    (`#`, list item, quote, table), not wholly in emphasis (a byline), not in title case (a page
///    title: most words capitalized), not a trail of links ("Home | Briefings | Remarks", "Главная »
///    Новости": parts set apart by " | ", " › " or " » "), not a speaker label with
///    nothing after it. Header lines such as "Hotel Wilson" or "January 21, 2022" are short, so
///    they never join.
/// 3. A is not a salutation ending in a comma before a capital (`isSalutation`), and does not end
///    with a date after a comma, as a title does ("…, Москва, 11 июня 2024 года", "…, June 11, 2024").
/// 4. B continues A: it starts with a letter or digit (not a marker in brackets, not markup), is not
///    a speaker label (nor an `A.` answer) or a meeting record's note (`ProceduralNote`), and either starts
///    in lower case or is prose itself.
/// A word that the layout hyphenated across the break ("interna-" / "tional", as text taken from a PDF
/// has it) is joined without the space: without the hyphen too where the text has the word unhyphenated
/// elsewhere ("international"), else with it ("long-term", "self-defence", "по-прежнему"), as no
/// dictionary here can tell a soft hyphen from a compound's (`HyphenatedBreak`).
/// A break inside a sentence of Chinese or Japanese is joined with nothing between (`UnspacedLineBreak`).
/// Every join is an edit with reason `paragraph-repair`, so a reader can review it.
struct ParagraphRepairPass: NormalizationPass {
    let grammar: SpeakerLabelGrammar
    /// A meeting record's notes ("The meeting was called to order at 10.05 a.m.") start lines of their own.
    var notes: ProceduralNoteVocabulary = .bundled
    static let minimumProseWords = 6
    private static let space: [UInt8] = [0x20]

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        // The paragraph so far, as joined: decisions look at all of it, not at its last line alone, so
        // that normalizing the result again joins nothing more.
        var paragraph: ParagraphSummary? = nil
        // The text's words, gathered the first time a hyphenated break needs them.
        var words: HyphenatedBreak.Words? = nil
        for line in Lines(bytes: text) where !line.isEmpty {
            // Chinese and Japanese: joined with nothing between (`UnspacedLineBreak`).
            if var before = paragraph, text[line.lowerBound] >= 0xE3 || text[line.lowerBound] &- 0x30 < 10,
               UnspacedLineBreak.joins(before.start..<before.lastLine.upperBound, line, in: text, grammar: grammar,
                                       hanOrKanaBefore: { before.hanOrKanaCount(in: text) }) {
                rewriter.delete(before.lastLine.upperBound..<line.lowerBound, reason: .paragraphRepair)
                before.append(line, in: text)
                paragraph = before
                continue
            }
            if var before = paragraph, case let hyphenated = HyphenatedBreak(before: before.lastLine, after: line, in: text),
               cannotEndParagraph(before, in: text, wordCut: hyphenated != nil), !isSalutation(before, followedBy: line, in: text),
               continues(line, in: text, wordCut: hyphenated != nil), !Self.endsWithDateline(before.lastLine, in: text) {
                // The break is everything between the two lines: "\n" or "\n\n".
                if let hyphenated {
                    if words == nil { words = HyphenatedBreak.Words(text) }
                    let join = hyphenated.keepsHyphen(among: words!) ? before.lastLine.upperBound : before.lastLine.upperBound - 1
                    rewriter.delete(join..<line.lowerBound, reason: .paragraphRepair)
                } else {
                    rewriter.replace(before.lastLine.upperBound..<line.lowerBound, with: Self.space, reason: .paragraphRepair)
                }
                before.append(line, in: text)
                paragraph = before
            } else {
                paragraph = ParagraphSummary(line, in: text, grammar: grammar)
            }
        }
        return rewriter.finish()
    }

    /// (A title never ends in a word cut at a hyphen: after one, the paragraph's case does not matter —
    /// "The President: I thank the Secretary-" is as capitalized as a title.)
    private func cannotEndParagraph(_ paragraph: ParagraphSummary, in text: [UInt8], wordCut: Bool) -> Bool {
        !ProseShape.endsLikeSentence(paragraph.lastLine, in: text)
            && paragraph.counts.words >= Self.minimumProseWords
            && !paragraph.startsWithMarkdownBlock
            && !paragraph.isWhollyEmphasized(in: text)
            && (wordCut || !paragraph.isTitleCased)
            && !paragraph.isLabelAlone
            && !paragraph.isLinkTrail(in: text)
    }

    /// Whether the line ends with a date after a comma: "…, Moscow, June 11, 2024", "…, Москва, 11 июня
    /// 2024 года" — a title's end, never a break in mid-sentence. (Asked only of lines about to be joined.)
    static func endsWithDateline(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        // A year among the last 24 bytes ("2024", "2024 года") and a comma in the line, before any string.
        guard line.count <= ParagraphSummary.maximumTitleBytes else { return false }
        var digits = 0, year = false
        for index in max(line.lowerBound, line.upperBound - 24)..<line.upperBound {
            digits = text[index] &- 0x30 < 10 ? digits + 1 : 0
            if digits == 4 { year = true }
        }
        guard year, text[line.lowerBound..<line.upperBound].contains(UInt8(ascii: ",")) else { return false }
        return HeaderVocabulary.bundled.trailingDate(of: text.string(line).components(separatedBy: ", ")) != nil
    }

    /// Longest salutation: "Your Majesty, Mr. President of the Republic, Madam Prime Minister,
    /// Excellencies, Ladies and Gentlemen," has fourteen words.
    static let maximumSalutationWords = 16

    /// A salutation ends in a comma, and the speech after it starts with a capital: "Mr. Secretary-General,
    /// Excellencies, ladies and gentlemen," / "It is an honour…". A longer paragraph is not one, and a
    /// break after its comma is layout's.
    private func isSalutation(_ paragraph: ParagraphSummary, followedBy line: Range<Int>, in text: [UInt8]) -> Bool {
        guard text[paragraph.lastLine.upperBound - 1] == UInt8(ascii: ","),
              paragraph.length <= ParagraphSummary.maximumTitleBytes,
              paragraph.counts.words <= Self.maximumSalutationWords,
              let first = ProseShape.firstScalar(line, in: text) else { return false }
        return ProseShape.isUppercase(first)
    }

    /// Whether `line` goes on with the paragraph before it; after a word cut at a hyphen ("interna-",
    /// "2022-") it does whenever it is no label or answer.
    private func continues(_ line: Range<Int>, in text: [UInt8], wordCut: Bool) -> Bool {
        guard let first = ProseShape.firstScalar(line, in: text), ProseShape.isLetterOrDigit(first) else { return false }
        if ProseShape.label(at: line, in: text, grammar: grammar) != nil { return false }
        if notes.kind(ofLine: line, in: text) != nil { return false }
        // "A. We think…" is an answer where questions are "Q.", which only the parser knows (per file):
        // left apart everywhere, as an unrepaired break costs less than an answer joined to a question.
        if SpeakerLabelGrammar.opensWithDottedAnswer(text, line) { return false }
        // So are an interview's "Q - " and "R - " ("Entretien de M. Barrot… avec « France Inter »" / "Q - …").
        if InterviewLetterLabel.letter(in: text, line) != nil { return false }
        return wordCut || ProseShape.isLowercase(first)
            || ProseShape.wordCount(line, in: text, limit: Self.minimumProseWords) >= Self.minimumProseWords
    }
}

/// What the repair rule needs to know of a paragraph built from one or more lines, kept up to date
/// as lines join it (the text itself is not accumulated).
private struct ParagraphSummary {
    let start: Int
    var lastLine: Range<Int>
    var length: Int
    /// Word counts, kept only while the paragraph is short enough to be a title.
    var counts = ProseShape.WordCounts()
    let firstByte: UInt8
    let startsWithMarkdownBlock: Bool
    var isLabelAlone: Bool
    /// Han and kana characters counted so far (up to `UnspacedLineBreak.minimumLineScalars`), and the
    /// offset counting has reached.
    private var hanOrKana = 0
    private var hanOrKanaCountedTo: Int

    init(_ line: Range<Int>, in text: [UInt8], grammar: SpeakerLabelGrammar) {
        start = line.lowerBound
        hanOrKanaCountedTo = line.lowerBound
        lastLine = line
        length = line.count
        firstByte = text[line.lowerBound]
        startsWithMarkdownBlock = ProseShape.isMarkdownBlock(line, in: text)
        if let label = ProseShape.label(at: line, in: text, grammar: grammar) {
            isLabelAlone = label.length >= line.count - 1
        } else {
            isLabelAlone = false
        }
        count(line, in: text)
    }

    mutating func append(_ line: Range<Int>, in text: [UInt8]) {
        lastLine = line
        length += line.count + 1
        isLabelAlone = false
        count(line, in: text)
    }

    /// The paragraph's Han and kana characters, up to `UnspacedLineBreak.minimumLineScalars`; counted on
    /// from where the last count stopped.
    mutating func hanOrKanaCount(in text: [UInt8]) -> Int {
        let limit = UnspacedLineBreak.minimumLineScalars
        if hanOrKana < limit, hanOrKanaCountedTo < lastLine.upperBound {
            let counted = UnspacedLineBreak.countHanOrKana(in: text, hanOrKanaCountedTo..<lastLine.upperBound, limit: limit - hanOrKana)
            hanOrKana += counted.count
            hanOrKanaCountedTo = counted.end
        }
        return hanOrKana
    }

    /// Titles are short: a longer paragraph is never one, and only needs to reach the prose word count.
    static let maximumTitleBytes = 300

    var isTitleCased: Bool { length <= Self.maximumTitleBytes && counts.isTitleCased }

    private mutating func count(_ line: Range<Int>, in text: [UInt8]) {
        if length <= Self.maximumTitleBytes {
            counts.add(line, in: text)
        } else if counts.words < ParagraphRepairPass.minimumProseWords {
            counts.words += ProseShape.wordCount(line, in: text, limit: ParagraphRepairPass.minimumProseWords)
        }
    }

    /// A site's navigation, as a page copied from a browser gives it: "Home | Briefings | Remarks",
    /// "Главная » Новости" — short, with a separator between spaces that prose does not use. (Asked last,
    /// of the few paragraphs about to be joined.)
    func isLinkTrail(in text: [UInt8]) -> Bool {
        guard length <= Self.maximumTitleBytes else { return false }
        return text.withUnsafeBufferPointer { bytes in
            // "|" (7C), "»" (C2 BB) or "›" (E2 80 BA), a space before and after it; eight bytes at a time
            // while none of them is there (this is asked of most prose lines that do not end a sentence).
            var from = start
            while from + 8 <= lastLine.upperBound {
                let word = ByteScan.word(bytes, at: from)
                if ByteScan.mask(of: 0x7C, in: word) | ByteScan.mask(of: 0xBB, in: word) | ByteScan.mask(of: 0xBA, in: word) != 0 { break }
                from += 8
            }
            for index in from..<lastLine.upperBound where bytes[index] == 0x7C || bytes[index] == 0xBB || bytes[index] == 0xBA {
                let width = bytes[index] == 0x7C ? 1 : bytes[index] == 0xBB ? 2 : 3
                let lead = index - (width - 1)
                guard lead > start, index + 1 < lastLine.upperBound, bytes[lead - 1] == 0x20, bytes[index + 1] == 0x20 else { continue }
                if width == 1 || (width == 2 && bytes[lead] == 0xC2) || (bytes[lead] == 0xE2 && bytes[lead + 1] == 0x80) { return true }
            }
            return false
        }
    }

    /// Wholly in emphasis, as bylines are: `*Antony J. Blinken, Secretary of State*`.
    func isWhollyEmphasized(in text: [UInt8]) -> Bool {
        (firstByte == UInt8(ascii: "*") || firstByte == UInt8(ascii: "_")) && text[lastLine.upperBound - 1] == firstByte
    }
}
