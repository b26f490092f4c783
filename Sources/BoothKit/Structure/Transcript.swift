/// A transcript read into its structure: header, turns with their sentences and markers, and what is
/// neither (web chrome, trailing related content). Every piece is a range of the normalized text, which
/// `originalRange(of:)` maps to the original file; removed chrome is kept as original ranges.
public struct Transcript: Sendable {
    public let normalized: NormalizedText
    public var header: TranscriptHeader
    public var turns: [Turn]
    /// Web chrome removed by normalization before or among the speech, as ranges of the original file.
    public var chrome: [Range<Int>]
    /// What follows the last turn's speech and is not speech (site links, related-content titles), as
    /// ranges of the original file.
    public var trailer: [Range<Int>]
    /// Section headings among the speech ("**Ukraine**", "## Questions and Answers", as UN briefings set
    /// their topics apart): not speech, so no turn's paragraphs; ranges of the normalized text.
    public var headings: [Range<Int>] = []
    /// A meeting record's procedural notes, "The meeting rose at 1.15 p.m." (`ProceduralNote`): not speech,
    /// so no turn's paragraphs; in text order.
    public var notes: [ProceduralNote] = []
    /// Opening brackets that never close, as offsets in the normalized text.
    public var unclosedBrackets: [Int]

    /// The source.
    public var source: SourceText { normalized.source }

    /// The range of the original file a normalized range came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> { normalized.originalRange(of: range) }

    /// The line and column, in the original file, where a normalized range starts.
    public func position(of range: Range<Int>) -> Position {
        source.position(of: originalRange(of: range).lowerBound)
    }

    /// The normalized text of a range.
    public func text(in range: Range<Int>) -> String { normalized.text(in: range) }

    /// The procedural notes by where they stand, for renderings that show them between the turns: those
    /// before each turn (after the one before it), and those after the last turn's start. One walk: a
    /// record may hold thousands of each.
    public var notesByTurn: (before: [[ProceduralNote]], after: [ProceduralNote]) { Self.notesByTurn(notes, turns: turns) }

    /// `notes` (in text order) by the turn they stand before, and those after the last turn's start.
    static func notesByTurn(_ notes: [ProceduralNote], turns: [Turn]) -> (before: [[ProceduralNote]], after: [ProceduralNote]) {
        var before = [[ProceduralNote]](repeating: [], count: turns.count), after: [ProceduralNote] = []
        var turn = 0
        for note in notes {
            while turn < turns.count, turns[turn].range.lowerBound <= note.range.lowerBound { turn += 1 }
            if turn < turns.count { before[turn].append(note) } else { after.append(note) }
        }
        return (before, after)
    }

    /// Every marker of every turn.
    public var markers: [Marker] { turns.flatMap(\.markers) }
}
