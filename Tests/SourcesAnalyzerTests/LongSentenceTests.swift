import Testing
import Copydesk
@testable import SourcesAnalyzer

/// The searches that take over in a sentence of many frames (a `FrameProximityIndex` per
/// sentence, a token coverage of the speakers) give the report the direct scans give: documents
/// of one long sentence of many cues and quotations, and normal articles, are built with the
/// searches from the first frame on and with the scans only.
@Suite struct LongSentenceTests {
    /// Pieces of attributed prose, joined at random into one sentence (no sentence-ending mark).
    private static let pieces = [
        "Maria Santos said", "the mayor told reporters", "“we will win the vote tomorrow”", ",", "and", "and said",
        "according to the report", "in a statement", "he said", "she added", "officials said", "a poll found",
        "“the cuts are short-sighted”", "“It is over”", ", said Smith", "the council argued", "Jefferies analyst Tom Reid noted",
        "that the budget was fine", "“a deeply disappointing result for everyone here”", "the union", "called the plan",
        "“reckless”", "Reid", "Santos told the board", "according to Santos", "the report found", ", adding that",
    ]

    private static func longSentence(_ generator: inout some RandomNumberGenerator, pieces count: Int) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
    }

    private static func report(_ document: AnalyzedDocument, searching: Bool) -> SourcesReport {
        searching
            ? ReportBuilder(document: document, lexicon: .shared, indexedBlock: 0, coveredFrames: 0).build()
            : ReportBuilder(document: document, lexicon: .shared, indexedBlock: .max / 2, coveredFrames: .max).build()
    }

    @Test func searchesGiveTheScannedReport() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = AnnotatedArticleTests.all.map(\.1.text) + SurnameCases.texts
        for round in 0..<60 { texts.append(Self.longSentence(&generator, pieces: 20 + round * 5)) }
        var attributions = 0
        for text in texts {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            let searched = Self.report(document, searching: true), scanned = Self.report(document, searching: false)
            #expect(searched == scanned, "\(text.prefix(120))")
            attributions += scanned.attributions.count
        }
        #expect(attributions > 500)
    }

    /// With the usual thresholds, a sentence of many frames crosses them and still reports as scanned.
    @Test func usualThresholdsGiveTheScannedReport() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let document = try CoreAnalysis().analyze(text: Self.longSentence(&generator, pieces: 600), language: .english)
            #expect(ReportBuilder(document: document, lexicon: .shared).build() == Self.report(document, searching: false))
        }
    }
}
