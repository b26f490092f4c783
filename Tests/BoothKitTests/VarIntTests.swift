import Testing
import TestSupport
@testable import BoothKit

@Suite struct VarIntTests {
    /// Every value comes back, in order, from one buffer: the extremes, values around each seven-bit
    /// step, and random values of every size and sign.
    @Test func valuesComeBackInOrder() {
        var values = [0, 1, -1, 63, 64, -64, -65, 127, 128, 300, -300, Int(Int32.max), Int(Int32.min), Int.max, Int.min]
        for bits in stride(from: 6, through: 62, by: 7) { values += [1 << bits - 1, 1 << bits, -(1 << bits), -(1 << bits) - 1] }
        var generator = SplitMix64(seed: 3)
        for _ in 0..<2_000 {
            let random = Int(bitPattern: UInt(generator.next()))
            values.append(random >> Int(generator.next() % 64))
        }
        var bytes: [UInt8] = []
        for value in values { VarInt.append(value, to: &bytes) }
        var offset = 0
        let read = bytes.withUnsafeBufferPointer { buffer in values.indices.map { _ in VarInt.read(buffer, at: &offset) } }
        #expect(read == values.map { Optional($0) })
        #expect(offset == bytes.count)
    }

    /// Small numbers of either sign take one byte.
    @Test func smallNumbersTakeOneByte() {
        for value in -64...63 {
            var bytes: [UInt8] = []
            VarInt.append(value, to: &bytes)
            #expect(bytes.count == 1, "\(value)")
        }
        var bytes: [UInt8] = []
        VarInt.append(64, to: &bytes)
        #expect(bytes.count == 2)
    }

    /// A value cut off by the end of the bytes, or running past ten bytes, is not read.
    @Test func truncatedOrOverlongValuesAreRefused() {
        var bytes: [UInt8] = []
        VarInt.append(1 << 40, to: &bytes)
        var offset = 0
        #expect(bytes.dropLast().withUnsafeBufferPointer { VarInt.read($0, at: &offset) } == nil)
        offset = 0
        let overlong = [UInt8](repeating: 0x80, count: 11) + [0x01]
        #expect(overlong.withUnsafeBufferPointer { VarInt.read($0, at: &offset) } == nil)
    }
}
