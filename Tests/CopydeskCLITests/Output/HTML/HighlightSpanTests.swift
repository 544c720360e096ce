import Testing
@testable import CopydeskCLI

struct HighlightSpanTests {
    private func parsed(_ json: String) throws -> ReportValue {
        try #require(ReportValue.parse(Array(json.utf8)))
    }

    /// Objects with `text`, `start` and `end` are spans, at any depth, named by their field and
    /// category; other objects, booleans and negative or fractional offsets are not.
    @Test func spansAreTheObjectsThatQuoteTheText() throws {
        let report = try parsed(#"""
        {"count": 2,
         "cues": [{"text": "may", "start": 10, "end": 13, "category": "epistemic"},
                  {"text": "odd", "start": true, "end": 3}],
         "boosters": {"cues": [{"text": "clearly", "start": 0, "end": 7, "category": "booster"}]},
         "sentences": [{"index": 0, "start": 0, "end": 40, "score": 0.5}],
         "attributions": [{"speaker": {"text": "Ann", "start": 20, "end": 23},
                           "quote": {"text": "Yes", "start": 30, "end": 33},
                           "quote_parts": [{"text": "Yes", "start": 30, "end": 33}, {"text": "no", "start": 35, "end": 35}]}],
         "bad": [{"text": "x", "start": -1, "end": 2}, {"text": "y", "start": 1.5, "end": 2}]}
        """#)
        let spans = HighlightSpan.spans(in: report, plugin: "demo")
        #expect(spans.map(\.label) == ["cue: booster", "cue: epistemic", "speaker", "quote"])
        #expect(spans.map(\.start) == [0, 10, 20, 30])
        #expect(spans.allSatisfy { $0.plugin == "demo" })
    }

    @Test func listFieldsAreNamedInTheSingular() {
        #expect(HighlightSpan.singular("loaded_terms") == "loaded term")
        #expect(HighlightSpan.singular("cues") == "cue")
        #expect(HighlightSpan.singular("quote_parts") == "quote part")
        #expect(HighlightSpan.singular("entities") == "entity")
        #expect(HighlightSpan.singular("speaker") == "speaker")
        #expect(HighlightSpan.singular("address") == "address")
    }
}
