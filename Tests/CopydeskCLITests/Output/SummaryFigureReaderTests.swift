import Copydesk
import CopydeskBuiltins
import Testing
@testable import CopydeskCLI

struct SummaryFigureReaderTests {
    private func pipeline(_ plugins: [String]) throws -> Pipeline {
        try Pipeline(registry: AnalyzerRegistry(BuiltinAnalyzers.all), requested: plugins)
    }

    /// A document's figures come in the summary's order: words, sentence length, the formulas
    /// that apply, then each plugin's numeric fields as its record has them.
    @Test func anAnalyzedDocumentGivesItsFiguresInOrder() throws {
        let pipeline = try pipeline(["tone"])
        let result = pipeline.run(id: "a", source: "a", text: "The plan is a wonderful success. Everyone agreed.", language: .english, core: CoreAnalysis())
        let figures = SummaryFigureReader(pipeline: pipeline).figures(of: result)
        #expect(!figures.failed && figures.words == 8)
        let names = figures.values.map(\.name)
        #expect(Array(names.prefix(3)) == ["words_per_document", "average_sentence_length", "readability_flesch_reading_ease"])
        #expect(names.contains("tone_score") && names.firstIndex(of: "tone_score")! > names.lastIndex { $0.hasPrefix("readability_") }!)
        let score = try #require(figures.values.first { $0.name == "tone_score" }?.value)
        #expect(score > 0)
    }

    /// A failed document counts as failed and adds no figure.
    @Test func aFailedDocumentAddsNoFigure() throws {
        let result = DocumentResult(id: "x", source: "x", document: nil, issues: [DocumentIssue(code: "empty_text", message: "empty")])
        let figures = SummaryFigureReader(pipeline: try pipeline(["tone"])).figures(of: result)
        #expect(figures.failed && figures.words == 0 && figures.values.isEmpty)
    }
}
