import Testing
@testable import ModGraphCore

/// The copy of go.work that live mode hands the go command: the same workspace from another folder.
@Suite struct GoWorkFileRelocateTests {
    @Test func usesAndDirectoryReplacementsBecomeAbsolute() throws {
        let text = """
            go 1.23
            toolchain go1.23.5
            godebug default=go1.21

            use (
            \t./app
            \t"../other dir/lib"
            \t/abs/tools
            )

            replace example.com/color v0.2.0 => example.com/color v0.3.0
            replace example.com/local => ./local
            replace "example.com/q" => "../it's here"
            """
        let work = try GoWorkFile.parse(text, file: "go.work")
        let moved = try GoWorkFile.parse(work.relocatedText(from: "/src/my ws"), file: "copy/go.work")
        #expect(moved.go?.version == "1.23")
        #expect(moved.toolchain?.name == "go1.23.5")
        #expect(moved.godebug.map { "\($0.key)=\($0.value)" } == ["default=go1.21"])
        #expect(moved.use.map(\.path) == ["/src/my ws/app", "/src/other dir/lib", "/abs/tools"])
        #expect(moved.replace.map { "\($0.oldPath) \($0.oldVersion ?? "-") \($0.newPath) \($0.newVersion ?? "-")" } == [
            "example.com/color v0.2.0 example.com/color v0.3.0",
            "example.com/local - /src/my ws/local -",
            "example.com/q - /src/it's here -",
        ])
        // Relocating again from anywhere changes nothing: every path is absolute.
        #expect(moved.relocatedText(from: "/elsewhere") == work.relocatedText(from: "/src/my ws"))
    }
}
