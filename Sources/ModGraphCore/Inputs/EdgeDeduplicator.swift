/// Finds repeated edges.
///
/// While every FROM node's edges come in one run of lines (as the go command prints them),
/// a per-node mark of the run that last reached it is enough. The first time a FROM node
/// starts a second run, every edge so far goes into a hash set, which decides from then on.
/// Call `deallocate()` when done.
struct EdgeDeduplicator {
    /// Per node: the run in which it was last a TO node.
    private var mark: [Int32] = []
    /// Per node: whether it has been a FROM node.
    private var wasFrom: [Bool] = []
    private var run: Int32 = -1
    private var runFrom: Int32 = -1
    private var set: EdgeKeySet?

    mutating func addNode() {
        mark.append(-1)
        wasFrom.append(false)
    }

    /// Records the edge; false if it was seen before.
    @inline(__always)
    mutating func insert(
        from: Int32, to: Int32, edges: [ModGraphText.Edge], toolchainEdges: [ModGraphText.Edge]
    ) -> Bool {
        if set == nil && from != runFrom {
            if wasFrom[Int(from)] {
                var s = EdgeKeySet()
                for e in edges { _ = s.insert(from: e.from, to: e.to) }
                for e in toolchainEdges { _ = s.insert(from: e.from, to: e.to) }
                set = s
            } else {
                wasFrom[Int(from)] = true
                run += 1
                runFrom = from
            }
        }
        if set != nil { return set!.insert(from: from, to: to) }
        if mark[Int(to)] == run { return false }
        mark[Int(to)] = run
        return true
    }

    func deallocate() { set?.deallocate() }
}

/// A set of `(from, to)` node pairs; call `deallocate()` when done.
fileprivate struct EdgeKeySet {
    /// 0 = empty, else the pair as one key plus 1.
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private var count = 0

    init() {
        let capacity = 1 << 12
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    func deallocate() { slots.deallocate() }

    /// Adds the pair; false if it was already present.
    @inline(__always)
    mutating func insert(from: Int32, to: Int32) -> Bool {
        let key = (UInt64(UInt32(bitPattern: from)) << 32 | UInt64(UInt32(bitPattern: to))) &+ 1
        var slot = Self.slot(key) & mask
        while true {
            let k = slots[slot]
            if k == 0 { break }
            if k == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        count += 1
        if count * 2 > mask + 1 { grow() }
        return true
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    private mutating func grow() {
        let old = slots
        let oldCapacity = mask + 1
        let capacity = oldCapacity * 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        for i in 0..<oldCapacity where old[i] != 0 {
            var slot = Self.slot(old[i]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = old[i]
        }
        old.deallocate()
    }
}
