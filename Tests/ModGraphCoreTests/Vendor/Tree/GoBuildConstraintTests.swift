import Testing
@testable import ModGraphCore

/// Which `.go` files `go mod vendor` copies: all but those whose build constraint is false
/// for every choice of tags but `ignore` (as recorded with the real go in the vendor-drift
/// fixture: gen.go and oldgen.go left out, linux.go and either.go kept).
@Suite struct GoBuildConstraintTests {
    @Test(arguments: [
        ("package p\n", true),
        ("//go:build ignore\n\npackage main\n", false),
        ("//go:build !ignore\n\npackage p\n", true),
        ("//go:build linux && !ignore\n\npackage p\n", true),
        ("//go:build ignore && linux\n\npackage p\n", false),
        ("//go:build ignore || linux\n\npackage p\n", true),
        ("//go:build linux && !linux\n\npackage p\n", true),  // every tag is both true and false
        ("//go:build (ignore)\n\npackage p\n", false),
        ("//go:build !(ignore || windows)\n\npackage p\n", true),  // windows may be false
        ("//go:build\n\npackage p\n", false),  // an empty expression does not parse
        ("//go:build linux &&\n\npackage p\n", false),
        ("//go:build !!linux\n\npackage p\n", false),
        ("//go:buildignore\n\npackage p\n", true),  // not a //go:build line
        ("// +build ignore\n\npackage main\n", false),
        ("// Copyright.\n\n// +build ignore\n\npackage main\n", false),
        ("// +build ignore,linux windows\n\npackage p\n", true),
        ("// +build ignore,linux\n\npackage p\n", false),
        ("// +build !ignore\n\npackage p\n", true),
        ("// +build ignore\npackage main\n", true),  // not followed by a blank line: not a constraint
        ("// +build linux\n// +build ignore\n\npackage p\n", false),  // lines are ANDed
        ("/* a block comment */\n//go:build ignore\n\npackage p\n", false),
        ("package p\n\n//go:build ignore\n", true),  // after the package clause: ignored
        ("//go:build ignore\n//go:build linux\n\npackage p\n", false),  // two lines: malformed, left out
        ("//go:build ignore\n// +build linux\n\npackage p\n", false),  // //go:build wins
    ])
    func decidesLikeGoModVendor(_ source: String, _ vendored: Bool) {
        #expect(GoBuildConstraint.isVendored(goFile: Array(source.utf8)) == vendored, "\(source.debugDescription)")
    }
}
