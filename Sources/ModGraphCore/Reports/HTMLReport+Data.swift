/// report.html for big analyses: the tables are built in the page, a page of rows at a time,
/// from compact data embedded as JSON (`<script type="application/json" id="mg-data">`, which
/// the Content-Security-Policy need not allow: it is never run). Sorting and search work on
/// all of the data; the page says plainly when the data had to be cut to its size limit.
extension HTMLReport {
    /// Above this many table rows (modules and findings), the tables are built in the page.
    static let staticRows = 2_000
    /// The most bytes of embedded data (modules, then findings), graph aside: keeps the page a
    /// few MB at 100,000 modules.
    static let dataLimit = 4_000_000

    /// What the embedded data holds.
    struct PagedData {
        var json: [UInt8]
        var modules: Int
        var findings: Int
    }

    /// The data of both tables, within `limit` bytes: every module while they take at most
    /// three quarters of it, then the findings, most severe first, while they fit.
    static func pagedData(_ a: Analysis, view: GraphView?, limit: Int) -> PagedData {
        let modules = a.buildList.modules
        let depths = a.selected.depths()
        var nodeIndex: [String: Int] = [:]
        for (i, id) in a.selected.nodes.enumerated() where nodeIndex[id.path] == nil { nodeIndex[id.path] = i }
        var rowOf: [String: Int] = [:]
        for (i, m) in modules.enumerated() where rowOf[m.path] == nil { rowOf[m.path] = i }
        var worst = [Int](repeating: 0, count: modules.count)
        var counts = [Int](repeating: 0, count: modules.count)
        for f in a.findings where !f.module.isEmpty {
            guard let row = rowOf[f.module] else { continue }
            counts[row] += 1
            worst[row] = max(worst[row], f.severity == .error ? 3 : f.severity == .warning ? 2 : 1)
        }
        let drawn = Set(view?.nodes.map(\.id) ?? [])

        var versions: [String] = []
        var versionIndex: [String: Int] = [:]
        var prefix: [UInt8] = [], suffix: [UInt8] = [], version: [UInt8] = [], direct: [UInt8] = []
        var depth: [UInt8] = [], requiredBy: [UInt8] = [], requires: [UInt8] = []
        var worstColumn: [UInt8] = [], countColumn: [UInt8] = [], replaced: [UInt8] = [], drawnColumn: [UInt8] = []
        // In a workspace: row -> the workspace modules requiring it, comma-separated.
        var workspaceColumn: [UInt8] = []
        var previous: [UInt16] = []
        var listed = 0
        let moduleLimit = limit * 3 / 4
        for (i, m) in modules.enumerated() {
            let used = prefix.count + suffix.count + version.count + depth.count + requiredBy.count + requires.count
                + worstColumn.count + countColumn.count + replaced.count + drawnColumn.count + direct.count + workspaceColumn.count
            if used > moduleLimit { break }
            let separator: [UInt8] = i == 0 ? [] : [0x2C]
            // Paths front-coded in the page's own units (UTF-16, as shown): the length shared
            // with the previous path, and the rest.
            let path = Array(Escaping.visible(m.path).utf16)
            var common = 0
            while common < min(path.count, previous.count), path[common] == previous[common] { common += 1 }
            if common > 0, UTF16.isLeadSurrogate(path[common - 1]) { common -= 1 }  // never split a pair
            previous = path
            prefix += separator; append(common, to: &prefix)
            suffix += separator
            Escaping.appendJSONInHTML(String(decoding: path[common...], as: UTF16.self), to: &suffix)
            let v: Int
            if let known = versionIndex[m.version] { v = known } else {
                v = versions.count
                versionIndex[m.version] = v
                versions.append(m.version)
            }
            version += separator; append(v, to: &version)
            if !m.indirect {
                if !direct.isEmpty { direct.append(0x2C) }
                append(i, to: &direct)
            }
            let node = nodeIndex[m.path]
            depth += separator; append(node.map { depths[$0] } ?? -1, to: &depth)
            requiredBy += separator; append(node.map { a.selected.predecessors[$0].count } ?? 0, to: &requiredBy)
            requires += separator; append(node.map { a.selected.successors[$0].count } ?? 0, to: &requires)
            worstColumn += separator; append(worst[i], to: &worstColumn)
            countColumn += separator; append(counts[i], to: &countColumn)
            if let r = m.replacement {
                if !replaced.isEmpty { replaced.append(0x2C) }
                replaced.append(0x22); append(i, to: &replaced); replaced += Array("\":".utf8)
                Escaping.appendJSONInHTML(r.text, to: &replaced)
            }
            if let by = a.workspace?.requiredBy[m.path], !by.isEmpty {
                if !workspaceColumn.isEmpty { workspaceColumn.append(0x2C) }
                workspaceColumn.append(0x22); append(i, to: &workspaceColumn); workspaceColumn += Array("\":".utf8)
                Escaping.appendJSONInHTML(by.joined(separator: ", "), to: &workspaceColumn)
            }
            if drawn.contains(m.id) {
                if !drawnColumn.isEmpty { drawnColumn.append(0x2C) }
                drawnColumn.append(0x22); append(i, to: &drawnColumn); drawnColumn += Array("\":".utf8)
                Escaping.appendJSONInHTML(m.id.text, to: &drawnColumn)
            }
            listed += 1
        }

        var ids: [String] = [], idIndex: [String: Int] = [:]
        var hints: [String] = [], hintIndex: [String: Int] = [:]
        var severity: [UInt8] = [], id: [UInt8] = [], module: [UInt8] = [], message: [UInt8] = []
        var location: [UInt8] = [], hint: [UInt8] = []
        var used = prefix.count + suffix.count + version.count + depth.count + requiredBy.count + requires.count
            + worstColumn.count + countColumn.count + replaced.count + drawnColumn.count + direct.count + workspaceColumn.count
        var listedFindings = 0
        var cell: [UInt8] = [], text: [UInt8] = [], place: [UInt8] = []
        for f in a.findings {
            cell.removeAll(keepingCapacity: true)
            if f.module.isEmpty {
                append(-1, to: &cell)
            } else if let row = rowOf[f.module], row < listed {
                append(row, to: &cell)
            } else {
                Escaping.appendJSONInHTML(f.module, to: &cell)
            }
            text.removeAll(keepingCapacity: true)
            Escaping.appendJSONInHTML(f.message, to: &text)
            place.removeAll(keepingCapacity: true)
            Escaping.appendJSONInHTML(f.location.map { l in l.line.map { "\(l.file):\($0)" } ?? l.file } ?? "", to: &place)
            let newHint = f.hint.map { hintIndex[$0] == nil } ?? false
            let cost = cell.count + text.count + place.count + 24 + (newHint ? (f.hint?.utf8.count ?? 0) + 8 : 0)
            guard used + cost <= limit else { break }
            used += cost
            let separator: [UInt8] = listedFindings == 0 ? [] : [0x2C]
            severity += separator; append(f.severity == .error ? 0 : f.severity == .warning ? 1 : 2, to: &severity)
            let k: Int
            if let known = idIndex[f.id] { k = known } else { k = ids.count; idIndex[f.id] = k; ids.append(f.id) }
            id += separator; append(k, to: &id)
            module += separator; module += cell
            message += separator; message += text
            location += separator; location += place
            hint += separator
            if let h = f.hint {
                let known = hintIndex[h] ?? hints.count
                if known == hints.count { hintIndex[h] = known; hints.append(h) }
                append(known, to: &hint)
            } else {
                append(-1, to: &hint)
            }
            listedFindings += 1
        }
        var json: [UInt8] = []
        json.reserveCapacity(used + 4096)
        func key(_ name: String) { json += Array("\"\(name)\":".utf8) }
        func strings(_ list: [String]) {
            json.append(0x5B)
            for (i, s) in list.enumerated() {
                if i > 0 { json.append(0x2C) }
                Escaping.appendJSONInHTML(s, to: &json)
            }
            json.append(0x5D)
        }
        func array(_ name: String, _ body: [UInt8], last: Bool = false) {
            key(name); json.append(0x5B); json += body; json.append(0x5D)
            if !last { json.append(0x2C) }
        }
        func object(_ name: String, _ body: [UInt8], last: Bool = false) {
            key(name); json.append(0x7B); json += body; json.append(0x7D)
            if !last { json.append(0x2C) }
        }
        json.append(0x7B)
        key("versions"); strings(versions); json.append(0x2C)
        key("modules"); json.append(0x7B)
        key("total"); append(modules.count, to: &json); json.append(0x2C)
        array("prefix", prefix); array("suffix", suffix); array("version", version); array("direct", direct)
        array("depth", depth); array("requiredBy", requiredBy); array("requires", requires)
        array("worst", worstColumn); array("findings", countColumn)
        object("replaced", replaced)
        if a.workspace != nil { object("workspace", workspaceColumn) }
        object("drawn", drawnColumn, last: true)
        json += Array("},".utf8)
        key("ids"); strings(ids); json.append(0x2C)
        key("hints"); strings(hints); json.append(0x2C)
        key("findings"); json.append(0x7B)
        key("total"); append(a.findings.count, to: &json); json.append(0x2C)
        array("severity", severity); array("id", id); array("module", module); array("message", message)
        array("where", location); array("hint", hint, last: true)
        json += Array("}}".utf8)
        return PagedData(json: json, modules: listed, findings: listedFindings)
    }

    static func append(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(0x2D); append(-n, to: &out); return }
        if n >= 10 { append(n / 10, to: &out) }
        out.append(UInt8(0x30 + n % 10))
    }
}
