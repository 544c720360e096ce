import Testing
@testable import CopydeskCLI

struct HighlightedTextTests {
    private func span(_ start: Int, _ end: Int, _ plugin: String, _ field: String, _ category: String? = nil) -> HighlightSpan {
        HighlightSpan(start: start, end: end, plugin: plugin, field: field, category: category)
    }

    @Test func spansAreMarkedAndTheRestEscaped() {
        let text = HighlightedText(spans: [span(4, 7, "hedging", "cue", "epistemic")], leftOut: [], pluginNames: ["hedging": "Hedging"])
        #expect(text.html(of: "<It may rain>") == #"&lt;It <mark class="c-epistemic k-cue p-hedging" title="Hedging: cue: epistemic">may</mark> rain&gt;"#)
    }

    /// A hedge inside a quote: the quote is cut around the hedge, whose piece carries both.
    @Test func overlappingSpansAreCutIntoPieces() {
        let spans = [span(1, 11, "sources", "quote"), span(4, 7, "hedging", "cue")]
        let html = HighlightedText(spans: spans, leftOut: [], pluginNames: [:]).html(of: "“We may win”")
        #expect(html == "“"
            + #"<mark class="k-quote p-sources" title="sources: quote">We </mark>"#
            + #"<mark class="k-cue k-quote p-hedging p-sources" title="sources: quote; hedging: cue">may</mark>"#
            + #"<mark class="k-quote p-sources" title="sources: quote"> win</mark>"#
            + "”")
    }

    /// Offsets count Unicode scalars, as the JSON record's do: an emoji is one, a flag two.
    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "👍 🇩🇪 ok"
        let html = HighlightedText(spans: [span(5, 7, "p", "f")], leftOut: [], pluginNames: [:]).html(of: text)
        #expect(html == #"👍 🇩🇪 <mark class="k-f p-p" title="p: f">ok</mark>"#)
    }

    @Test func leftOutBlocksAreStruckThrough() {
        let html = HighlightedText(spans: [], leftOut: [.init(start: 6, end: 20, label: "boilerplate")], pluginNames: [:])
            .html(of: "Story\nAccept cookies\nMore")
        #expect(html == "Story\n" + #"<del title="left out: boilerplate">Accept cookies</del>"# + "\nMore")
    }

    /// Spans past the end of the text are cut at its end, and empty text gives nothing.
    @Test func spansBeyondTheTextAreClipped() {
        #expect(HighlightedText(spans: [span(2, 99, "p", "f")], leftOut: [], pluginNames: [:]).html(of: "abc") == #"ab<mark class="k-f p-p" title="p: f">c</mark>"#)
        #expect(HighlightedText(spans: [span(0, 5, "p", "f")], leftOut: [], pluginNames: [:]).html(of: "") == "")
    }
}
