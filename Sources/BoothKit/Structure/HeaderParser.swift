/// Reads the lines before the first speaker label as a header.
///
/// A markdown heading is the title; a line wholly in emphasis is a byline; a line from the genres list
/// is the kind of document; a line that is only a date is the date; short lines without final
/// punctuation around them are the place ("Hotel Wilson" + "Geneva, Switzerland"). When the file has no
/// speaker labels, only the unmistakable fields (heading, byline, genre, date) are taken, so that
/// speech is never mistaken for a header.
struct HeaderParser: Sendable {
    let vocabulary: HeaderVocabulary
    static let maximumPlaceWords = 8

    /// The header, and the number of leading lines it used (all of them when `strict` is false).
    func parse(_ lines: [Range<Int>], in text: [UInt8], strict: Bool) -> (header: TranscriptHeader, linesUsed: Int) {
        var header = TranscriptHeader()
        var used = 0
        for line in lines {
            let raw = text.string(line)
            if raw.hasPrefix("#") {
                let title = raw.drop { $0 == "#" }.trimming([" "])
                if header.title == nil { header.title = .init(text: title, range: line) }
                else { header.other.append(.init(text: title, range: line)) }
            } else if raw.utf8.count >= 3, let first = raw.first, first == "*" || first == "_", raw.last == first {
                header.bylines.append(.init(text: raw.trimming([first, " "]), range: line))
            } else if vocabulary.isGenre(raw), header.genre == nil {
                header.genre = .init(text: raw, range: line)
            } else if let iso = vocabulary.isoDate(fromLine: raw), header.date == nil {
                header.date = .init(text: raw, range: line)
                header.isoDate = iso
            } else if strict {
                break
            } else if ProseShape.wordCount(line, in: text) <= Self.maximumPlaceWords,
                      !ProseShape.endsLikeSentence(line, in: text), header.title != nil || !header.placeLines.isEmpty
                        || header.genre != nil || header.date != nil || !header.bylines.isEmpty {
                header.placeLines.append(.init(text: raw, range: line))
            } else if header.title == nil {
                header.title = .init(text: raw, range: line)
            } else {
                header.other.append(.init(text: raw, range: line))
            }
            used += 1
        }
        if !header.placeLines.isEmpty { header.place = header.placeLines.map(\.text).joined(separator: ", ") }
        return (header, used)
    }
}
