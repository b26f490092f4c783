/// What one speaker of a transcript said, in figures — what a corpus study of interpreted speech counts
/// first: how many turns, sentences and words, how many of them interpreted, in which languages, and
/// how many gaps the transcript leaves in them.
public struct SpeakerSummary: Sendable, Equatable {
    /// The speaker id ("LAVROV"); nil for speech without a speaker (a text without labels).
    public var speakerID: String?
    /// The speaker as a reader names them, from the first turn that gives a role ("FOREIGN MINISTER LAVROV").
    public var who: String?
    public var role: String?
    /// `label` when a label names the speaker in some turn, `header` when only the header does (an
    /// interview's answers, an unlabelled opening statement).
    public var source: Turn.SpeakerSource?
    /// The index of the speaker's first turn.
    public var firstTurn: Int
    public var turns = 0
    public var sentences = 0
    /// Words of the speech (ICU's word break in the turn's language: letters, numbers, ideographs; the
    /// markers' words not counted).
    public var words = 0
    public var interpretedTurns = 0
    public var interpretedWords = 0
    /// Words by the language of the text.
    public var wordsByLanguage: [String: Int] = [:]
    /// The languages the transcript says the speaker spoke ("(In Russian)", "(spoke in French)"), sorted.
    public var spokenLanguages: [String] = []
    /// Gap markers in the speech ("(inaudible)", "[crosstalk]").
    public var gaps = 0

    /// One summary per speaker, in the order they first speak; speech without a speaker is one more.
    public static func summaries(of transcript: Transcript) throws(SegmentationError) -> [SpeakerSummary] {
        var summaries: [SpeakerSummary] = []
        var indexByID: [String?: Int] = [:]
        var breakers: [String: ICUWordBreaker] = [:]
        let text = transcript.normalized.bytes
        for turn in transcript.turns {
            let id = turn.speakerID
            let index: Int
            if let known = indexByID[id] {
                index = known
            } else {
                index = summaries.count
                indexByID[id] = index
                summaries.append(SpeakerSummary(speakerID: id, firstTurn: turn.index))
            }
            let breaker: ICUWordBreaker
            if let known = breakers[turn.language] {
                breaker = known
            } else {
                breaker = try ICUWordBreaker(locale: turn.language)
                breakers[turn.language] = breaker
            }
            // Words outside the markers: "(inaudible)" is no word of the speaker's. (Counted as found: a
            // 200 MB line's words are never all kept. Markers come in text order, so one cursor does.)
            let markers = turn.markers.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
            var words = 0, nextMarker = 0
            for paragraph in turn.paragraphs {
                breaker.forEachWord(in: text, paragraph) { word in
                    while nextMarker < markers.count, markers[nextMarker].upperBound <= word.lowerBound { nextMarker += 1 }
                    if nextMarker == markers.count || !markers[nextMarker].overlaps(word) { words += 1 }
                }
            }
            summaries[index].add(turn, words: words)
        }
        for index in summaries.indices { summaries[index].spokenLanguages.sort() }
        return summaries
    }

    /// The speakers of many files together, added up file by file as a run goes (a run over an archive
    /// keeps one summary per speaker id, not one per file): speech without a speaker is one more, in the
    /// order they first speak; `firstTurn` is that of the first file's first turn.
    public struct Totals: Sendable {
        public private(set) var summaries: [SpeakerSummary] = []
        /// Files added.
        public private(set) var files = 0
        private var indexByID: [String?: Int] = [:]

        public init() {}

        /// Adds one file's speakers.
        public mutating func add(_ file: [SpeakerSummary]) {
            files += 1
            for summary in file {
                guard let index = indexByID[summary.speakerID] else {
                    indexByID[summary.speakerID] = summaries.count
                    summaries.append(summary)
                    continue
                }
                summaries[index].absorb(summary)
            }
        }
    }

    /// `Totals` of these files.
    public static func totals(of files: [[SpeakerSummary]]) -> [SpeakerSummary] {
        var totals = Totals()
        for file in files { totals.add(file) }
        return totals.summaries
    }

    /// Adds another file's figures for the same speaker.
    fileprivate mutating func absorb(_ other: SpeakerSummary) {
        if role == nil, other.role != nil { (who, role) = (other.who, other.role) }
        if source != .label { source = other.source }
        turns += other.turns
        sentences += other.sentences
        words += other.words
        interpretedTurns += other.interpretedTurns
        interpretedWords += other.interpretedWords
        wordsByLanguage.merge(other.wordsByLanguage, uniquingKeysWith: +)
        spokenLanguages = Array(Set(spokenLanguages).union(other.spokenLanguages)).sorted()
        gaps += other.gaps
    }

    private mutating func add(_ turn: Turn, words: Int) {
        if role == nil, let speaker = turn.speaker, speaker.role != nil || who == nil {
            who = speaker.who
            role = speaker.role
        }
        if source != .label { source = turn.speakerSource }
        turns += 1
        sentences += turn.sentences.count
        self.words += words
        if turn.mode == .interpreted {
            interpretedTurns += 1
            interpretedWords += words
        }
        wordsByLanguage[turn.language, default: 0] += words
        if let spoken = turn.spokenLanguage, !spokenLanguages.contains(spoken) { spokenLanguages.append(spoken) }
        gaps += turn.markers.count { $0.kind.isGap }
    }
}
