// The one file that calls Graphviz. Everything else in this target is plain Swift.

import CGraphviz
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serialized access to libgvc/libcgraph, which keep global state and are not thread-safe.
///
/// Plugins are not found through Graphviz's `config6a` cache (written by a package install
/// hook that may not have run): the plugin libraries that ship beside libgvc are opened
/// directly and handed to `gvContextPlugins` as built-ins, with demand loading off.
enum Graphviz {
    /// The plugins this wrapper uses: SVG rendering, dot, and the neato family.
    /// (No text-layout plugin: Graphviz's built-in Arial/Helvetica metrics keep output
    /// identical on every machine and avoid loading cairo, pango and fontconfig.)
    static let pluginNames = ["core", "dot_layout", "neato_layout"]

    private static let state = Mutex(State())

    /// Renders `dot` as SVG with `options`, holding the global Graphviz lock throughout.
    static func renderSVG(dot: String, options: RenderOptions) throws(RenderError) -> Data {
        try renderSVG(dot: dot) { _ throws(RenderError) in options }.svg
    }

    /// Renders `dot` as SVG with the options `choose` picks once the graph is read and its
    /// size known (it may throw to give up before any layout), holding the lock throughout.
    static func renderSVG(
        dot: String, choose: (GraphSize) throws(RenderError) -> RenderOptions
    ) throws(RenderError) -> (svg: Data, options: RenderOptions) {
        try state.withLock { (state: inout State) throws(RenderError) -> (svg: Data, options: RenderOptions) in
            let plugins = try state.plugins()
            return try render(dot: dot, choose: choose, plugins: plugins)
        }
    }

    /// Layout engines that the loaded plugins provide, sorted.
    static func availableEngines() throws(RenderError) -> [String] {
        try state.withLock { (state: inout State) throws(RenderError) -> [String] in
            try state.plugins().engines
        }
    }

    // MARK: - Rendering (caller holds the lock)

    private static func render(
        dot: String, choose: (GraphSize) throws(RenderError) -> RenderOptions, plugins: Plugins
    ) throws(RenderError) -> (svg: Data, options: RenderOptions) {
        // agmemread takes a C string: a NUL would silently cut the graph short.
        guard !dot.utf8.contains(0) else {
            throw .invalidDOT("the DOT text contains a NUL character")
        }
        // Runs last, after every other cleanup: the next parse must not inherit this one's lexer state.
        defer { resetLexer(after: dot) }

        let capture = ErrorCapture.begin()
        defer { capture.end() }

        guard let gvc = gvContextPlugins(plugins.symbols, 0) else {
            throw .graphvizUnavailable("gvContextPlugins failed" + capture.suffix())
        }
        defer { gvFreeContext(gvc) }

        // The lexer's line counter is a global that no parse resets.
        agreadline(1)
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .invalidDOT(capture.message(or: "the DOT text could not be read"))
        }
        defer { agclose(graph) }
        // agmemread can return a graph after reporting an error it recovered from.
        if capture.hasErrors { throw .invalidDOT(capture.message(or: "the DOT text has errors")) }

        let nodeCount = Int(agnnodes(graph))
        let options = try choose(GraphSize(nodes: nodeCount, edges: Int(agnedges(graph)), clusters: clusterCount(graph)))
        let engine = options.engine.name
        guard plugins.engines.contains(engine) else {
            throw .unknownEngine(engine, available: plugins.engines)
        }
        for (name, value) in options.graphAttributes(forEngine: engine, nodeCount: nodeCount) {
            // agsafeset copies its (non-const) string arguments into the graph's string pool.
            name.withCString { n in
                value.withCString { v in
                    "".withCString { d in
                        _ = agsafeset(
                            graph, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v),
                            UnsafeMutablePointer(mutating: d))
                    }
                }
            }
        }

        // Safe on a graph whose layout failed half-way; runs before agclose (defers unwind in reverse).
        defer { gvFreeLayout(gvc, graph) }
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw .layoutFailed(engine: engine, message: capture.message(or: "layout failed"))
        }

        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0  // `unsigned int *` in Graphviz 2.x (`size_t *` in 13.x)
        let status = gvRenderData(gvc, graph, "svg", &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw .renderFailed(capture.message(or: "SVG rendering failed"))
        }
        return (Data(bytes: buffer, count: Int(length)), options)
    }

    // MARK: - Lexer state (caller holds the lock)

    /// Brings libcgraph's DOT lexer back to its initial state after parsing `text`.
    ///
    /// Graphviz 2.x's flex lexer keeps its state in globals that `agmemread` does not reset:
    /// a text that ends inside a quoted string, a `/*` comment or an HTML `<...>` string
    /// leaves the lexer in that mode, and text after a complete graph stays in its buffer,
    /// so the next parse would start inside the string (or with the leftover) and report a
    /// wrong error or read a wrong graph. A canary graph shows whether the lexer is clean;
    /// while it is not, a closer text ends any open comment (`*/`), string (`"`) or HTML
    /// string (one `>` more than `text` has `<`, so any nesting is closed) and then fails
    /// to parse, which makes libcgraph flush the lexer's buffer.
    private static func resetLexer(after text: String) {
        let capture = ErrorCapture.begin()
        defer { capture.end() }
        let opens = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "<") ? 1 : 0) }
        let closer = "*/ ; \" ; " + String(repeating: ">", count: opens + 1) + "\n"
        for _ in 0..<4 {
            if canaryParses() { return }
            if let graph = closer.withCString({ agmemread($0) }) { agclose(graph) }
            _ = agreseterrors()
        }
    }

    /// Whether a small valid graph parses to exactly itself: true only when the lexer starts clean.
    private static func canaryParses() -> Bool {
        _ = agreseterrors()
        agreadline(1)
        guard let graph = canaryDOT.withCString({ agmemread($0) }) else { return false }
        defer { agclose(graph) }
        guard agerrors() == 0, agnnodes(graph) == 1, let name = agnameof(graph) else { return false }
        return String(cString: name) == canaryName
    }

    private static let canaryName = "modgraph_lexer_canary"
    private static let canaryDOT = "digraph \(canaryName) { \(canaryName) }"

    /// How many subgraphs of `graph`, at any depth, are clusters (named `cluster...`).
    private static func clusterCount(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int {
        var count = 0
        var sub = agfstsubg(graph)
        while let g = sub {
            if let name = agnameof(g), String(cString: name).hasPrefix("cluster") { count += 1 }
            count += clusterCount(g)
            sub = agnxtsubg(g)
        }
        return count
    }

    // MARK: - Plugins

    /// What is loaded once per process: the built-in symbol list handed to every context.
    struct Plugins: @unchecked Sendable {
        /// NUL-terminated `lt_symlist_t` array; lives as long as the process (the plugin
        /// libraries stay open, so their `gvplugin_library_t` records stay valid too).
        let symbols: UnsafeMutablePointer<lt_symlist_t>
        let engines: [String]
    }

    struct State: ~Copyable {
        private var loaded: Result<Plugins, RenderError>?

        mutating func plugins() throws(RenderError) -> Plugins {
            if loaded == nil { loaded = Graphviz.loadPlugins() }
            return try loaded!.get()
        }
    }

    private static func loadPlugins() -> Result<Plugins, RenderError> {
        var found: [(symbol: String, address: UnsafeMutableRawPointer)] = []
        var problems: [String] = []
        let dirs = pluginDirectories()
        for name in pluginNames {
            let symbol = "gvplugin_\(name)_LTX_library"
            var address: UnsafeMutableRawPointer? = nil
            for dir in dirs where address == nil {
                let path = "\(dir)/libgvplugin_\(name).so.\(pluginABI)"
                // Never closed: the library records must outlive every context.
                guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
                    if FileManager.default.fileExists(atPath: path) {
                        problems.append(String(cString: dlerror()))
                    }
                    continue
                }
                address = dlsym(handle, symbol)
            }
            if let address { found.append((symbol, address)) }
        }
        let names = Set(found.map(\.symbol))
        guard names.contains("gvplugin_core_LTX_library"), names.contains("gvplugin_dot_layout_LTX_library") else {
            let detail = problems.isEmpty ? "" : " (\(problems.joined(separator: "; ")))"
            return .failure(.graphvizUnavailable(
                "Graphviz plugins not found in \(dirs.joined(separator: ", "))\(detail); "
                    + "install libgraphviz-dev (it brings libgvc6 and its plugins)"))
        }

        let symbols = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: found.count + 1)
        for (i, entry) in found.enumerated() {
            symbols[i] = lt_symlist_t(name: UnsafePointer(strdup(entry.symbol)), address: entry.address)
        }
        symbols[found.count] = lt_symlist_t(name: nil, address: nil)

        let capture = ErrorCapture.begin()
        defer { capture.end() }
        guard let gvc = gvContextPlugins(symbols, 0) else {
            return .failure(.graphvizUnavailable("gvContextPlugins failed" + capture.suffix()))
        }
        defer { gvFreeContext(gvc) }
        var count: Int32 = 0
        var engines: [String] = []
        if let list = gvPluginList(gvc, "layout", &count, nil) {
            defer { free(list) }
            for i in 0..<Int(count) {
                guard let item = list[i] else { continue }
                defer { free(item) }
                engines.append(String(cString: item))
            }
        }
        return .success(Plugins(symbols: symbols, engines: engines.sorted()))
    }

    /// The plugin library version suffix used by Graphviz 2.x (`plugins=6` in libgvc.pc).
    private static let pluginABI = 6

    /// Where plugins may be: `$GVBINDIR` (Graphviz's own override), then `graphviz/` beside
    /// the libgvc that this process actually mapped (read from `/proc/self/maps`, since
    /// `dladdr` is not visible to Swift on glibc), then the usual install locations.
    private static func pluginDirectories() -> [String] {
        var dirs: [String] = []
        if let env = ProcessInfo.processInfo.environment["GVBINDIR"], !env.isEmpty { dirs.append(env) }
        // /proc files report size 0, so read them as a stream rather than by size.
        if let file = FileHandle(forReadingAtPath: "/proc/self/maps") {
            defer { try? file.close() }
            let maps = String(decoding: (try? file.readToEnd()) ?? Data(), as: UTF8.self)
            for line in maps.split(separator: "\n") {
                guard let slash = line.firstIndex(of: "/") else { continue }
                let path = String(line[slash...])
                guard (path as NSString).lastPathComponent.hasPrefix("libgvc.so") else { continue }
                dirs.append((path as NSString).deletingLastPathComponent + "/graphviz")
                break
            }
        }
        for prefix in ["/usr/lib", "/usr/local/lib", "/usr/lib64"] {
            dirs.append("\(prefix)/graphviz")
        }
        var seen = Set<String>()
        return dirs.filter { seen.insert($0).inserted }
    }
}

// MARK: - Error capture

/// Routes libcgraph's messages to a buffer instead of stderr for the span of one call.
///
/// `agseterrf` rather than `agseterr(AGMAX)` + `aglasterr`: without a handler, messages below
/// the level go to a tmpfile and `aglasterr` returns only the last piece of a multi-part
/// message (a syntax error arrives as several), in a buffer the caller must free. With a
/// handler and the level at `AGWARN`, every piece reaches the handler and none reaches stderr;
/// `agerrors()` still tells errors from warnings.
///
/// libcgraph's error callback takes no context pointer, so the buffer is a global; it is
/// only touched while the Graphviz lock is held.
private struct ErrorCapture {
    nonisolated(unsafe) static var buffer = ""

    private let previousHandler: agusererrf?
    private let previousLevel: agerrlevel_t

    static func begin() -> ErrorCapture {
        buffer = ""
        _ = agreseterrors()
        // With a handler installed, every message at or above the level goes to it.
        let handler = agseterrf { piece in
            if let piece { ErrorCapture.buffer += String(cString: piece) }
            return 0
        }
        let level = agseterr(AGWARN)
        return ErrorCapture(previousHandler: handler, previousLevel: level)
    }

    func end() {
        _ = agseterrf(previousHandler)
        _ = agseterr(previousLevel)
        _ = agreseterrors()
        ErrorCapture.buffer = ""
    }

    /// Whether an error (not just a warning) was reported since `begin()`.
    var hasErrors: Bool { agerrors() > 0 }

    /// The captured messages without Graphviz's `Error: ` prefixes, warnings after errors;
    /// `fallback` when there are none.
    func message(or fallback: String) -> String {
        var errors: [String] = []
        var warnings: [String] = []
        for line in ErrorCapture.buffer.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.hasPrefix("Error: ") {
                errors.append(String(text.dropFirst("Error: ".count)))
            } else {
                warnings.append(text)
            }
        }
        let text = (errors + warnings).joined(separator: "\n")
        return text.isEmpty ? fallback : text
    }

    func suffix() -> String {
        let text = message(or: "")
        return text.isEmpty ? "" : ": \(text)"
    }
}
