import Foundation
import Testing
@testable import CopydeskCLI

struct ReportValueTests {
    private func parse(_ json: String) -> ReportValue? {
        ReportValue.parse(Array(json.utf8))
    }

    @Test func readsEveryKindOfValueWithMembersInOrder() throws {
        let value = try #require(parse(#" {"b": [1, -2.5e3, 0.25], "a": {"t": true, "f": false, "n": null}, "s": "x\"\\\/\b\f\n\r\t\u00e9"} "#))
        #expect(value == .object([
            .init(key: "b", value: .array([.number(1), .number(-2500), .number(0.25)])),
            .init(key: "a", value: .object([.init(key: "t", value: .bool(true)), .init(key: "f", value: .bool(false)), .init(key: "n", value: .null)])),
            .init(key: "s", value: .string("x\"\\/\u{8}\u{c}\n\r\té")),
        ]))
        #expect(value["a"]?["t"] == .bool(true))
        #expect(value["missing"] == nil && ReportValue.number(1)["a"] == nil)
        #expect(parse("[]") == .array([]) && parse("{}") == .object([]) && parse("7") == .number(7))
    }

    /// Surrogate pairs are joined; an unpaired half becomes U+FFFD.
    @Test func decodesSurrogateEscapes() {
        #expect(parse(#""\ud83d\udc4d""#) == .string("👍"))
        #expect(parse(#""a\ud83d""#) == .string("a\u{FFFD}"))
        #expect(parse(#""\ud83dx""#) == .string("\u{FFFD}x"))
        #expect(parse(#""\udc4d""#) == .string("\u{FFFD}"))
    }

    @Test func refusesWhatIsNotJSON() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "1e", "tru", "\"a", "\"\u{1}\"", "\"\\x\"", "\"\\u12G4\"", "{} {}", "{'a': 1}", "nul"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    /// Nesting beyond `maximumDepth` is refused rather than recursed into.
    @Test func limitsNesting() {
        let depth = ReportValue.maximumDepth
        #expect(parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) != nil)
        #expect(parse(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)) == nil)
    }

    /// Whatever `JSONSerialization` reads of a real report, this reads too, to the same values.
    @Test func agreesWithFoundationOnARealReport() throws {
        let json = #"{"score":-0.36,"label":"negative","quoted_score":null,"terms":[{"text":"hard line","start":528,"end":537,"quoted":false}],"by":{"x":0}}"#
        let value = try #require(parse(json))
        let foundation = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(value["score"] == .number(foundation["score"] as! Double))
        #expect(value["terms"] == .array([.object([.init(key: "text", value: .string("hard line")), .init(key: "start", value: .number(528)),
                                                   .init(key: "end", value: .number(537)), .init(key: "quoted", value: .bool(false))])]))
        #expect(value["quoted_score"] == .null && foundation["quoted_score"] is NSNull)
    }
}
