import Foundation
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

    /// Whatever the spans and blocks, the page's text is the document's: with the tags taken out
    /// and the references decoded, every scalar is there once, in order (random texts and spans).
    @Test func theTextSurvivesAnySpans() {
        var generator = SystemRandomNumberGenerator()   // a failure prints its text, spans and blocks
        let alphabet = Array("ab <>&\"'\n“”👍🇩🇪é東京")
        for _ in 0..<300 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let count = text.unicodeScalars.count
            let spans = (0..<Int.random(in: 0...6, using: &generator)).map { _ -> HighlightSpan in
                let start = Int.random(in: 0...count + 2, using: &generator)
                return span(start, start + Int.random(in: 0...8, using: &generator), ["p", "q"].randomElement(using: &generator)!, "f")
            }.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
            var blocks: [HighlightedText.LeftOut] = [], next = 0
            while next < count, Bool.random(using: &generator) {
                let start = Int.random(in: next...count, using: &generator), end = Int.random(in: start...count, using: &generator)
                blocks.append(.init(start: start, end: end, label: "boilerplate"))
                next = end + 1
            }
            let html = HighlightedText(spans: spans, leftOut: blocks, pluginNames: [:]).html(of: text)
            #expect(Self.plainText(of: html) == text, "\(text.debugDescription) \(spans) \(blocks)")
        }
    }

    /// `html` without its tags, its five character references decoded.
    private static func plainText(of html: String) -> String {
        var out = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
