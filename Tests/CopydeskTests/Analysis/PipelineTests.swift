import Testing
@testable import Copydesk

private struct Count: Encodable, Sendable { var value: Int }

private struct Tokens: Analyzer {
    static let description = AnalyzerDescription(id: "tokens", name: "Tokens", summary: "s", version: "1.0.0",
                                                 outputFields: [OutputField("value", .integer, "v")])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Count {
        Count(value: document.tokens.count)
    }
}

/// Fails on texts with a question mark.
private struct Picky: Analyzer {
    static let description = AnalyzerDescription(id: "picky", name: "Picky", summary: "s", version: "1.0.0",
                                                 outputFields: [OutputField("value", .integer, "v")])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Count {
        if document.text.contains("?") { throw .failed("a question") }
        return Count(value: 1)
    }
}

private struct NeedsPicky: Analyzer {
    static let description = AnalyzerDescription(id: "needs_picky", name: "Needs picky", summary: "s", version: "1.0.0",
                                                 requires: ["picky"], outputFields: [OutputField("value", .integer, "v")])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Count {
        guard let picky = context.report(of: "picky", as: Count.self) else { throw .failed("picky missing") }
        return Count(value: picky.value + 10)
    }
}

struct PipelineTests {
    private let registry = try! AnalyzerRegistry([Tokens.self, Picky.self, NeedsPicky.self])

    /// One pipeline, documents one after the other: what one document's analyzers did (a
    /// failure, a report in the context) does not reach the next.
    @Test func documentsDoNotShareState() throws {
        let pipeline = try Pipeline(registry: registry, requested: ["tokens", "needs_picky"])
        let core = CoreAnalysis()
        for round in 0..<2 {
            let asked = pipeline.run(id: "q", source: "q", text: "Who is there?", language: .english, core: core)
            #expect(asked.reports.map(\.id) == ["tokens"], "round \(round)")
            #expect(asked.issues.map(\.plugin) == ["picky", "needs_picky"])
            #expect(asked.issues.last?.message == "needs picky, which failed")

            let told = pipeline.run(id: "t", source: "t", text: "Nobody is there.", language: .english, core: core)
            #expect(told.issues.isEmpty)
            #expect(told.reports.map(\.id) == ["tokens", "picky", "needs_picky"])
            #expect((told.reports[0].report as? Count)?.value == 4)
            #expect((told.reports[2].report as? Count)?.value == 11)
            #expect(told.id == "t" && told.source == "t" && told.document?.text == "Nobody is there.")
        }
    }
}
