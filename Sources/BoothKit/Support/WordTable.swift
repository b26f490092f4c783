import Foundation

/// A hash table from words (byte strings) to small integers, for the per-word caches of the hot loops:
/// open addressing over an FNV-1a hash the caller computes once, the words kept end to end in one byte
/// arena, so a lookup makes no array or string, hashes nothing twice, and touches no reference count.
/// Not a general dictionary: no removal of one word, only `removeAll`.
struct WordTable: Sendable {
    /// 16 bytes, four to a cache line: the hot loops touch one slot per word. The hash's low 32 bits are
    /// enough to find a slot again (a table never has 2^32 slots) and make a full comparison rare.
    private struct Slot {
        var hash: UInt32
        var start: Int32
        var length: Int32
        var value: Int32  // -1: empty
    }

    private var slots: [Slot]
    private var arena: [UInt8] = []
    /// Words held.
    private(set) var count = 0

    /// A table with room for about `capacity` words before it grows.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(hash: 0, start: 0, length: 0, value: -1), count: size)
    }

    /// The value stored for the word `bytes[range]`, whose FNV-1a hash is `hash`.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                let mask = slots.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.value < 0 { return nil }
                    if slot.hash == UInt32(truncatingIfNeeded: hash), Int(slot.length) == range.count,
                       range.isEmpty || memcmp(arena.baseAddress! + Int(slot.start), bytes.baseAddress! + range.lowerBound, range.count) == 0 {
                        return slot.value
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Stores `value` (≥ 0) for the word `bytes[range]`, whose FNV-1a hash is `hash`; the word must not
    /// be in the table yet.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, value: Int32) {
        precondition(value >= 0, "WordTable values are non-negative")
        precondition(arena.count + range.count <= Int(Int32.max), "WordTable holds at most 2 GB of words")
        if (count + 1) * 2 > slots.count { grow() }
        let start = Int32(arena.count)
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        place(Slot(hash: UInt32(truncatingIfNeeded: hash), start: start, length: Int32(range.count), value: value))
        count += 1
    }

    /// Forgets every word, keeping the memory.
    mutating func removeAll() {
        for index in slots.indices { slots[index].value = -1 }
        arena.removeAll(keepingCapacity: true)
        count = 0
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[index].value >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(hash: 0, start: 0, length: 0, value: -1), count: old.count * 2)
        for slot in old where slot.value >= 0 { place(slot) }
    }
}
