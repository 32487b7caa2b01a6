import Foundation
import Testing
import TestSupport
@testable import ModGraphCore

/// The Swift check against every run the real go 1.23.5 recorded: stderr byte for byte,
/// stdout and the exit status.
@Suite struct VendorConsistencyOracleTests {
    @Test func casesAreRecorded() {
        #expect(VendorOracleCase.all.count >= 80, "recorded cases: \(VendorOracleCase.all.count)")
        for c in VendorOracleCase.all {
            #expect(!c.runs.isEmpty, "\(c.name) has no runs")
            for run in c.runs { #expect(run.exitStatus >= 0, "\(c.name): \(run.command) has no exit status") }
        }
    }

    @Test(arguments: VendorOracleCase.all)
    func matchesTheGoCommand(_ c: VendorOracleCase) {
        for run in c.runs {
            let result = c.check(run)
            let expected = c.expand(run.stderr)
            let label = "\(c.name): \(run.command) in $DIR/\(run.subdirectory) \(run.environment.filter { !$0.value.isEmpty && $0.key != "GOTOOLCHAIN" && $0.key != "GOPROXY" && $0.key != "GOSUMDB" && $0.key != "GONOSUMDB" && $0.key != "GOENV" && $0.key != "GOMODCACHE" && $0.key != "GOPATH" })"
            #expect(result.stderr == expected, "\(label)\n\(Golden.lineDiff(expected: expected, actual: result.stderr))")
            #expect(result.exitStatus == run.exitStatus, "\(label): exit status")
            #expect(result.stdout == c.expand(run.stdout), "\(label): stdout")
            #expect(result.limitation == nil, "\(label): \(result.limitation ?? "")")
        }
    }
}
