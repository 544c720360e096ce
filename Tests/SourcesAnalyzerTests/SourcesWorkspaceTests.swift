import Testing
import Copydesk
@testable import SourcesAnalyzer

/// A workspace refilled by document after document gives the reports a fresh one gives, in any
/// order, and the pool gives each concurrent caller a workspace of its own.
@Suite struct SourcesWorkspaceTests {
    static let texts = AnnotatedArticleTests.all.map(\.1.text) + SurnameCases.texts + [
        "The mayor said the budget was fine.",
        "",
        "“It's over,” she said. “We lost.”",
    ]

    static func fresh(_ document: AnalyzedDocument) -> SourcesReport {
        ReportBuilder(document: document, lexicon: .shared, workspace: SourcesWorkspace()).build()
    }

    @Test func reusedWorkspaceGivesTheFreshReports() throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let expected = documents.map(Self.fresh)
        let workspace = SourcesWorkspace()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3 {
            for i in documents.indices.shuffled(using: &generator) {
                let report = ReportBuilder(document: documents[i], lexicon: .shared, workspace: workspace).build()
                #expect(report == expected[i], "document \(i)")
            }
        }
    }

    @Test func poolServesConcurrentCallers() async throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let expected = documents.map(Self.fresh)
        let analyzer = try SourcesAnalyzer(options: .none)
        let reports = try await withThrowingTaskGroup(of: (Int, SourcesReport).self) { group in
            for round in 0..<8 {
                for i in documents.indices {
                    group.addTask { (i, try analyzer.analyze(documents[(i + round) % documents.count], context: AnalysisContext())) }
                }
            }
            var results: [(Int, SourcesReport)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(reports.count == 8 * documents.count)
        for (i, report) in reports {
            #expect(expected.contains(report), "report \(i)")
        }
    }

    @Test func oversizedWorkspacesAreDropped() {
        let workspace = SourcesWorkspace()
        #expect(!workspace.isOversized)
        workspace.speakerCoverage.reserveCapacity((1 << 20) + 1)
        #expect(workspace.isOversized)
    }
}

/// Texts that exercise the registry's surname, first-name, pronoun and office rules.
enum SurnameCases {
    static let texts = [
        "His daughter, Fiona, said the cafe was busy. Fiona Reid later told reporters: “It's hard.” “We cope,” Reid said.",
        "Trade adviser Peter Navarro spoke on Monday. “Tariffs work,” Navarro said. “They do,” he added.",
        "Donald Trump says the deal is done, the president noted. “Done,” the president said.",
        "Back in the café, Fiona Reid wipes down a table. “It's quiet,” she says. Her son, Luc Durand, leans in the doorway. “Too quiet,” he says.",
        "Three administration officials said the plan failed. One of the officials said it was over. “Nothing works,” the official said.",
    ]
}
