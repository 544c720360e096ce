import Testing
@testable import CopydeskCLI

struct TextSummaryTests {
    private func describe(_ json: String) throws -> String {
        TextSummary.describe(try #require(ReportValue.parse(Array(json.utf8))))
    }

    @Test func scalarsReadAsWords() throws {
        #expect(try describe("null") == "n/a")
        #expect(try describe("true") == "yes")
        #expect(try describe("0.123") == "0.12")
        #expect(try describe(#""short""#) == "short")
        #expect(try describe("\"" + String(repeating: "x", count: 70) + "\"") == String(repeating: "x", count: 57) + "…")
    }

    /// A list gives its count and its first five items by their telling keys.
    @Test func listsShowTheirFirstItems() throws {
        #expect(try describe("[]") == "none")
        let cues = "[" + (1...6).map { #"{"sentence": 1, "text": "may\#($0)", "category": "epistemic", "start": 4}"# }.joined(separator: ",") + "]"
        #expect(try describe(cues) == "6: " + (1...5).map { "text=may\($0) category=epistemic" }.joined(separator: "; ") + "; …")
        #expect(try describe(#"[{"speaker": {"text": "Ann", "start": 1}, "quote": null, "name": "Ann Lee"}]"#) == "1: name=Ann Lee")
        #expect(try describe(#"[1, "a"]"#) == "2: 1; a")
    }

    @Test func objectsShowTheirMembersSorted() throws {
        #expect(try describe(#"{"writer_count": 2, "cues": [1, 2], "count": 3, "nested": {"a": 1}, "ratio": null}"#)
            == "count=3 cues=2 items nested={…} ratio=n/a writer_count=2")
    }
}
