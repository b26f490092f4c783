/// A line break that page layout put inside a sentence of Chinese or Japanese, as text taken from a PDF
/// has it ("我们坚决反对这种做法并且要求对方" / "立即停止一切挑衅行为。"). Such text has no spaces between
/// words, so the word counts `ParagraphRepairPass` asks of prose never hold, and the break is joined
/// with nothing in its place.
///
/// Joined only when: one newline, no blank line, parts the lines (a blank line sets a title apart);
/// the line before holds at least `minimumLineScalars` characters of Han script or kana and ends with
/// one, or with a comma ("，", "、"); the line after starts with one, or a digit, and is no label.
enum UnspacedLineBreak {
    /// Fewest Han or kana characters in the line before: a heading ("冒頭発言") is shorter.
    static let minimumLineScalars = 10

    static func joins(_ before: Range<Int>, _ after: Range<Int>, in text: [UInt8], grammar: SpeakerLabelGrammar) -> Bool {
        guard after.lowerBound == before.upperBound + 1, before.count >= 3 * minimumLineScalars,
              text[before.upperBound - 1] >= 0x80, let first = ProseShape.firstScalar(after, in: text),
              isHanOrKana(first) || first.properties.numericType != nil else { return false }
        let last = ProseShape.scalar(endingAt: before.upperBound, in: text).scalar
        guard let lastScalar = Unicode.Scalar(last), isHanOrKana(lastScalar) || last == 0xFF0C || last == 0x3001 else { return false }
        // Han or kana characters in the line before (three bytes each), counted up to the minimum.
        var count = 0, index = before.lowerBound
        while index < before.upperBound, count < minimumLineScalars {
            let length = UnicodeFormPass.scalarLength(text[index])
            if length == 3, index + 3 <= before.upperBound,
               let scalar = Unicode.Scalar(UnicodeFormPass.scalar(in: text, at: index, length: 3)), isHanOrKana(scalar) { count += 1 }
            index += length
        }
        return count >= minimumLineScalars && ProseShape.label(at: after, in: text, grammar: grammar) == nil
    }

    private static func isHanOrKana(_ scalar: Unicode.Scalar) -> Bool {
        SpeakerLabelGrammar.isHan(scalar) || SpeakerLabelGrammar.isKana(scalar)
    }
}
