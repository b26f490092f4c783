/// JSON objects written directly as UTF-8 text, for outputs written a record at a time where
/// `JSONEncoder` (a tree of boxed values per record) costs more than the analysis: keys in the order
/// given (callers give them sorted, as `JSONEncoder`'s `.sortedKeys` would), strings escaped per RFC 8259
/// (quotation mark, reverse solidus and control characters; everything else, "/" included, as is).
public struct JSONObjectWriter {
    /// The object so far, always closed: each member goes in before the final "}".
    private var bytes: [UInt8] = [0x7B, 0x7D]  // {}

    public init() {}

    /// Starts with room for a record of about this many bytes.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func key(_ name: String) {
        bytes.removeLast()
        if bytes.count > 1 { bytes.append(0x2C) }
        // Keys are the caller's own names: plain ASCII, nothing to escape.
        bytes.append(0x22)
        bytes.append(contentsOf: name.utf8)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    private mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A string member, or null.
    public mutating func string(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONText.appendQuoted(value, to: &bytes) } else { null() }
        bytes.append(0x7D)
    }

    /// An integer member, or null.
    public mutating func int(_ name: String, _ value: Int?) {
        key(name)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { null() }
        bytes.append(0x7D)
    }

    /// A member whose value is JSON text already (an array or object written by the caller).
    public mutating func raw(_ name: String, _ json: String) {
        key(name)
        bytes.append(contentsOf: json.utf8)
        bytes.append(0x7D)
    }

    /// The object.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

public enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `string` as a JSON string literal: runs of plain bytes are copied whole, only the bytes
    /// that need escaping are looked at one by one.
    public static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        bytes.append(0x22)
        string.withUTF8 { buffer in
            var runStart = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: bytes += [0x5C, 0x22]
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0x09: bytes += [0x5C, 0x74]
                case 0x08: bytes += [0x5C, 0x62]
                case 0x0C: bytes += [0x5C, 0x66]
                default: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
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
