/// What a bracketed marker in a transcript stands for.
public enum MarkerKind: String, Sendable, Codable, CaseIterable {
    /// Speech that could not be made out: "(inaudible)", "[unclear]", "(неразборчиво)".
    case inaudible
    /// Several people speaking at once.
    case crosstalk
    case laughter
    case applause
    /// "(sic)": written as said.
    case sic
    /// "(interpreter's note: …)".
    case interpreterNote = "interpreter-note"
    /// The sound or the transmission broke off.
    case audioInterrupted = "audio-interrupted"
    /// Speech the transcript leaves out: "[foreign language]" (Rev.com's words for speech it did not
    /// transcribe), "(no interpretation)".
    case untranscribed
    /// A word written as heard and not verified: "Shoygu [ph]", "(phonetic)", "(sp?)" — most often a
    /// name. Not a gap: the word is there, but its spelling is the transcriber's guess.
    case uncertain
    /// "(Via interpreter)", "(As interpreted)": the turn is interpreted speech.
    case delivery
    /// "(In Russian)": the language the speaker used.
    case language
    /// A time alone, "(00:45)", "[01:02:03]": where in the recording the words are (video transcripts,
    /// Rev.com, Otter). One that opens a turn is the turn's `time`.
    case time

    /// Whether the marker records an event in the room (not how a turn was delivered, or when).
    public var isEvent: Bool { self != .delivery && self != .language && self != .time }

    /// Whether the marker hides words: a gap in what the transcript can tell.
    public var isGap: Bool { self == .inaudible || self == .crosstalk || self == .audioInterrupted || self == .untranscribed }
}

/// A bracketed marker found in a transcript, as a range of the normalized text.
public struct Marker: Sendable, Equatable {
    public var kind: MarkerKind
    /// The marker with its brackets, in the normalized text (a time before a label may have none:
    /// "00:01:30 Sergey Lavrov:").
    public var range: Range<Int>
    /// A time given in the marker, as written: "00:12:31" in "(inaudible 00:12:31)".
    public var timestamp: String?
    /// For `.language` markers, the language code ("ru").
    public var languageCode: String?
}
