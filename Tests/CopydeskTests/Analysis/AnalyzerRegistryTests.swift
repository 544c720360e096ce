import Testing
@testable import Copydesk

private struct Report: Encodable, Sendable { var value: Int }

private struct First: Analyzer {
    static let description = AnalyzerDescription(id: "first", name: "First", summary: "s", version: "1.0.0",
                                                 options: [AnalyzerOption(key: "level", summary: "l", type: .number)],
                                                 outputFields: [OutputField("value", .integer, "v")])
    let level: Int
    init(options: AnalyzerOptions) throws(AnalyzerError) { level = Int(options.number("level") ?? 1) }
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        Report(value: document.tokens.count * level)
    }
}

private struct Second: Analyzer {
    static let description = AnalyzerDescription(id: "second", name: "Second", summary: "s", version: "1.0.0",
                                                 requires: ["first"], outputFields: [OutputField("value", .integer, "v")])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        guard let first = context.report(of: "first", as: Report.self) else { throw .failed("first missing") }
        return Report(value: first.value + 1)
    }
}

private struct Failing: Analyzer {
    static let description = AnalyzerDescription(id: "failing", name: "Failing", summary: "s", version: "1.0.0", outputFields: [])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report { throw .failed("boom") }
}

private struct CycleA: Analyzer {
    static let description = AnalyzerDescription(id: "cycle_a", name: "A", summary: "s", version: "1", requires: ["cycle_b"], outputFields: [])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report { Report(value: 0) }
}

private struct CycleB: Analyzer {
    static let description = AnalyzerDescription(id: "cycle_b", name: "B", summary: "s", version: "1", requires: ["cycle_a"], outputFields: [])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report { Report(value: 0) }
}

private struct FromTheFuture: Analyzer {
    static let description = AnalyzerDescription(id: "future", name: "F", summary: "s", version: "1", minimumCoreVersion: "99.0", outputFields: [])
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report { Report(value: 0) }
}

struct AnalyzerRegistryTests {
    let registry = try! AnalyzerRegistry([Second.self, First.self, Failing.self, CycleA.self, CycleB.self])

    @Test func dependenciesRunFirst() throws {
        #expect(try registry.plan(["second"]).map { $0.description.id } == ["first", "second"])
    }

    @Test func cyclesAreRejectedBeforeAnyDocument() {
        #expect(throws: AnalyzerError.self) { try registry.plan(["cycle_a"]) }
    }

    @Test func unknownIdListsAvailableAndSuggests() {
        do {
            _ = try registry.plan(["secnd"])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("did you mean 'second'"))
            #expect(error.description.contains("Available: second, first, failing"))
        }
    }

    @Test func theUnknownPluginMessageIsOneSentenceEachWay() {
        #expect(registry.unknownPluginMessage("secnd") == "unknown plugin 'secnd'; did you mean 'second'? Available: second, first, failing, cycle_a, cycle_b")
        #expect(registry.unknownPluginMessage("zzzzzz") == "unknown plugin 'zzzzzz'. Available: second, first, failing, cycle_a, cycle_b")
    }

    @Test func unknownOptionKeysAreErrors() {
        #expect(throws: AnalyzerError.self) {
            try Pipeline(registry: registry, requested: ["first"], options: ["first": AnalyzerOptions(values: ["levle": .number(2)])])
        }
    }

    @Test func aPluginNeedingANewerCoreIsRejected() {
        #expect(throws: AnalyzerError.self) { try AnalyzerRegistry([FromTheFuture.self]) }
        #expect(AnalyzerRegistry.version("0.1", isAtMost: "0.1.0") && !AnalyzerRegistry.version("0.10.0", isAtMost: "0.9.9"))
    }

    @Test func duplicateIdsAndBadIdsAreRejected() {
        #expect(throws: AnalyzerError.self) { try AnalyzerRegistry([First.self, First.self]) }
    }

    @Test func aFailingPluginKeepsTheOthers() throws {
        let pipeline = try Pipeline(registry: registry, requested: ["failing", "second"],
                                    options: ["first": AnalyzerOptions(values: ["level": .number(2)])])
        let result = pipeline.run(id: "a", source: "a", text: "One two three.", language: .english, core: CoreAnalysis())
        #expect(result.issues.map(\.plugin) == ["failing"])
        #expect(result.reports.map(\.id) == ["first", "second"])
        #expect((result.reports[1].report as? Report)?.value == 4 * 2 + 1)
    }
}
