/// The original text of one input, as UTF-8 bytes, with its name and a line index.
///
/// Every span Booth reports is a byte range into `bytes`. For a UTF-8 file `bytes` is the file exactly;
/// for a UTF-16 file it is the UTF-8 transcoding (byte-order mark included, as U+FEFF), which
/// `fileBytes()` turns back into the file.
public struct SourceText: Sendable {
    /// The name to report: a path, or `-` for standard input.
    public let name: String
    /// The text as UTF-8.
    public let bytes: [UInt8]
    /// The encoding the file was in.
    public let encoding: SourceEncoding
    /// Line starts, for line:column positions.
    public let lines: LineIndex

    /// Wraps already-validated UTF-8 bytes.
    init(name: String, validUTF8 bytes: [UInt8], encoding: SourceEncoding) {
        self.name = name
        self.bytes = bytes
        self.encoding = encoding
        self.lines = LineIndex(bytes)
    }

    /// Reads text given as a Swift string (always valid), for tests and library users.
    public init(name: String, text: String) {
        self.init(name: name, validUTF8: Array(text.utf8), encoding: .utf8)
    }

    /// The 1-based line and column of a byte offset.
    public func position(of offset: Int) -> Position {
        lines.position(of: offset, in: bytes)
    }

    /// The text of a byte range.
    public func text(in range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The bytes of the file as it was on disk.
    public func fileBytes() -> [UInt8] {
        SourceDecoder.encode(bytes, as: encoding)
    }
}
