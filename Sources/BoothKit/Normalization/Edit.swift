/// One change normalization made, in the coordinates of the original file: the original bytes
/// `start..<end` (holding `original`) became `replacement` in the normalized text.
///
/// The normalized text and its edits are enough to rebuild the original byte for byte.
public struct Edit: Sendable, Equatable, Codable {
    /// Start of the changed bytes in the original (UTF-8 byte offset).
    public var start: Int
    /// End of the changed bytes in the original (exclusive).
    public var end: Int
    /// What the original held there.
    public var original: String
    /// What the normalized text holds instead (may be empty: a deletion).
    public var replacement: String
    /// Why the change was made.
    public var reason: EditReason

    public init(start: Int, end: Int, original: String, replacement: String, reason: EditReason) {
        self.start = start
        self.end = end
        self.original = original
        self.replacement = replacement
        self.reason = reason
    }
}
