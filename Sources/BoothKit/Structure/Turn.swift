/// A sentence of a turn, as a range of the normalized text.
public struct Sentence: Sendable, Equatable {
    /// Index within the turn, from 0.
    public var index: Int
    public var range: Range<Int>
    /// The markers inside the sentence.
    public var markers: [Marker]
}

/// A stretch of speech by one speaker, from a speaker label to the next.
public struct Turn: Sendable {
    /// Index within the transcript, from 0.
    public var index: Int
    /// The label; nil for a text without speaker labels.
    public var label: SpeakerLabel?
    /// The label with its colon, in the normalized text.
    public var labelRange: Range<Int>?
    /// The turn from its label to the end of its speech, in the normalized text.
    public var range: Range<Int>
    /// Why the turn is interpreted; nil for an original one.
    public var modeEvidence: DeliveryEvidence?
    /// Interpreted when there is evidence of it (`modeEvidence`), else original.
    public var mode: DeliveryMode { modeEvidence == nil ? .original : .interpreted }
    /// "(Via interpreter)", "(In Russian)" … at the start of the turn.
    public var deliveryMarkers: [Marker]
    /// The time that opens the turn, "Sergey Lavrov: (00:45)" (video transcripts): where in the recording
    /// it starts; `timestamp` holds the time as written.
    public var time: Marker?
    /// The language the speaker used, from a language marker ("ru" for "(In Russian)").
    public var spokenLanguage: String?
    /// The language of the turn's text (given, or guessed from its script).
    public var language: String
    /// The speech, a range per paragraph, delivery markers excluded.
    public var paragraphs: [Range<Int>]
    /// Event markers in the speech.
    public var markers: [Marker]
    public var sentences: [Sentence]

    /// The speaker the header names, for a turn whose label does not: an opening turn without a label
    /// takes the later label of the speaker the title names (`OpeningSpeaker`: "Remarks by Foreign
    /// Minister Sergey Lavrov…" before an unlabelled statement), and an interview's answer labelled "R -",
    /// "A." or "Answer:" the person its title names (`Interviewee`: "Entretien de M. Jean-Noël Barrot…").
    public var headerSpeaker: SpeakerLabel?
    /// Who speaks: the speaker the header names, or else the label.
    public var speaker: SpeakerLabel? { headerSpeaker ?? label }
    /// Where a speaker comes from: the label, or the header (Booth's reading, to be said so wherever the
    /// speaker is shown).
    public enum SpeakerSource: String, Sendable {
        case label, header

        /// What a reader is told after the speaker's name: " (named by the header)" for `header`, as
        /// Booth's reading rather than the transcript's label; nothing for `label`.
        public var readerNote: String { self == .header ? " (named by the header)" : "" }
    }
    /// Where this turn's speaker comes from; nil without a speaker.
    public var speakerSource: SpeakerSource? {
        // (By case, not `!= nil`: comparing an optional label with nil copied it, its strings retained, for
        // every flag.)
        if case .some = headerSpeaker { return .header }
        if case .some = label { return .label }
        return nil
    }
    /// The speaker id, or nil when neither a label nor the header names the speaker.
    public var speakerID: String? {
        // (Each field read where it is: `speaker?.speakerID` copied the whole label first.)
        if case .some = headerSpeaker { return headerSpeaker?.speakerID }
        return label?.speakerID
    }
    /// Who holds the chair, for a turn labelled with the chair's title ("President. –", "The Acting
    /// President:", `[presiding-labels]` of `Lexicons/procedural-notes.txt`): the person the record's last
    /// chair note before the turn names ("IN THE CHAIR: PINA PICIERNO", "Mr. Kelly (Ireland), Vice-President,
    /// took the Chair."), as a range of the normalized text. Nil for other turns, and where no note names
    /// anyone (before the first, or after "The President returned to the Chair.").
    public var presiding: Range<Int>? = nil
}
