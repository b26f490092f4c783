/// JSON objects written directly as UTF-8 text, for outputs written a record at a time where
/// `JSONEncoder` (a tree of boxed values per record) costs more than the analysis: keys in the order
/// given (callers give them sorted, as `JSONEncoder`'s `.sortedKeys` would), strings escaped per RFC 8259
/// (quotation mark, reverse solidus and control characters; everything else, "/" included, as is).
///
/// One writer can also write many objects into one buffer (`startObject(after:)`), e.g. a file's JSON
/// Lines, so that a record costs no string of its own.
public struct JSONObjectWriter {
    /// Everything written so far; the current object is always closed: each member goes in before its
    /// final "}".
    public private(set) var bytes: [UInt8] = [0x7B, 0x7D]  // {}
    /// Where the current object's "{" is.
    private var objectStart = 0

    public init() {}

    /// Starts with room for a record of about this many bytes.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// An empty buffer with room for about `capacity` bytes, for objects started with `startObject(after:)`.
    public static func objects(capacity: Int) -> JSONObjectWriter {
        var writer = JSONObjectWriter(capacity: capacity)
        writer.bytes.removeAll(keepingCapacity: true)
        writer.objectStart = -1
        return writer
    }

    /// Ends the current object (if any) and starts an empty one after `separator` (e.g. "\n" between JSON
    /// Lines, ",\n" between an array's elements; "" before the first).
    public mutating func startObject(after separator: StaticString = "") {
        bytes.append(contentsOf: UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount))
        objectStart = bytes.count
        bytes.append(0x7B)
        bytes.append(0x7D)
    }

    /// Appends raw text between objects (a line end after the last JSON Line).
    public mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func key(_ name: StaticString) {
        bytes.removeLast()
        if bytes.count > objectStart + 1 { bytes.append(0x2C) }
        // Keys are the caller's own names, written in the source: plain ASCII, nothing to escape.
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    private mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A string member, or null.
    public mutating func string(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { JSONText.appendQuoted(value, to: &bytes) } else { null() }
        bytes.append(0x7D)
    }

    /// An integer member, or null.
    public mutating func int(_ name: StaticString, _ value: Int?) {
        key(name)
        if let value { Self.appendDecimal(value, to: &bytes) } else { null() }
        bytes.append(0x7D)
    }

    /// The decimal digits of `value` (with "-" when negative), as `String(value)` writes them.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var position = buffer.count
            repeat {
                position -= 1
                buffer[position] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[position...])
        }
    }

    /// A member whose value is JSON text already (an array or object written by the caller).
    public mutating func raw(_ name: StaticString, _ json: String) {
        key(name)
        bytes.append(contentsOf: json.utf8)
        bytes.append(0x7D)
    }

    /// The object (or all the objects written).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

public enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `string` as a JSON string literal: runs of plain bytes are copied whole (skipped eight at
    /// a time), only the bytes that need escaping are looked at one by one.
    public static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        bytes.append(0x22)
        string.withUTF8 { buffer in
            var runStart = 0, index = 0
            let count = buffer.count
            while index < count {
                if index + 8 <= count, !ByteScan.mayNeedJSONEscape(ByteScan.word(buffer, at: index)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { index += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                index += 1
                runStart = index
                bytes.append(0x5C)
                switch byte {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x0A: bytes.append(0x6E)
                case 0x0D: bytes.append(0x72)
                case 0x09: bytes.append(0x74)
                case 0x08: bytes.append(0x62)
                case 0x0C: bytes.append(0x66)
                default:
                    bytes.append(0x75); bytes.append(0x30); bytes.append(0x30)
                    bytes.append(hex[Int(byte >> 4)]); bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
        }
        bytes.append(0x22)
    }

    /// `string` as a JSON string literal.
    public static func quoted(_ string: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(string, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
