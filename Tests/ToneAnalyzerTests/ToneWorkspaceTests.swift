import Copydesk
import Testing
@testable import ToneAnalyzer

/// A workspace reused for document after document, in any order, gives the reports fresh buffers
/// give; the pool gives each concurrent caller a workspace of its own.
struct ToneWorkspaceTests {
    static let texts = signedSentences.map(\.text) + [
        "",
        "The Justice Department said crime fell. Profits fell as costs rose, but the outlook improved.",
        "“It was a brutal, disgraceful attack,” she said. Although the plan failed, officials were not unhappy.",
        String(repeating: "The council cut taxes and reduced deaths, a remarkable success. ", count: 40),
    ]

    static func scan(_ document: AnalyzedDocument, workspace: ToneWorkspace?) -> ToneScanner.Result {
        var text = document.text
        let sentences = document.sentences, quotations = document.quotations
        let tokens = document.tokens, hashes = document.tokenHashes
        return text.withUTF8 { bytes in
            ToneScanner.withScanner(sentences: sentences, quotations: quotations, tokens: tokens, tokenHashes: hashes, bytes: bytes) { scanner in
                workspace.map { scanner.run(lexicon: defaultTone.lexicon, workspace: $0) } ?? scanner.run(lexicon: defaultTone.lexicon)
            }
        }
    }

    @Test func reusedWorkspaceGivesTheFreshResults() throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let expected = documents.map { Self.scan($0, workspace: nil) }
        let workspace = ToneWorkspace()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3 {
            for i in documents.indices.shuffled(using: &generator) {
                let found = Self.scan(documents[i], workspace: workspace)
                #expect(found.drivers == expected[i].drivers, "document \(i)")
                #expect(found.words == expected[i].words && found.polarTerms == expected[i].polarTerms && found.evaluative == expected[i].evaluative)
                #expect(found.sentenceSums.map(\.narrative) == expected[i].sentenceSums.map(\.narrative))
                #expect(found.sentenceSums.map(\.quoted) == expected[i].sentenceSums.map(\.quoted))
                #expect(found.loaded.map(\.range) == expected[i].loaded.map(\.range))
            }
        }
    }

    @Test func reclaimedSentenceStorageServesTheNextScan() throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let expected = documents.map { Self.scan($0, workspace: nil) }
        let workspace = ToneWorkspace()
        for _ in 0..<2 {
            for i in documents.indices.reversed() {
                var found = Self.scan(documents[i], workspace: workspace)
                #expect(found.sentenceSums.map(\.narrative) == expected[i].sentenceSums.map(\.narrative), "document \(i)")
                #expect(found.sentenceSums.map(\.quoted) == expected[i].sentenceSums.map(\.quoted), "document \(i)")
                #expect(found.sentenceSums.map(\.hasNarrativeWords) == expected[i].sentenceSums.map(\.hasNarrativeWords))
                #expect(found.sentenceSums.map(\.hasQuotedWords) == expected[i].sentenceSums.map(\.hasQuotedWords))
                #expect(found.loaded.map(\.range) == expected[i].loaded.map(\.range), "document \(i)")
                #expect(found.loaded.map(\.quoted) == expected[i].loaded.map(\.quoted), "document \(i)")
                workspace.reclaim(from: &found)
                #expect(found.sentenceSums.isEmpty && found.loaded.isEmpty)
                #expect(workspace.sentenceSums.count == expected[i].sentenceSums.count)
                #expect(workspace.loadedHits.count == expected[i].loaded.count)
            }
        }
    }

    @Test func poolServesConcurrentCallers() async throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let expected = try documents.map { try defaultTone.analyze($0, context: AnalysisContext()) }
        let analyzer = try ToneAnalyzer(options: .none)
        let reports = try await withThrowingTaskGroup(of: (Int, ToneAnalyzer.Report).self) { group in
            for round in 0..<6 {
                for i in documents.indices {
                    group.addTask { (i, try analyzer.analyze(documents[(i + round) % documents.count], context: AnalysisContext())) }
                }
            }
            var results: [(Int, ToneAnalyzer.Report)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(reports.count == 6 * documents.count)
        for (i, report) in reports { #expect(expected.contains(report), "report \(i)") }
    }

    @Test func oversizedWorkspacesAreDropped() {
        let workspace = ToneWorkspace()
        #expect(!workspace.isOversized)
        workspace.words.reserveCapacity(ToneWorkspace.wordLimit + 1)
        #expect(workspace.isOversized)
        let other = ToneWorkspace()
        other.sentenceSums.reserveCapacity(ToneWorkspace.wordLimit + 1)
        #expect(other.isOversized)
    }
}
