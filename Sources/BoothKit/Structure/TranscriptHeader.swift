/// What a transcript says about itself before the first speaker: title, byline, kind of document,
/// place, date and time. Every field keeps the range of the normalized text it came from.
public struct TranscriptHeader: Sendable, Equatable {
    /// A header line's text (markup removed) with its range in the normalized text.
    public struct Field: Sendable, Equatable {
        public var text: String
        public var range: Range<Int>
    }

    public var title: Field?
    /// Byline and role lines: "Antony J. Blinken, Secretary of State".
    public var bylines: [Field] = []
    /// The kind of document: "Remarks", "Press Availability".
    public var genre: Field?
    /// The date as written.
    public var date: Field?
    /// The date in ISO 8601 (yyyy-mm-dd).
    public var isoDate: String?
    /// The time of day as written: "1:47 P.M. EDT", "13:30".
    public var time: Field?
    /// The place, from one or more lines joined with ", ": "Hotel Wilson, Geneva, Switzerland".
    public var place: String?
    /// The lines the place came from.
    public var placeLines: [Field] = []
    /// The people a list line names as taking part, one field each ("Sprecher: StS Hebestreit, Wagner
    /// (AA)" → "StS Hebestreit", "Wagner (AA)").
    public var participants: [Field] = []
    /// Who presides, as a verbatim record's cover page names them beside the chair's title ("President: Mr.
    /// Nebenzia . . . . (Russian Federation)" → "Mr. Nebenzia"): the name alone, also among `participants`.
    public var presiding: Field?
    /// A United Nations verbatim record's document symbol, which cites it: "S/PV.9000", "A/78/PV.12" (from
    /// a header line such as "United Nations S/PV.9000").
    public var symbol: Field?
    /// The items of the agenda a verbatim record's cover page lists under "Agenda" ("Maintenance of
    /// international peace and security").
    public var agenda: [Field] = []
    /// Other header lines (an introduction, a note).
    public var other: [Field] = []

    /// Whether the header holds anything.
    public var isEmpty: Bool {
        title == nil && bylines.isEmpty && genre == nil && date == nil && time == nil && placeLines.isEmpty && participants.isEmpty
            && agenda.isEmpty && other.isEmpty
    }
}
