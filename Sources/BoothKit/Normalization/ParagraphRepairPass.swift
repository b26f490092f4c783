/// Joins paragraphs that page layout broke in the middle of a sentence, as in
/// "…not everyone in the State" / blank line / "Department was working…".
///
/// The break between a line A and the next line B (with or without a blank line between) is joined,
/// with one space, only when all of these hold:
/// 1. A cannot end a paragraph: its last character, past closing quotes and brackets, is not
///    sentence-final punctuation (`.`, `!`, `?`, `…`, `:`, `;`).
/// 2. A is prose, not a heading: at least `minimumProseWords` words, no markdown block syntax
///    (`#`, list item, quote, table), not wholly in emphasis (a byline), not in title case (a page
///    title: most words capitalized), not a speaker label with
///    nothing after it. Header lines such as "Hotel Wilson" or "January 21, 2022" are short, so
///    they never join.
/// 3. B continues A: it starts with a letter or digit (not a marker in brackets, not markup), is not
///    a speaker label, and either starts in lower case or is prose itself.
/// Every join is an edit with reason `paragraph-repair`, so a reader can review it.
struct ParagraphRepairPass: NormalizationPass {
    let grammar: SpeakerLabelGrammar
    static let minimumProseWords = 6
    private static let space: [UInt8] = [0x20]

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        // The paragraph so far, as joined: decisions look at all of it, not at its last line alone, so
        // that normalizing the result again joins nothing more.
        var paragraph: ParagraphSummary? = nil
        for range in Lines(bytes: text) where !range.isEmpty {
            let line = text.string(range)
            if var before = paragraph, cannotEndParagraph(before), continues(line) {
                // The break is everything between the two lines: "\n" or "\n\n".
                rewriter.replace(before.end..<range.lowerBound, with: Self.space, reason: .paragraphRepair)
                before.append(line, end: range.upperBound)
                paragraph = before
            } else {
                paragraph = ParagraphSummary(line, end: range.upperBound, grammar: grammar)
            }
        }
        return rewriter.finish()
    }

    private func cannotEndParagraph(_ paragraph: ParagraphSummary) -> Bool {
        !ProseShape.endsLikeSentence(paragraph.lastLine)
            && paragraph.words >= Self.minimumProseWords
            && !paragraph.startsWithMarkdownBlock
            && !(paragraph.startsWithEmphasis && paragraph.lastLine.last == paragraph.firstCharacter)
            && !paragraph.isTitleCased
            && !paragraph.isLabelAlone
    }

    private func continues(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first,
              first.properties.isAlphabetic || first.properties.numericType != nil else { return false }
        if grammar.label(atStartOf: Substring(line)) != nil { return false }
        return first.properties.isLowercase || ProseShape.wordCount(line) >= Self.minimumProseWords
    }
}

/// What the repair rule needs to know of a paragraph built from one or more lines, kept up to date
/// as lines join it (the text itself is not accumulated).
private struct ParagraphSummary {
    var end: Int
    var lastLine: String
    var words: Int
    var letterWords: Int
    var capitalizedWords: Int
    let firstCharacter: Character?
    let startsWithMarkdownBlock: Bool
    let startsWithEmphasis: Bool
    var isLabelAlone: Bool

    init(_ line: String, end: Int, grammar: SpeakerLabelGrammar) {
        self.end = end
        lastLine = line
        words = 0; letterWords = 0; capitalizedWords = 0
        firstCharacter = line.first
        startsWithMarkdownBlock = ProseShape.isMarkdownBlock(line)
        startsWithEmphasis = line.first == "*" || line.first == "_"
        if let label = grammar.label(atStartOf: Substring(line)) {
            isLabelAlone = label.length >= line.utf8.count - 1
        } else {
            isLabelAlone = false
        }
        count(line)
    }

    mutating func append(_ line: String, end: Int) {
        self.end = end
        lastLine = line
        isLabelAlone = false
        count(line)
    }

    var isTitleCased: Bool { letterWords >= 2 && capitalizedWords * 10 >= letterWords * 7 }

    private mutating func count(_ line: String) {
        for word in line.split(separator: " ") {
            words += 1
            guard let first = word.first, first.isLetter else { continue }
            letterWords += 1
            if first.isUppercase { capitalizedWords += 1 }
        }
    }
}
