/// Integers written in as few bytes as their size needs: zigzag (so small negative numbers are small
/// too), then LEB128, seven bits a byte, low bits first, the high bit set on every byte but the last.
/// For records spilled to a temporary file, where most fields are small numbers or small differences.
/// (Written here: no package Booth may use offers it, and it is a dozen lines.)
enum VarInt {
    /// Appends `value` in 1–10 bytes.
    @inline(__always)
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// The value written at `bytes[offset...]`, with `offset` moved past it; nil when the bytes end
    /// inside a value or a value runs longer than ten bytes.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> Int? {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 70 {
            let byte = bytes[offset]
            offset += 1
            zigzag |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)) }
            shift += 7
        }
        return nil
    }
}
