import Foundation
import Testing
@testable import CopydeskCLI

struct JSONLineObjectTests {
    private func parse(_ line: String) -> JSONLineObject? {
        Array(line.utf8).withUnsafeBufferPointer { JSONLineObject.parse($0) }
    }

    @Test func readsTopLevelFields() throws {
        let object = try #require(parse(#" {"id": 42, "text": "Caf\u00e9 \"quoted\"\n\ud83d\ude00 \/", "meta": {"a": [1, 2.5e-3, null]}, "ok": true, "none": null} "#))
        #expect(object["id"] == .number("42"))
        #expect(object["text"] == .string("Café \"quoted\"\n😀 /"))
        #expect(object["meta"] == .nested)
        #expect(object["ok"] == .bool(true))
        #expect(object["none"] == .null)
        #expect(object["missing"] == nil)
    }

    @Test func keepsEveryScalarOfTheText() throws {
        let object = try #require(parse("{\"text\":\"a\u{FEFF}b\"}"))
        #expect(object.string("text")?.unicodeScalars.count == 3)
    }

    /// Fields nobody reads are checked but not decoded.
    @Test func keepsOnlyTheFieldsAskedFor() throws {
        let line = #"{"html": "<p>big \u00e9 page</p>", "text": "Body.", "meta": {"k": ["\ud83d\ude00"]}, "n": 2}"#
        let object = try #require(Array(line.utf8).withUnsafeBufferPointer { JSONLineObject.parse($0, keeping: ["text"]) })
        #expect(object.fields == ["text": .string("Body.")])
        for broken in [#"{"html": "bad \x escape", "text": "Body."}"#, #"{"html": "short \udc0", "text": "Body."}"#,
                       #"{"meta": {"k": [1,]}, "text": "Body."}"#] {
            #expect(Array(broken.utf8).withUnsafeBufferPointer { JSONLineObject.parse($0, keeping: ["text"]) } == nil, "\(broken)")
        }
    }

    /// An unpaired surrogate escape (a JavaScript string cut inside an emoji) is valid JSON but no
    /// text: it becomes U+FFFD, and the first one's byte offset in the line is kept for a warning.
    @Test func replacesUnpairedSurrogatesAndSaysWhere() throws {
        let cut = try #require(parse(#"{"text": "Cut \ud83d", "id": "\udc00x\ud83d\ud83d\ude00"}"#))
        #expect(cut.string("text") == "Cut \u{FFFD}")
        #expect(cut.string("id") == "\u{FFFD}x\u{FFFD}😀")
        #expect(cut.firstUnpairedSurrogate == 14)
        #expect(try #require(parse(#"{"text": "Pair \ud83d\ude00"}"#)).firstUnpairedSurrogate == nil)
        // In a field nobody reads, it is checked, not decoded, and not reported.
        let skipped = try #require(Array(#"{"html": "\ud800", "text": "Body."}"#.utf8).withUnsafeBufferPointer { JSONLineObject.parse($0, keeping: ["text"]) })
        #expect(skipped.string("text") == "Body." && skipped.firstUnpairedSurrogate == nil)
    }

    @Test func lastOfARepeatedKeyWins() {
        #expect(parse(#"{"text":"a","text":"b"}"#)?.string("text") == "b")
    }

    @Test(arguments: [
        "", "[]", "\"text\"", "{", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":tru}",
        "{\"a\":\"x\ty\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\ud80\"}", "{\"a\":\"\\udc0x\"}", "{\"a\":1} x", "{'a':1}",
        "{\"a\":[1,]}", "{\"a\":{\"b\"}}", "{\"a\":\"unterminated}",
    ])
    func rejectsWhatIsNotPlainJSON(line: String) {
        #expect(parse(line) == nil)
    }

    /// Property: on random records, what our reader accepts Foundation reads to the same values.
    @Test func agreesWithFoundationOnRandomRecords() throws {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["a", " ", "é", "東", "🙂", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\t", "\u{FEFF}", "\\u0000"]
        let values = ["1", "-0.5", "2e10", "true", "false", "null", "[1,{\"x\":[]}]", "{}"]
        for _ in 0..<300 {
            var members: [String] = []
            for k in 0..<(1 + next(4)) {
                let value: String
                if next(2) == 0 {
                    value = "\"" + (0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined() + "\""
                } else {
                    value = values[next(values.count)]
                }
                members.append("\"k\(k)\" :\(value)")
            }
            let line = "{" + members.joined(separator: ", ") + "}"
            let ours = try #require(parse(line), "\(line)")
            let theirs = try #require(JSONLineObject(foundationJSON: Array(line.utf8)), "\(line)")
            for (key, value) in theirs.fields {
                switch (value, ours[key]) {
                case (.string(let a), .string(let b)?):
                    // Foundation drops some U+FEFF (byte order marks) inside strings; we keep every scalar.
                    #expect(a.unicodeScalars.filter { $0 != "\u{FEFF}" }.elementsEqual(b.unicodeScalars.filter { $0 != "\u{FEFF}" }), "\(line)")
                case (.number(let a), .number(let b)?): #expect(Double(a) == Double(b), "\(line)")
                default: #expect(value == ours[key], "\(line)")
                }
            }
        }
    }
}

struct JSONLineObjectFieldTests {
    /// Fields are kept in a short list: setting a key again replaces its value in place, nil
    /// removes it, and `fields` gives them by key.
    @Test func setsReplacesAndRemovesFields() {
        var object = JSONLineObject()
        object["id"] = .number("1")
        object["text"] = .string("a")
        object["id"] = .string("x")
        #expect(object["id"] == .string("x"))
        #expect(object.fields == ["id": .string("x"), "text": .string("a")])
        object["text"] = nil
        #expect(object["text"] == nil && object.fields == ["id": .string("x")])
        #expect(object.string("id") == "x" && object.string("missing") == nil)
    }
}
