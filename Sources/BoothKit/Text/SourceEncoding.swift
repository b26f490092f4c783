/// How a source file was encoded on disk. Booth works on UTF-8 throughout; a UTF-16 file is
/// transcoded on reading, and its offsets are those of the UTF-8 transcoding.
public enum SourceEncoding: String, Sendable, Codable {
    /// UTF-8, with or without a byte-order mark (which then stays in the text as U+FEFF).
    case utf8 = "utf-8"
    /// UTF-16 little-endian, announced by the byte-order mark FF FE.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16 big-endian, announced by the byte-order mark FE FF.
    case utf16BigEndian = "utf-16be"
}
