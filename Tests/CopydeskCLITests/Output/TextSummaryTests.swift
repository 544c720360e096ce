import Copydesk
import Foundation
import Testing
@testable import CopydeskCLI

struct TextSummaryTests {
    private func describe(_ json: String) throws -> String {
        try Array(json.utf8).withUnsafeBufferPointer { bytes in
            let view = try #require(ReportJSONView(bytes))
            return TextSummary.describe(view.root, in: view)
        }
    }

    /// The column padding gives what Foundation's `padding(toLength:withPad:startingAt:)` gave.
    @Test(arguments: ["", "smog", "flesch_kincaid_grade", "hedge_booster_ratio_of_the_writer", "größe_der_sätze", "東京_👍_x", String(repeating: "a", count: 28)])
    func paddingAgreesWithFoundation(_ name: String) {
        for width in [8, 28, 30, 44, 80] {
            #expect(TextSummary.padded(name, to: width) == name.padding(toLength: width, withPad: " ", startingAt: 0))
        }
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

    /// The count of blocks cleaning left out agrees with its noun: "1 block", "2 blocks".
    @Test func droppedBlocksAreCountedInWords() throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry([]), requested: [])
        let article = """
        The city council approved a budget of $5 million on Tuesday, officials said. The vote was close, and several members asked for more time to study it.

        The mayor said the plan would help schools and roads across the city, and that work would begin in the spring.
        """
        func line(_ text: String) -> String? {
            let result = pipeline.run(id: "a", source: "a", text: text, language: .english, core: CoreAnalysis(cleaner: NewsCleaner()))
            return TextSummary().render(result, descriptions: [:]).split(separator: "\n").first { $0.hasPrefix("cleaning left out") }.map(String.init)
        }
        #expect(line(article + "\n\nShare this article on Facebook\n") == "cleaning left out 1 block: boilerplate 1 (--no-clean keeps them)")
        #expect(line(article + "\n\nShare this article on Facebook\n\nFollow us on Twitter\n")?.hasPrefix("cleaning left out 2 blocks: ") == true)
    }

    @Test func objectsShowTheirMembersSorted() throws {
        #expect(try describe(#"{"writer_count": 2, "cues": [1, 2], "count": 3, "nested": {"a": 1}, "ratio": null}"#)
            == "count=3 cues=2 items nested={…} ratio=n/a writer_count=2")
    }
}
