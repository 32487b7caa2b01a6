import Foundation
import Testing
import TestSupport

extension HostileNamesTests {
    /// Characters that must never reach `modgraph env`'s outputs raw: bidi controls, line and
    /// paragraph separators, zero-width and C1 characters (`invisibles`), and ESC and BEL.
    static func rawInvisiblesOrControls(_ text: String) -> [String] {
        rawInvisibles(text) + Set(text.unicodeScalars.filter { $0 == "\u{1B}" || $0 == "\u{07}" })
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }.sorted()
    }

    /// `modgraph env` in a folder whose path, go binary, go env file and settings (GOFLAGS,
    /// GOPRIVATE, GOPROXY, GONOSUMDB, GOINSECURE, GOROOT, --private) carry bidi controls, line
    /// separators and escape sequences: its text, JSON and Markdown, on stdout and through
    /// `--output`, and analyze's environment section show them escaped, as every other output does.
    @Test func envOutputsHaveNoRawInvisibleCharacter() throws {
        let work = try ModGraphProcess.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let hostile = "x\u{202E}gpj.exe\u{2028}y\u{1B}[31m\u{07}\u{2066}"
        let root = work.appendingPathComponent("evil\u{202E}root\u{2028}\u{1B}]0;t\u{07}")
        let module = root.appendingPathComponent("mod\u{2029}\u{200B}")
        let fm = FileManager.default
        try fm.createDirectory(at: module, withIntermediateDirectories: true)
        try "module example.com/app\n\ngo 1.21\n\nrequire example.com/dep v1.0.0\n"
            .write(to: module.appendingPathComponent("go.mod"), atomically: true, encoding: .utf8)
        try "example.com/dep v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
            .write(to: module.appendingPathComponent("go.sum"), atomically: true, encoding: .utf8)
        let goDir = root.appendingPathComponent("go\u{202E}\u{1B}[2J/bin")
        try EnvCommandTests().fakeGo(at: goDir.appendingPathComponent("go"), version: "go1.23.5")
        let home = root.appendingPathComponent("home\u{2028}")
        try fm.createDirectory(at: home.appendingPathComponent(".config/go"), withIntermediateDirectories: true)
        try "GOFLAGS=-mod=mod -tags=\(hostile)\nGONOSUMDB=evil.com/\(hostile)\nGOPROXY=https://file.example/\(hostile)\n"
            .write(to: home.appendingPathComponent(".config/go/env"), atomically: true, encoding: .utf8)
        let env = [
            "PATH": goDir.path + ":/usr/bin:/bin",
            "HOME": home.path,
            "GOROOT": root.appendingPathComponent("goroot\u{202E}").path,
            "GOFLAGS": "-mod=vendor -tags=\(hostile)",
            "GOPRIVATE": "evil.com/\(hostile),example.com/\u{2067}",
            "GOINSECURE": "\u{1B}[31m\(hostile)",
            "GOMODCACHE": root.appendingPathComponent("cache\u{202E}").path,
        ]
        var checked: [String: String] = [:]
        for format in ["text", "json", "markdown"] {
            let args = ["env", module.path, "--no-go", "--format", format, "--private", "corp\u{202E}.example/\u{1B}[1m"]
            let r = try ModGraphProcess.run(args, in: work, environment: env, removing: EnvCommandTests.scrubbed, timeout: 300)
            #expect(r.status == 0 || r.status == 1, "\(format): \(r.stderr)")
            checked["env --format \(format): stdout"] = r.stdout
            checked["env --format \(format): stderr"] = r.stderr
            let file = work.appendingPathComponent("env-\(format).out")
            let w = try ModGraphProcess.run(args + ["--output", file.path], in: work, environment: env, removing: EnvCommandTests.scrubbed, timeout: 300)
            #expect(w.status == 0 || w.status == 1, "\(format) --output: \(w.stderr)")
            checked["env --format \(format) --output"] = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            checked["env --format \(format) --output: stderr"] = w.stderr
        }
        // The JSON still carries the values exactly, as \u escapes.
        let json = try #require(checked["env --format json: stdout"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let settings = (doc["settings"] as? [[String: Any]]) ?? []
        #expect(settings.first { $0["name"] as? String == "GOFLAGS" }?["value"] as? String == "-mod=vendor -tags=\(hostile)")
        #expect(doc["directory"] as? String == module.path)
        #expect(json.contains("\\u202e"), "the escapes are in the JSON")
        #expect(checked["env --format text: stdout"]?.contains("\\u{202e}") == true, "the text shows the escapes")

        let out = work.appendingPathComponent("out")
        let a = try ModGraphProcess.run(
            ["analyze", module.path, "--env", "--no-go", "--no-svg", "-o", out.path, "--name", "m"], in: work, environment: env,
            removing: EnvCommandTests.scrubbed, timeout: 300)
        #expect(a.status == 0 || a.status == 1, "\(a.stderr)")
        checked["analyze --env: stdout"] = a.stdout
        checked["analyze --env: stderr"] = a.stderr
        let report = out.appendingPathComponent("m")
        for f in (try? fm.contentsOfDirectory(atPath: report.path)) ?? [] {
            checked["analyze --env: \(f)"] = String(decoding: try Data(contentsOf: report.appendingPathComponent(f)), as: UTF8.self)
        }
        #expect(checked.keys.contains("analyze --env: environment.json"), "\(checked.keys.sorted())")
        for (name, text) in checked.sorted(by: { $0.key < $1.key }) {
            #expect(Self.rawInvisiblesOrControls(text).isEmpty, "\(name) has raw \(Self.rawInvisiblesOrControls(text))")
        }
    }
}
