/// How the words of a turn reached the transcript.
public enum DeliveryMode: String, Sendable, Codable, CaseIterable {
    /// The speaker's own words.
    case original
    /// An interpreter's rendering: a delivery marker ("(Via interpreter)") follows the label or opens
    /// the turn, or the turn's spoken language differs from the transcript's.
    case interpreted
}
