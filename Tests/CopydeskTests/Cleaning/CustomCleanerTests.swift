import Testing
import Copydesk

/// The custom cleaner of `Docs/cleaning.md`, through the public API only.
struct CustomCleanerTests {
    struct DropShortLines: Cleaner {
        let id = "drop_short_lines"
        func labels(for blocks: [TextRange], in bytes: UnsafeBufferPointer<UInt8>, language: Language) -> [BlockLabel] {
            blocks.map { $0.length < 40 ? .boilerplate : .body }
        }
    }

    @Test func aCustomCleanerDecidesWhatIsCounted() throws {
        let text = "Share this\n\nThe council approved the budget on Monday after a long debate about the harbor.\n\nX"
        let core = CoreAnalysis(cleaner: DropShortLines())
        let analyzed = try core.analyze(text: text, language: .english)
        #expect(analyzed.readability.counts.paragraphs == 1)
        #expect(analyzed.readability.counts.words == 14)
        #expect(analyzed.document.cleaning?.dropped.count == 2)
    }
}
