/// The byte-level parser behind `ModGraphText.parse`.
///
/// One pass over the bytes: each field is looked up in a hash table keyed by its bytes, so a
/// node's `ModuleID` strings are made, and the node validated, only on first sight.
struct ModGraphTextParser {
    let input: InputText
    private var nodes: [ModuleID] = []
    private var isToolchain: [Bool] = []
    private var mainNodes: [Int32] = []
    private var edges: [ModGraphText.Edge] = []
    private var toolchainEdges: [ModGraphText.Edge] = []
    private var duplicates: [Int] = []

    init(input: InputText) {
        self.input = input
    }

    mutating func run() throws(ParseError) -> ModGraphText {
        let bytes = input.bytes
        let result: Result<Void, ParseError> = bytes.withUnsafeBufferPointer { b in
            do throws(ParseError) {
                try scan(b)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        var index: [ModuleID: Int32] = [:]
        index.reserveCapacity(nodes.count)
        for (i, id) in nodes.enumerated() { index[id] = Int32(i) }
        return ModGraphText(
            file: input.file, nodes: nodes, edges: edges, toolchainEdges: toolchainEdges,
            mainNodes: mainNodes, duplicateEdgeLines: duplicates, isToolchainNode: isToolchain,
            indexByID: index)
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) {
        let n = b.count
        let nodeTable = ByteSliceTable(bytes: b, expected: max(16, n / 64))
        let edgeTable = EdgeKeySet(expected: max(16, n / 48))
        var i = 0
        var line = 0
        while i < n {
            line += 1
            var eol = i
            while eol < n && b[eol] != 0x0A { eol += 1 }
            let next = eol + 1
            var end = eol
            if end > i && b[end - 1] == 0x0D { end -= 1 }

            var p = i
            while p < end && Self.isBlank(b[p]) { p += 1 }
            if p == end {
                i = next
                continue  // blank line
            }
            let s1 = p
            while p < end && !Self.isBlank(b[p]) { p += 1 }
            let e1 = p
            while p < end && Self.isBlank(b[p]) { p += 1 }
            if p == end {
                throw input.error(
                    atByte: p, "expected two fields 'FROM TO' separated by a space, found one")
            }
            let s2 = p
            while p < end && !Self.isBlank(b[p]) { p += 1 }
            let e2 = p
            while p < end && Self.isBlank(b[p]) { p += 1 }
            if p != end {
                throw input.error(
                    atByte: p, "expected two fields 'FROM TO' separated by a space, found a third field")
            }

            let from = try node(b, s1, e1, nodeTable)
            let to = try node(b, s2, e2, nodeTable)
            if edgeTable.insert(from: from, to: to) {
                let edge = ModGraphText.Edge(from: from, to: to, line: line)
                if isToolchain[Int(from)] || isToolchain[Int(to)] {
                    toolchainEdges.append(edge)
                } else {
                    edges.append(edge)
                }
            } else {
                duplicates.append(line)
            }
            i = next
        }
    }

    @inline(__always)
    private static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    /// The index of the node spelled by `b[start..<end]`, added and validated on first sight.
    @inline(__always)
    private mutating func node(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ table: ByteSliceTable
    ) throws(ParseError) -> Int32 {
        let hash = ByteSliceTable.hash(b, start, end)
        if let found = table.find(start, end, hash) { return found }
        let id = try makeNode(b, start, end)
        let index = Int32(nodes.count)
        nodes.append(id)
        let toolchain = id.isToolchainRequirement
        isToolchain.append(toolchain)
        if id.version.isEmpty { mainNodes.append(index) }
        table.insert(start, end, hash, index)
        return index
    }

    /// Splits a field at its first `@` and checks both halves.
    private func makeNode(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(ParseError) -> ModuleID {
        var at = start
        while at < end && b[at] != 0x40 { at += 1 }
        let path = String(decoding: UnsafeBufferPointer(rebasing: b[start..<at]), as: UTF8.self)
        if at == end {
            if path == "go" || path == "toolchain" {
                throw input.error(atByte: end, "expected a version after \"\(path)@\": \(path) names a toolchain requirement")
            }
            if let problem = ModulePath.checkImportPath(path) {
                throw input.error(atByte: start, "expected a main module path: \(problem)")
            }
            return ModuleID(path: path, version: "")
        }
        let version = String(decoding: UnsafeBufferPointer(rebasing: b[(at + 1)..<end]), as: UTF8.self)
        if at == start {
            throw input.error(atByte: start, "expected a module path before '@'")
        }
        if version.isEmpty {
            throw input.error(atByte: at + 1, "expected a version after \(InputText.quoted(path + "@"))")
        }
        switch path {
        case "go":
            if !GoVersion.isValid(version) {
                throw input.error(atByte: at + 1, "invalid Go version \(InputText.quoted(version)): expected a Go version such as 1.21.0")
            }
        case "toolchain":
            if version != "default" && GoVersion.fromToolchain(version).isEmpty {
                throw input.error(atByte: at + 1, "invalid toolchain \(InputText.quoted(version)): expected a toolchain name such as go1.21.0")
            }
        default:
            // go mod graph prints replaced requirements whose paths fail the stricter
            // module-path rules (no dot in the first element, upper case), so paths are
            // checked as import paths plus the major-version rules that go.mod parsing applies.
            if let problem = ModulePath.checkImportPath(path) {
                throw input.error(atByte: start, "expected a module path: \(problem)")
            }
            guard let (_, pathMajor) = ModulePath.splitPathVersion(path) else {
                throw input.error(atByte: start, "expected a module path: \(InputText.quoted(path)) has an invalid major version suffix")
            }
            if !Semver.isValid(version) {
                throw input.error(atByte: at + 1, "invalid version \(InputText.quoted(version)) of \(path): expected a semantic version such as v1.2.3")
            }
            if !ModulePath.matchesPathMajor(version, pathMajor) {
                let want = pathMajor.isEmpty ? "v0 or v1" : String(pathMajor.dropFirst())
                throw input.error(atByte: at + 1, "version \(InputText.quoted(version)) does not match the module path \(path): expected \(want), not \(Semver.major(version))")
            }
        }
        return ModuleID(path: path, version: version)
    }
}

/// An open-addressing hash table from byte slices of one buffer to node indices.
private final class ByteSliceTable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int
    private var count = 0
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []

    init(bytes: UnsafeBufferPointer<UInt8>, expected: Int) {
        self.bytes = bytes
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    deinit { slots.deallocate() }

    /// A 64-bit hash of `b[start..<end]`, eight bytes at a time.
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let raw = UnsafeRawPointer(b.baseAddress!)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var p = start
        while p + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            h = ((h << 5) | (h >> 59)) ^ w
            h = h &* 0x51_7CC1_B727_220A_95
            p += 8
        }
        if p < end {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while p < end {
                w |= UInt64(b[p]) << shift
                shift += 8
                p += 1
            }
            h = ((h << 5) | (h >> 59)) ^ w
            h = h &* 0x51_7CC1_B727_220A_95
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return h
    }

    @inline(__always)
    func find(_ start: Int, _ end: Int, _ hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        let length = end - start
        while true {
            let node = slots[slot]
            if node < 0 { return nil }
            let k = Int(node)
            if hashes[k] == hash && lengths[k] == length && equal(starts[k], start, length) { return node }
            slot = (slot + 1) & mask
        }
    }

    func insert(_ start: Int, _ end: Int, _ hash: UInt64, _ node: Int32) {
        starts.append(start)
        lengths.append(end - start)
        hashes.append(hash)
        count += 1
        if count * 2 > mask + 1 {
            grow()
        } else {
            place(node, hash)
        }
    }

    @inline(__always)
    private func place(_ node: Int32, _ hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = node
    }

    private func grow() {
        let capacity = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: -1, count: capacity)
        mask = capacity - 1
        for k in 0..<count { place(Int32(k), hashes[k]) }
    }

    @inline(__always)
    private func equal(_ a: Int, _ b: Int, _ length: Int) -> Bool {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var i = 0
        while i + 8 <= length {
            if raw.loadUnaligned(fromByteOffset: a + i, as: UInt64.self)
                != raw.loadUnaligned(fromByteOffset: b + i, as: UInt64.self) { return false }
            i += 8
        }
        while i < length {
            if bytes[a + i] != bytes[b + i] { return false }
            i += 1
        }
        return true
    }
}

/// A set of `(from, to)` node pairs, for dropping repeated edges.
private final class EdgeKeySet {
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private var count = 0

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    deinit { slots.deallocate() }

    /// Adds the pair; false if it was already present.
    @inline(__always)
    func insert(from: Int32, to: Int32) -> Bool {
        // +1 so that no key is 0, the empty marker.
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
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    private func grow() {
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
