import Foundation
import Testing
@testable import ModGraphCore

/// The position-keeping JSON reader behind --policy and --baseline.
@Suite struct JSONDocumentTests {
    func parse(_ json: String) throws(ParseError) -> JSONDocument {
        try JSONDocument(try InputText(json, file: "t.json"))
    }

    @Test func readsValuesWithTheirPositions() throws {
        let d = try parse("{\n  \"a\": [1, -0.5e+3, true, false, null],\n  \"s\": \"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\"\n}")
        let a = try #require(d.root["a"]?.elements)
        #expect(a.map(\.typeName) == ["a number", "a number", "true or false", "true or false", "null"])
        #expect(a[0].int == 1 && a[1].int == nil)
        #expect(d.text.location(ofByte: a[1].offset) == (2, 12))
        #expect(d.root["s"]?.string == "é😀\"\\/\u{08}\u{0C}\n\r\t")
        #expect(d.root.members?.map(\.key) == ["a", "s"])
    }

    @Test func agreesWithFoundationOnValidDocuments() throws {
        let json = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/inputs/list/all-fields.json").standardizedFileURL, encoding: .utf8)
        // The fixture is a stream of objects; its first object is a document.
        let first = String(json[..<json.range(of: "\n}\n")!.upperBound])
        let ours = try parse(first)
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(Set(ours.root.members?.map(\.key) ?? []) == Set(theirs.keys))
        #expect(ours.root["Path"]?.string == theirs["Path"] as? String)
    }

    @Test func refusesDeepNestingAndLoneSurrogates() {
        let deep = String(repeating: "[", count: JSONDocument.maxDepth + 1) + String(repeating: "]", count: JSONDocument.maxDepth + 1)
        #expect(throws: ParseError.self) { try parse(deep) }
        for (json, message) in [
            (#"["\ud800x"]"#, "t.json:1:3: not valid JSON: a lone UTF-16 surrogate in a \\u escape"),
            ("[\"a\u{01}\"]", "t.json:1:4: not valid JSON: a control character (0x01) in a string: write it as \\u escape"),
        ] {
            do {
                _ = try parse(json)
                Issue.record("expected an error for \(json)")
            } catch {
                #expect(error.description == message)
            }
        }
    }
}
