/// A line break that page layout put inside a sentence of Chinese or Japanese, as text taken from a PDF
/// has it ("我们坚决反对这种做法并且要求对方" / "立即停止一切挑衅行为。"). Such text has no spaces between
/// words, so the word counts `ParagraphRepairPass` asks of prose never hold, and the break is joined
/// with nothing in its place.
///
/// Joined only when: one newline, no blank line, parts the lines (a blank line sets a title apart);
/// the paragraph before (its lines as joined so far, so that normalizing the result again joins nothing
/// more) holds at least `minimumLineScalars` characters of Han script or kana and ends with one, or
/// with a comma ("，", "、"); the line after starts with one, or a digit, and is no label.
enum UnspacedLineBreak {
    /// Fewest Han or kana characters in the line before: a heading ("冒頭発言") is shorter.
    static let minimumLineScalars = 10

    /// Whether the break between the paragraph `before` and the line `after` is joined; `hanOrKanaBefore`
    /// counts the paragraph's Han and kana characters, up to `minimumLineScalars` (asked last).
    static func joins(_ before: Range<Int>, _ after: Range<Int>, in text: [UInt8], grammar: SpeakerLabelGrammar,
                      hanOrKanaBefore: () -> Int) -> Bool {
        guard after.lowerBound == before.upperBound + 1, before.count >= 3 * minimumLineScalars,
              text[before.upperBound - 1] >= 0x80, let first = ProseShape.firstScalar(after, in: text),
              isHanOrKana(first) || first.properties.numericType != nil else { return false }
        let last = ProseShape.scalar(endingAt: before.upperBound, in: text).scalar
        guard let lastScalar = Unicode.Scalar(last), isHanOrKana(lastScalar) || last == 0xFF0C || last == 0x3001 else { return false }
        return hanOrKanaBefore() >= minimumLineScalars && ProseShape.label(at: after, in: text, grammar: grammar) == nil
    }

    /// Han or kana characters (three bytes each) in `text[range]`, counted from `range`'s start up to
    /// `limit`, and where counting stopped: a paragraph's count goes on from there as lines join it, so
    /// that no byte is read twice.
    static func countHanOrKana(in text: [UInt8], _ range: Range<Int>, limit: Int) -> (count: Int, end: Int) {
        var count = 0, index = range.lowerBound
        while index < range.upperBound, count < limit {
            let length = UnicodeFormPass.scalarLength(text[index])
            if length == 3, index + 3 <= range.upperBound,
               let scalar = Unicode.Scalar(UnicodeFormPass.scalar(in: text, at: index, length: 3)), isHanOrKana(scalar) { count += 1 }
            index += length
        }
        return (count, min(index, range.upperBound))
    }

    private static func isHanOrKana(_ scalar: Unicode.Scalar) -> Bool {
        SpeakerLabelGrammar.isHan(scalar) || SpeakerLabelGrammar.isKana(scalar)
    }
}
