/// FNV-1a, 64 bits: a fast hash of a few bytes, for tables keyed by words read straight from UTF-8
/// (no array or string made per lookup; the caller keeps the bytes to rule out collisions).
enum FNV1a {
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }
}
