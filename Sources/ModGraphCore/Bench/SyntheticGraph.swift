/// Generates corpus-like `go mod graph` output of any size, for benchmarks.
///
/// Modules `example.com/gen/mNNNNNN` have one to three versions each; every module
/// version requires `requirementsPerVersion` modules, mostly later in the numbering
/// (so nearly every module is reachable from the main module through chains, as in real
/// graphs) and a few earlier ones (so there are cycles), each at one of its versions
/// (so MVS has choices to make). The same parameters always give the same bytes.
struct SyntheticGraph: Sendable {
    var modules: Int
    var requirementsPerVersion: Int
    var seed: UInt64

    init(modules: Int, requirementsPerVersion: Int = 5, seed: UInt64 = 1) {
        self.modules = max(1, modules)
        self.requirementsPerVersion = max(1, requirementsPerVersion)
        self.seed = seed
    }

    static let mainModule = "example.com/gen/main"

    /// The `go mod graph` text.
    func graphText() -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        let versionCounts = (0..<modules).map { _ in 1 + Int(rng.next() % 3) }
        var out: [UInt8] = []
        out.reserveCapacity(modules * versionCounts.count / max(1, modules) * requirementsPerVersion * 70)
        func append(_ s: String) { out.append(contentsOf: s.utf8) }
        func name(_ i: Int, _ minor: Int) -> String {
            let digits = String(i)
            let padded = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
            return "example.com/gen/m\(padded)@v1.\(minor).0"
        }
        // The main module requires the first modules directly, at their newest version.
        let direct = min(modules, 20 + modules / 200)
        for i in 0..<direct {
            append(Self.mainModule); append(" "); append(name(i, versionCounts[i] - 1)); append("\n")
        }
        append("\(Self.mainModule) go@1.23.0\n")
        let window = max(4, requirementsPerVersion * 4)
        for i in 0..<modules {
            for v in 0..<versionCounts[i] {
                let from = name(i, v)
                for _ in 0..<requirementsPerVersion {
                    let r = rng.next()
                    var target: Int
                    if r % 100 == 0, i > 0 {
                        target = Int(rng.next() % UInt64(i))  // an earlier module: a cycle
                    } else {
                        target = i + 1 + Int(rng.next() % UInt64(window))
                        if target >= modules { continue }
                    }
                    let minor = Int(rng.next() % UInt64(versionCounts[target]))
                    append(from); append(" "); append(name(target, minor)); append("\n")
                }
                if v == versionCounts[i] - 1, i % 3 == 0 {
                    append(from); append(" go@1.21.0\n")
                }
            }
        }
        append("go@1.23.0 toolchain@go1.23.0\n")
        return out
    }
}

/// A small, fast, seedable generator (SplitMix64), so synthetic inputs are reproducible.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
