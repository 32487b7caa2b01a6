import Foundation

/// Generates `go mod graph` output with the shape of the corpus at any scale, for the
/// benchmarks that compare `analyze` with the simplest tools (scripts/bench-scale.sh).
///
/// `modules` module paths sit in 2·log2 N layers below the main module; each path has one to
/// five versions (about 2.25 on average, every one of them reached); every module version
/// requires 5 to 15 paths (about 10), nearly all of them in the next layers (80 % the next one,
/// 15 % the one after, 5 % the third) and 0.5 % of them one layer up, so the module graph has cycles as real ones do.
/// Every path is reached: each one's newest version is required by the newest version of a path
/// one layer up.
/// Lines come in breadth-first order from the main module, as `go mod graph` prints them,
/// and only reached versions appear. The same parameters always give the same bytes.
struct LayeredSyntheticGraph: Sendable {
    var modules: Int
    var seed: UInt64

    init(modules: Int, seed: UInt64 = 1) {
        self.modules = max(1, modules)
        self.seed = seed
    }

    static let mainModule = "example.com/scale/main"

    /// The number of layers below the main module: 2·log2 N, at least 2.
    var layers: Int {
        max(2, Int((2 * log2(Double(modules))).rounded()))
    }

    /// The `go mod graph` text.
    func graphText() -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        let layerCount = layers
        // Layer 1 (the main module's direct requirements) is small, the rest share the remainder.
        let first = min(modules, 20 + modules / 200)
        var layerOf = [Int32](repeating: 0, count: modules)
        var layerStart = [Int](repeating: modules, count: layerCount + 2)
        layerStart[1] = 0
        let below = layerCount - 1
        for layer in 2...layerCount {
            layerStart[layer] = min(modules, first + (modules - first) * (layer - 2) / max(1, below))
        }
        layerStart[layerCount + 1] = modules
        for layer in 1...layerCount {
            for p in layerStart[layer]..<layerStart[layer + 1] { layerOf[p] = Int32(layer) }
        }
        // Versions per path: 1…5, mean about 2.25.
        var versionStart = [Int](repeating: 0, count: modules + 1)
        for p in 0..<modules {
            let r = rng.next() % 100
            let count = r < 40 ? 1 : r < 65 ? 2 : r < 82 ? 3 : r < 92 ? 4 : 5
            versionStart[p + 1] = versionStart[p] + count
        }
        let versionCount = versionStart[modules]
        func pick(_ bound: Int) -> Int { Int(rng.next() % UInt64(max(1, bound))) }
        // Requirements of each module version, as target node numbers (path's first version + minor).
        var requirements = [[Int32]](repeating: [], count: versionCount)
        var seen = [Int32](repeating: -1, count: modules)  // the version that last required each path
        for p in 0..<modules {
            let layer = Int(layerOf[p])
            for v in versionStart[p]..<versionStart[p + 1] {
                let wanted = 5 + pick(11)
                var list: [Int32] = []
                list.reserveCapacity(wanted + 1)
                for _ in 0..<wanted {
                    var target: Int
                    if rng.next() % 1000 < 5 {
                        guard layer >= 2 else { continue }  // one layer up: a module-level cycle
                        target = layerStart[layer - 1] + pick(layerStart[layer] - layerStart[layer - 1])
                    } else {
                        guard layer < layerCount else { break }  // the deepest layer requires nothing
                        let r = rng.next() % 100
                        let next = min(layerCount, layer + (r < 80 ? 1 : r < 95 ? 2 : 3))
                        let lo = layerStart[next], hi = layerStart[next + 1]
                        guard hi > lo else { continue }
                        target = lo + pick(hi - lo)
                    }
                    if seen[target] == Int32(v) { continue }
                    seen[target] = Int32(v)
                    let versions = versionStart[target + 1] - versionStart[target]
                    list.append(Int32(versionStart[target] + pick(versions)))
                }
                requirements[v] = list
            }
        }
        // Every path below layer 1 is required, at its newest version, by the newest version of
        // a path one layer up (reached the same way, so every path is reached).
        for p in layerStart[2]..<modules {
            let layer = Int(layerOf[p])
            let parent = layerStart[layer - 1] + pick(layerStart[layer] - layerStart[layer - 1])
            let from = versionStart[parent + 1] - 1
            let newest = Int32(versionStart[p + 1] - 1)
            let range = versionStart[p]..<versionStart[p + 1]
            if let i = requirements[from].firstIndex(where: { range.contains(Int($0)) }) {
                requirements[from][i] = newest
            } else {
                requirements[from].append(newest)
            }
        }
        // Names: paths like github.com/org00123/repo0012345, some with a major-version suffix.
        var pathNames: [[UInt8]] = []
        pathNames.reserveCapacity(modules)
        for p in 0..<modules {
            var name = "github.com/org\(pad(p / 37, 5))/repo\(pad(p, 7))"
            if p % 11 == 3 { name += "/v2" }
            pathNames.append(Array(name.utf8))
        }
        var nodeOf = [Int32](repeating: 0, count: versionCount)  // node → path
        for p in 0..<modules { for v in versionStart[p]..<versionStart[p + 1] { nodeOf[v] = Int32(p) } }
        var out: [UInt8] = []
        out.reserveCapacity(versionCount * 10 * 80)
        func appendNode(_ v: Int) {
            let p = Int(nodeOf[v])
            out.append(contentsOf: pathNames[p])
            let minor = v - versionStart[p]
            let major = p % 11 == 3 ? 2 : 1
            out.append(contentsOf: "@v\(major).\(minor + (p % 7)).\(p % 5)".utf8)
        }
        let main = Array(Self.mainModule.utf8)
        // The main module requires every layer-1 path at its newest version.
        var reached = [Bool](repeating: false, count: versionCount)
        var queue: [Int] = []
        for p in 0..<layerStart[2] {
            let newest = versionStart[p + 1] - 1
            out.append(contentsOf: main); out.append(0x20); appendNode(newest); out.append(0x0A)
            if !reached[newest] { reached[newest] = true; queue.append(newest) }
        }
        out.append(contentsOf: main); out.append(contentsOf: " go@1.23.0\n".utf8)
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for target in requirements[v] {
                appendNode(v); out.append(0x20); appendNode(Int(target)); out.append(0x0A)
                if !reached[Int(target)] { reached[Int(target)] = true; queue.append(Int(target)) }
            }
            if nodeOf[v] % 3 == 0 { appendNode(v); out.append(contentsOf: " go@1.21.0\n".utf8) }
        }
        out.append(contentsOf: "go@1.23.0 toolchain@go1.23.0\n".utf8)
        return out
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
