/// An open-addressing hash table from byte strings to node indices.
///
/// A 16-byte slot holds 32 bits of the hash, the node index and where the node's bytes are,
/// so a lookup touches one slot and the bytes. The bytes of each distinct node are copied
/// into one arena, which stays small however big the input is. Raw pointers keep exclusivity
/// checks out of the hot loop; call `deallocate()` when done.
struct NodeTable {
    /// `key`: 0 = empty, else `tag << 32 | (index + 1)`; `span`: `offset << 16 | min(length, 0xFFFF)`.
    private struct Slot {
        var key: UInt64
        var span: UInt64
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    private var count = 0
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private var arenaUsed = 0
    /// Per node, for rebuilding the slots and for lengths of 0xFFFF bytes and more.
    private var offsets: UnsafeMutablePointer<Int>
    private var lengths: UnsafeMutablePointer<Int>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var nodeCapacity: Int

    init() {
        let capacity = 1 << 12
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, span: 0), count: capacity)
        mask = capacity - 1
        arenaCapacity = 1 << 16
        arena = .allocate(capacity: arenaCapacity)
        nodeCapacity = 1 << 10
        offsets = .allocate(capacity: nodeCapacity)
        lengths = .allocate(capacity: nodeCapacity)
        hashes = .allocate(capacity: nodeCapacity)
    }

    func deallocate() {
        slots.deallocate()
        arena.deallocate()
        offsets.deallocate()
        lengths.deallocate()
        hashes.deallocate()
    }

    /// Frees what only insertion needs; `find` keeps working, `insert` must not be called.
    mutating func freeze() {
        offsets.deallocate()
        hashes.deallocate()
        offsets = .allocate(capacity: 0)
        hashes = .allocate(capacity: 0)
        nodeCapacity = 0
    }

    /// A 64-bit hash of `length` bytes at `p`, eight bytes at a time.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var i = 0
        while i + 8 <= length {
            h = (((h << 5) | (h >> 59)) ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x51_7CC1_B727_220A_95
            i += 8
        }
        if i < length {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < length {
                w |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (((h << 5) | (h >> 59)) ^ w) &* 0x51_7CC1_B727_220A_95
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }

    /// Reads the slot where a lookup of `hash` starts (to bring it into the cache).
    @inline(__always)
    func touchSlot(_ hash: UInt64) -> UInt64 {
        slots[Int(truncatingIfNeeded: hash) & mask].key
    }

    /// Reads the first and last byte of the node in that slot, if any (to bring them into the cache).
    @inline(__always)
    func touchBytes(_ hash: UInt64) -> UInt64 {
        let s = slots[Int(truncatingIfNeeded: hash) & mask]
        if s.key == 0 { return 0 }
        let offset = Int(truncatingIfNeeded: s.span >> 16)
        let last = offset + max(Int(truncatingIfNeeded: s.span & 0xFFFF), 1) - 1
        return UInt64(arena[offset]) &+ UInt64(arena[last])
    }

    /// The node spelled by the `length` bytes at `p`, if present.
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ length: Int, _ hash: UInt64) -> Int32? {
        let tag = hash >> 32
        let short = UInt64(min(length, 0xFFFF))
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let s = slots[slot]
            if s.key == 0 { return nil }
            if s.key >> 32 == tag && s.span & 0xFFFF == short {
                let k = Int(truncatingIfNeeded: s.key & 0xFFFF_FFFF) - 1
                if (short < 0xFFFF || lengths[k] == length)
                    && Self.equal(arena + Int(truncatingIfNeeded: s.span >> 16), p, length)
                {
                    return Int32(k)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a node (known to be absent) with index `count`, copying its bytes.
    mutating func insert(_ p: UnsafePointer<UInt8>, _ length: Int, _ hash: UInt64) {
        if count == nodeCapacity {
            nodeCapacity *= 2
            offsets = Self.grown(offsets, count, nodeCapacity)
            lengths = Self.grown(lengths, count, nodeCapacity)
            hashes = Self.grown(hashes, count, nodeCapacity)
        }
        if arenaUsed + length > arenaCapacity {
            arenaCapacity = max(arenaCapacity * 2, arenaUsed + length)
            arena = Self.grown(arena, arenaUsed, arenaCapacity)
        }
        (arena + arenaUsed).update(from: p, count: length)
        offsets[count] = arenaUsed
        lengths[count] = length
        hashes[count] = hash
        arenaUsed += length
        count += 1
        if count * 2 > mask + 1 {
            let capacity = (mask + 1) * 2
            slots.deallocate()
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: Slot(key: 0, span: 0), count: capacity)
            mask = capacity - 1
            for k in 0..<count { place(k) }
        } else {
            place(count - 1)
        }
    }

    @inline(__always)
    private func place(_ k: Int) {
        let hash = hashes[k]
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].key != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(
            key: (hash >> 32) << 32 | UInt64(k + 1),
            span: UInt64(offsets[k]) << 16 | UInt64(min(lengths[k], 0xFFFF)))
    }

    private static func grown<T>(_ old: UnsafeMutablePointer<T>, _ used: Int, _ capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: used)
        old.deallocate()
        return new
    }

    /// Whether the `length` bytes at `a` and `b` are equal.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= length {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < length {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
