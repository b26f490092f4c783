/// A passage the transcript could not give: an inaudible, unintelligible or indiscernible stretch,
/// crosstalk, or an interrupted transmission — with what a reader needs to judge it.
public struct Gap: Sendable {
    public var file: String
    public var kind: MarkerKind
    /// The marker as written, e.g. "(inaudible 00:12:31)".
    public var marker: String
    /// A time given in the marker.
    public var timestamp: String?
    /// The time the gap's turn starts at, when the transcript gives one ("[00:01:23] SECRETARY BLINKEN:",
    /// "Speaker 1 (00:02):"): where to look in the recording when the marker has no time of its own.
    public var turnTime: String?
    /// The UTF-8 byte range of the marker in the original file.
    public var start: Int
    public var end: Int
    public var position: Position
    public var turn: Int
    public var speaker: String?
    /// Where the speaker comes from: the header for an unlabelled opening statement (`Turn.headerSpeaker`).
    public var speakerFrom: Turn.SpeakerSource?
    public var role: String?
    /// The speaker as a reader names them ("FOREIGN MINISTER LAVROV": `SpeakerLabel.who`); nil without a label.
    public var who: String?
    /// Who holds the chair, when the speaker is the chair's title (`Turn.presiding`): "PINA PICIERNO".
    public var presiding: String? = nil
    /// A gap in interpreted speech is a gap in the interpretation, not necessarily in the speaker's words.
    public var mode: DeliveryMode
    public var sentenceIndex: Int
    /// The sentence holding the gap (normalized text).
    public var sentence: String
    /// Up to `Gaps.contextWords` words before and after the marker, within the turn's speech.
    public var before: String
    public var after: String
    /// Ids of the glossary concepts matched in the same sentence.
    public var concepts: [String]
}

/// Finds the gaps of a transcript.
public enum Gaps {
    /// Words of context on either side.
    public static let contextWords = 8

    /// Every gap marker of the transcript, in text order, with the glossary concepts of its sentence
    /// (`matches` from a `TermMatcher`; empty when no glossary is used).
    public static func find(in transcript: Transcript, matches: [TermMatch] = [], glossary: Glossary? = nil) -> [Gap] {
        var gaps: [Gap] = []
        let bySentence = Dictionary(grouping: matches, by: \.sentenceKey)
        for turn in transcript.turns {
            guard let first = turn.paragraphs.first, let last = turn.paragraphs.last else { continue }
            let speech = first.lowerBound..<last.upperBound
            for sentence in turn.sentences {
                for marker in sentence.markers where marker.kind.isGap {
                    let original = transcript.originalRange(of: marker.range)
                    let concepts = (bySentence[TermMatch.SentenceKey(turn: turn.index, sentence: sentence.index)] ?? []).compactMap { glossary?.concepts[$0.conceptIndex].id }
                    gaps.append(Gap(
                        file: transcript.source.name, kind: marker.kind, marker: transcript.text(in: marker.range),
                        timestamp: marker.timestamp, turnTime: turn.time?.timestamp,
                        start: original.lowerBound, end: original.upperBound,
                        position: transcript.source.position(of: original.lowerBound), turn: turn.index,
                        speaker: turn.speakerID, speakerFrom: turn.speakerSource, role: turn.speaker?.role, who: turn.speaker?.who,
                        presiding: turn.presiding.map(transcript.text(in:)), mode: turn.mode, sentenceIndex: sentence.index,
                        sentence: transcript.text(in: sentence.range),
                        before: lastWords(transcript.normalized.bytes, speech.lowerBound..<marker.range.lowerBound),
                        after: firstWords(transcript.normalized.bytes, marker.range.upperBound..<speech.upperBound),
                        concepts: Array(Set(concepts)).sorted()))
                }
            }
        }
        return gaps
    }

    /// The last `contextWords` words of a range (words split at spaces and newlines, joined by one
    /// space; a run longer than `longestWord` bytes cut to its end), read backwards from its end: the cost follows the words taken, not the length of the
    /// turn, so a long turn full of gaps stays linear.
    static func lastWords(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var words: [Range<Int>] = []
        var index = range.upperBound
        while words.count < contextWords {
            while index > range.lowerBound, isSeparator(bytes[index - 1]) { index -= 1 }
            guard index > range.lowerBound else { break }
            let end = index
            while index > range.lowerBound, !isSeparator(bytes[index - 1]) { index -= 1 }
            // Text without spaces (Chinese, Japanese): its last characters, a word's worth of bytes each.
            if end - index > longestWord {
                words.append(Reviewer.charAligned((end - longestWord)..<end, in: bytes))
                break
            }
            words.append(index..<end)
        }
        return words.reversed().map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
    }

    /// The first `contextWords` words of a range, read forwards from its start.
    static func firstWords(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        while words.count < contextWords {
            while index < range.upperBound, isSeparator(bytes[index]) { index += 1 }
            guard index < range.upperBound else { break }
            let start = index
            while index < range.upperBound, !isSeparator(bytes[index]) { index += 1 }
            if index - start > longestWord {
                words.append(Reviewer.charAligned(start..<(start + longestWord), in: bytes))
                break
            }
            words.append(start..<index)
        }
        return words.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A }

    /// The most bytes of context one word gives: a longer run without spaces (a Chinese or Japanese
    /// sentence; a URL) is cut to this many bytes, sixteen characters of Han script, and ends the context.
    static let longestWord = 48

    /// Gap counts per file and per speaker.
    public static func totals(_ gaps: [Gap]) -> (byFile: [String: Int], bySpeaker: [String: Int]) {
        var byFile: [String: Int] = [:], bySpeaker: [String: Int] = [:]
        for gap in gaps {
            byFile[gap.file, default: 0] += 1
            bySpeaker[gap.speaker ?? "(none)", default: 0] += 1
        }
        return (byFile, bySpeaker)
    }
}
