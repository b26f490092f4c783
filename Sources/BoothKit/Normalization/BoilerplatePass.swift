/// Removes web chrome: whole lines matching a boilerplate pattern (site banners, link-only lines,
/// reading times, rules; see `Lexicons/boilerplate.txt`), and the related-content titles that trail
/// a captured page.
///
/// Trailing titles are recognized by their place and shape, not their wording: after the last line
/// of the transcript, a run of short lines (at most `maximumTitleWords` words) that do not end like a
/// sentence and are not speaker labels. The run is removed only when a line that does end like a
/// sentence (or a meeting record's note, `ProceduralNote`) comes before it, so a file of short lines is
/// left alone. Removed text stays in the edit log, and the structure layer reports it as the
/// transcript's trailer.
struct BoilerplatePass: NormalizationPass {
    let patterns: BoilerplatePatterns
    let grammar: SpeakerLabelGrammar
    /// A meeting record's last note, "(The sitting closed at 23.00)", is no related-content title.
    var notes: ProceduralNoteVocabulary = .bundled
    static let maximumTitleWords = 12
    /// The first lines, blank ones aside, where a record's symbol alone is the cover page's.
    static let coverSymbolLines = 3

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var lines: [(range: Range<Int>, isChrome: Bool)] = []
        let matcher = patterns.matcher()
        // Whether the lines so far may be a verbatim record's cover page: few, and short ("United Nations").
        var nonBlank = 0, onCoverPage = true
        for line in Lines(bytes: text) {
            let content = text.trimmingSpaces(line)
            var isChrome = matcher.matches(text, content)
            // A verbatim record's symbol is a running head on every page, but first on the cover page it
            // names the record: the header's (`TranscriptHeader.symbol`).
            if isChrome, onCoverPage, HeaderVocabulary.documentSymbol(in: content, of: text) == content {
                isChrome = false
                onCoverPage = false
            }
            if !content.isEmpty {
                nonBlank += 1
                onCoverPage = onCoverPage && nonBlank < Self.coverSymbolLines && ProseShape.wordCount(content, in: text, limit: 4) <= 3
            }
            lines.append((line, isChrome))
        }
        markTrailingTitles(&lines, in: text)
        var rewriter = TextRewriter(input: text)
        for line in lines where line.isChrome {
            // The line and its terminator go; the blank lines around it are the whitespace pass's.
            let end = min(line.range.upperBound + 1, text.count)
            rewriter.delete(line.range.lowerBound..<end, reason: .boilerplate)
        }
        return rewriter.finish()
    }

    private func markTrailingTitles(_ lines: inout [(range: Range<Int>, isChrome: Bool)], in text: [UInt8]) {
        var titles: [Int] = []
        for index in lines.indices.reversed() {
            let content = text.trimmingSpaces(lines[index].range)
            if content.isEmpty || lines[index].isChrome { continue }
            if ProseShape.endsLikeSentence(content, in: text) || notes.kind(ofLine: content, in: text) != nil {
                for title in titles { lines[title].isChrome = true }
                return
            }
            guard ProseShape.wordCount(content, in: text) <= Self.maximumTitleWords,
                  ProseShape.label(at: content, in: text, grammar: grammar) == nil else { return }
            titles.append(index)
        }
    }
}
