/// Finding a run of bytes in a byte array: the first byte by `firstIndex(of:)` (which the standard
/// library turns into a `memchr`-like scan), then a comparison of the rest.
enum ByteSearch {
    /// Where `needle` first occurs in `bytes` at or after `start`, or nil.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first else { return nil }
        var index = max(0, start)
        while index + needle.count <= bytes.count {
            guard let at = bytes[index...].firstIndex(of: first), at + needle.count <= bytes.count else { return nil }
            if bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
            index = at + 1
        }
        return nil
    }

    /// Whether `string` holds `other`, compared as UTF-8 bytes (Foundation's `contains` goes through
    /// NSString).
    static func holds(_ string: String, _ other: String) -> Bool {
        firstIndex(of: Array(other.utf8), in: Array(string.utf8)) != nil
    }
}
