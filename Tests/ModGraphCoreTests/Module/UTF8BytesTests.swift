import Testing
@testable import ModGraphCore

@Suite struct UTF8BytesTests {
    @Test(arguments: [
        ("", ""), ("abc", ""), ("", "a"), ("/root/repo/go.sum: missing", "/root/repo/"),
        ("x/root/rep", "/root/repo/"), ("aaab", "aab"), ("é/é", "/é"), ("e\u{301}/", "é/"),
        ("needle at end /r/", "/r/"), ("/r/ at start", "/r/"), ("ab", "abc"),
    ])
    func containsMatchesAByteSearch(haystack: String, needle: String) {
        let bytes = Array(needle.utf8)
        let expected = needle.isEmpty || Array(haystack.utf8).firstRange(of: bytes) != nil
        #expect(UTF8Bytes.contains(haystack, bytes: bytes) == expected)
    }
}
