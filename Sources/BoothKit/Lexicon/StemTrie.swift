/// A trie over interned stem ids: terms are inserted while the index is built, then the trie is frozen
/// into flat arrays for the matcher's walk — the root's children as an array indexed by stem id (stem
/// ids are dense, and the first step is taken for nearly every word of a text), every other edge in one
/// open-addressing table keyed by (node, stem), and each node's entries as a range of one array. A step
/// is then an array read or a probe or two, with no dictionary, hash function or reference count.
struct StemTrie: Sendable {
    /// While building: each node's children, and its entries (terms ending there).
    private var children: [[Int32: Int32]] = [[:]]
    private var entryLists: [[Int]] = [[]]

    /// Frozen: the root's child for each stem id (-1: none).
    private var root: [Int32] = []
    /// Frozen: edges below the root, `edgeKeys[i]` = node << 32 | stem (`emptyKey`: a free slot).
    private var edgeKeys: [UInt64] = []
    private var edgeTargets: [Int32] = []
    private var edgeMask = 0
    /// Frozen: node n's entries are `entries[entryStarts[n]..<entryStarts[n + 1]]`.
    private var entryStarts: [Int32] = [0, 0]
    private var entries: [Int32] = []
    private static let emptyKey = UInt64.max

    /// Adds a term's path of stem ids, ending at `entry`. Only before `freeze`.
    mutating func insert(_ path: [Int32], entry: Int) {
        var node: Int32 = 0
        for step in path {
            if let next = children[Int(node)][step] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:]); entryLists.append([])
                children[Int(node)][step] = next
                node = next
            }
        }
        entryLists[Int(node)].append(entry)
    }

    /// Builds the flat arrays and drops the building tables.
    mutating func freeze(stemCount: Int) {
        root = [Int32](repeating: -1, count: stemCount)
        for (stem, node) in children[0] { root[Int(stem)] = node }
        let edgeCount = children.dropFirst().reduce(0) { $0 + $1.count }
        var size = 16
        while size < edgeCount * 2 { size *= 2 }
        edgeKeys = [UInt64](repeating: Self.emptyKey, count: size)
        edgeTargets = [Int32](repeating: -1, count: size)
        edgeMask = size - 1
        for node in children.indices.dropFirst() {
            for (stem, target) in children[node] {
                let key = Self.key(Int32(node), stem)
                var slot = Self.slot(key, edgeMask)
                while edgeKeys[slot] != Self.emptyKey { slot = (slot + 1) & edgeMask }
                edgeKeys[slot] = key
                edgeTargets[slot] = target
            }
        }
        entryStarts = [0]
        entryStarts.reserveCapacity(entryLists.count + 1)
        entries = []
        for list in entryLists {
            entries += list.map { Int32($0) }
            entryStarts.append(Int32(entries.count))
        }
        children = []
        entryLists = []
    }

    @inline(__always)
    private static func key(_ node: Int32, _ stem: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: stem))
    }

    /// A multiplicative (Fibonacci) hash of the key, its high bits as the slot.
    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The node reached from `node` by `stem`, if any. Only after `freeze`.
    @inline(__always)
    func next(_ node: Int32, _ stem: Int32) -> Int32? {
        if node == 0 {
            let child = Int(stem) < root.count ? root[Int(stem)] : -1
            return child >= 0 ? child : nil
        }
        let key = Self.key(node, stem)
        var slot = Self.slot(key, edgeMask)
        while true {
            let found = edgeKeys[slot]
            if found == key { return edgeTargets[slot] }
            if found == Self.emptyKey { return nil }
            slot = (slot + 1) & edgeMask
        }
    }

    /// Positions in `entry(at:)` of the entries (terms) ending at `node`. Only after `freeze`.
    @inline(__always)
    func entryPositions(of node: Int32) -> Range<Int> {
        Int(entryStarts[Int(node)])..<Int(entryStarts[Int(node) + 1])
    }

    /// The entry (index into the language's entries) at a position of `entryPositions(of:)`.
    @inline(__always)
    func entry(at position: Int) -> Int { Int(entries[position]) }
}
