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
    /// Sum of the values read ahead of time, kept so the reads are not optimized away.
    private(set) var sink: UInt64 = 0
    /// The node table, handed over to the result for lookups once the scan succeeds.
    private var nodeTable: NodeTable?

    /// The most nodes accepted (`ModGraphText.nodeCountLimit`; smaller in tests).
    let nodeCountLimit: Int

    init(input: InputText, nodeCountLimit: Int = ModGraphText.nodeCountLimit) {
        self.input = input
        self.nodeCountLimit = nodeCountLimit
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
        return ModGraphText(
            file: input.file, nodes: nodes, edges: edges, toolchainEdges: toolchainEdges,
            mainNodes: mainNodes, duplicateEdgeLines: duplicates, isToolchainNode: isToolchain,
            lookup: ModGraphTextLookup(nodeTable!))
    }

    /// Lines are read in batches: the fields of up to `batchSize` lines are found and hashed,
    /// then the hash-table slots and node bytes they will need are touched together, so the
    /// cache misses of a large graph overlap instead of coming one after another.
    private static let batchSize = 64

    /// One edge line, split and hashed, waiting for its nodes to be looked up.
    private struct PendingEdge {
        var line: Int
        var from: Range<Int>
        var to: Range<Int>
        var fromHash: UInt64
        var toHash: UInt64
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) {
        let n = b.count
        let base = b.baseAddress!
        var tables = Tables()
        var succeeded = false
        defer {
            tables.pathTable.deallocate()
            tables.versionTable.deallocate()
            if succeeded { nodeTable = tables.nodes } else { tables.nodes.deallocate() }
        }
        var dedup = EdgeDeduplicator()
        defer { dedup.deallocate() }
        // The go command lists each node's requirements together, so FROM is often the
        // previous line's FROM: compare with it before looking it up.
        var lastFrom: (start: Int, length: Int, node: Int32) = (0, -1, 0)
        var batch: [PendingEdge] = []
        batch.reserveCapacity(Self.batchSize)
        var i = 0
        var line = 0
        var lineError: ParseError?
        while i < n && lineError == nil {
            batch.removeAll(keepingCapacity: true)
            while batch.count < Self.batchSize && i < n {
                line += 1
                // Fast path for the go command's own form, `FROM TO\n`.
                let a = Self.nextControlOrSpace(b, i)
                if a > i && a < n && b[a] == 0x20 {
                    let c = Self.nextControlOrSpace(b, a + 1)
                    if c > a + 1 && (c == n || b[c] == 0x0A) {
                        batch.append(PendingEdge(
                            line: line, from: i..<a, to: (a + 1)..<c,
                            fromHash: NodeTable.hash(base + i, a - i), toHash: NodeTable.hash(base + a + 1, c - a - 1)))
                        i = c + 1
                        continue
                    }
                }
                var eol = i
                while eol < n && b[eol] != 0x0A { eol += 1 }
                let lineStart = i
                i = eol + 1
                var end = eol
                if end > lineStart && b[end - 1] == 0x0D { end -= 1 }

                var p = lineStart
                while p < end && Self.isBlank(b[p]) { p += 1 }
                if p == end { continue }  // blank line
                let s1 = p
                while p < end && !Self.isBlank(b[p]) { p += 1 }
                let e1 = p
                while p < end && Self.isBlank(b[p]) { p += 1 }
                if p == end {
                    lineError = input.error(
                        atByte: p, "expected two fields 'FROM TO' separated by a space, found one")
                    break
                }
                let s2 = p
                while p < end && !Self.isBlank(b[p]) { p += 1 }
                let e2 = p
                while p < end && Self.isBlank(b[p]) { p += 1 }
                if p != end {
                    lineError = input.error(
                        atByte: p, "expected two fields 'FROM TO' separated by a space, found a third field")
                    break
                }
                batch.append(PendingEdge(
                    line: line, from: s1..<e1, to: s2..<e2,
                    fromHash: NodeTable.hash(base + s1, e1 - s1), toHash: NodeTable.hash(base + s2, e2 - s2)))
            }

            // Touch what the lookups below will read; the loads are independent, so they overlap.
            var touched: UInt64 = 0
            for e in batch { touched &+= tables.nodes.touchSlot(e.fromHash) &+ tables.nodes.touchSlot(e.toHash) }
            for e in batch { touched &+= tables.nodes.touchBytes(e.fromHash) &+ tables.nodes.touchBytes(e.toHash) }
            sink &+= touched

            for e in batch {
                let from: Int32
                if e.from.count == lastFrom.length
                    && NodeTable.equal(base + e.from.lowerBound, base + lastFrom.start, lastFrom.length)
                {
                    from = lastFrom.node
                } else {
                    from = try node(b, e.from, e.fromHash, &tables, &dedup)
                    lastFrom = (e.from.lowerBound, e.from.count, from)
                }
                let to = try node(b, e.to, e.toHash, &tables, &dedup)
                if dedup.insert(from: from, to: to, edges: edges, toolchainEdges: toolchainEdges) {
                    let edge = ModGraphText.Edge(from: from, to: to, line: e.line)
                    if isToolchain[Int(from)] || isToolchain[Int(to)] {
                        toolchainEdges.append(edge)
                    } else {
                        edges.append(edge)
                    }
                } else {
                    duplicates.append(e.line)
                }
            }
        }
        // Earlier lines of the batch were checked first, so this is the first error in the file.
        if let lineError { throw lineError }
        succeeded = true
    }

    @inline(__always)
    private static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    /// The offset of the first byte at or after `i` that is a space or a control character
    /// (at most 0x20), or the end; eight bytes at a time.
    @inline(__always)
    private static func nextControlOrSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count
        let raw = UnsafeRawPointer(b.baseAddress!)
        var p = i
        while p + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            // The lowest set bit marks the first byte below 0x21 (exact for the first one).
            let m = (w &- 0x2121_2121_2121_2121) & ~w & 0x8080_8080_8080_8080
            if m != 0 { return p + m.trailingZeroBitCount >> 3 }
            p += 8
        }
        while p < n && b[p] > 0x20 { p += 1 }
        return p
    }

    /// The index of the node spelled by `b[range]` (hashed to `hash`), added and validated on first sight.
    @inline(__always)
    private mutating func node(
        _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ hash: UInt64, _ tables: inout Tables,
        _ dedup: inout EdgeDeduplicator
    ) throws(ParseError) -> Int32 {
        let start = range.lowerBound, end = range.upperBound
        let p = b.baseAddress! + start
        if let found = tables.nodes.find(p, end - start, hash) { return found }
        if end - start > ModGraphText.nodeLimit {
            throw input.error(atByte: start, "expected path@version: this one is \(end - start) bytes long, longer than the \(ModGraphText.nodeLimit)-byte limit (a module cache path holds it, and PATH_MAX is 4096)")
        }
        if nodes.count == nodeCountLimit {
            throw input.error(atByte: start, "more than \(nodeCountLimit) module versions: too many to analyze within bounded memory (the largest real graphs have a few thousand)")
        }
        let id = try makeNode(b, start, end, &tables)
        let index = Int32(nodes.count)
        nodes.append(id)
        isToolchain.append(id.isToolchainRequirement)
        if id.version.isEmpty { mainNodes.append(index) }
        tables.nodes.insert(p, end - start, hash)
        dedup.addNode()
        return index
    }

    /// Splits a new node at its first `@` and checks both halves.
    ///
    /// Paths and versions recur across nodes (a path at several versions, a version on many
    /// paths), so each distinct one is made into a `String` and checked only once.
    private func makeNode(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ tables: inout Tables
    ) throws(ParseError) -> ModuleID {
        var at = start
        while at < end && b[at] != 0x40 { at += 1 }
        if at == start {
            throw input.error(atByte: start, at == end ? "expected a module path" : "expected a module path before '@'")
        }
        let pathIndex = try internPath(b, start, at, bare: at == end, &tables)
        let path = tables.paths[pathIndex]
        if at == end { return ModuleID(path: path.text, version: "") }
        if at + 1 == end {
            throw input.error(atByte: at + 1, "expected a version after \(InputText.quoted(path.text + "@"))")
        }
        let versionIndex = internVersion(b, at + 1, end, &tables)
        let version = tables.versions[versionIndex]
        switch path.text {
        case "go":
            if !GoVersion.isValid(version.text) {
                throw input.error(atByte: at + 1, "invalid Go version \(InputText.quoted(version.text)): expected a Go version such as 1.21.0")
            }
        case "toolchain":
            if version.text != "default" && GoVersion.fromToolchain(version.text).isEmpty {
                throw input.error(atByte: at + 1, "invalid toolchain \(InputText.quoted(version.text)): expected a toolchain name such as go1.21.0")
            }
        default:
            guard let pathMajor = path.major else {
                throw input.error(atByte: start, "expected a module path: \(InputText.quoted(path.text)) has an invalid major version suffix")
            }
            if !version.isSemver {
                throw input.error(atByte: at + 1, "invalid version \(InputText.quoted(version.text)) of \(path.text): expected a semantic version such as v1.2.3")
            }
            if !ModulePath.matchesPathMajor(version.text, pathMajor) {
                let want = pathMajor.isEmpty ? "v0 or v1" : String(pathMajor.dropFirst())
                throw input.error(atByte: at + 1, "version \(InputText.quoted(version.text)) does not match the module path \(path.text): expected \(want), not \(Semver.major(version.text))")
            }
        }
        return ModuleID(path: path.text, version: version.text)
    }

    /// The index of the path `b[start..<end]` in `tables.paths`, checked on first sight.
    ///
    /// go mod graph prints replaced requirements whose paths fail the stricter module-path
    /// rules (no dot in the first element, upper case), so paths are checked as import paths,
    /// plus the major-version suffix rules that go.mod parsing applies to versioned ones.
    private func internPath(
        _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, bare: Bool, _ tables: inout Tables
    ) throws(ParseError) -> Int {
        let p = b.baseAddress! + start
        let hash = NodeTable.hash(p, end - start)
        if let found = tables.pathTable.find(p, end - start, hash) {
            if bare && tables.paths[Int(found)].isToolchain { throw bareToolchain(tables.paths[Int(found)].text, end) }
            return Int(found)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        let isToolchain = text == "go" || text == "toolchain"
        if bare && isToolchain { throw bareToolchain(text, end) }
        if !isToolchain, let problem = ModulePath.checkImportPath(text) {
            throw input.error(atByte: start, bare ? "expected a main module path: \(problem)" : "expected a module path: \(problem)")
        }
        let major = ModulePath.splitPathVersion(text)?.pathMajor
        tables.paths.append(PathInfo(text: text, major: major, isToolchain: isToolchain))
        tables.pathTable.insert(p, end - start, hash)
        return tables.paths.count - 1
    }

    private func bareToolchain(_ path: String, _ at: Int) -> ParseError {
        input.error(atByte: at, "expected a version after \"\(path)@\": \(path) names a toolchain requirement")
    }

    /// The index of the version `b[start..<end]` in `tables.versions`.
    private func internVersion(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ tables: inout Tables) -> Int {
        let p = b.baseAddress! + start
        let hash = NodeTable.hash(p, end - start)
        if let found = tables.versionTable.find(p, end - start, hash) { return Int(found) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        tables.versions.append(VersionInfo(text: text, isSemver: Semver.isValid(text)))
        tables.versionTable.insert(p, end - start, hash)
        return tables.versions.count - 1
    }
}

/// A distinct path seen in the input.
private struct PathInfo {
    var text: String
    /// The major-version suffix (`/v2`, `.v1`, ""), or nil when malformed.
    var major: String?
    var isToolchain: Bool
}

/// A distinct version seen in the input.
private struct VersionInfo {
    var text: String
    var isSemver: Bool
}

/// The interning tables of one parse; their memory is freed by `scan`.
private struct Tables {
    var nodes = NodeTable()
    var pathTable = NodeTable()
    var paths: [PathInfo] = []
    var versionTable = NodeTable()
    var versions: [VersionInfo] = []
}
