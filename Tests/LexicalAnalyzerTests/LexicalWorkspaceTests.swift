import Copydesk
import Testing
@testable import LexicalAnalyzer

/// A reused workspace, documents in any order, gives the reports a fresh one gives; the pool gives
/// each concurrent caller a workspace of its own.
struct LexicalWorkspaceTests {
    static let texts = [
        "",
        "Rain fell on the harbor town while the nets were mended.",
        "The U.S. said U.S. officials met in the harbor town, the harbor town said.",
        String(repeating: "Quiet rain fell on the harbor; the town mended nets and the rain went on. ", count: 30),
        "Ça va. Les élèves étudient à l'école.",
        "One two three four five six seven eight nine ten eleven twelve.",
    ]

    static func tally(_ document: AnalyzedDocument, workspace: LexicalWorkspace?) -> [Int] {
        document.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: LexicalAnalyzer.window) { recent in
                let stopWords = StopWordSet.forLanguage(.english)
                guard let workspace else {
                    let tally = LexicalAnalyzer.tally(tokens: document.tokens, hashes: document.tokenHashes, bytes: bytes, stopWords: stopWords, recent: recent)
                    return [tally.words, tally.content, Int(tally.windowTotal * 1e6)] + tally.forms.flatMap { [Int($0.count), Int($0.first)] }
                }
                let tally = LexicalAnalyzer.tally(tokens: document.tokens, hashes: document.tokenHashes, bytes: bytes, stopWords: stopWords, recent: recent,
                                                  index: &workspace.index, forms: &workspace.forms, best: UnsafeMutableBufferPointer(start: nil, count: 0))
                return [tally.words, tally.content, Int(tally.windowTotal * 1e6)] + workspace.forms[0..<tally.forms].flatMap { [Int($0.count), Int($0.first)] }
            }
        }
    }

    @Test func reusedWorkspaceGivesTheFreshTallies() throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let expected = documents.map { Self.tally($0, workspace: nil) }
        let workspace = LexicalWorkspace()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            for i in documents.indices.shuffled(using: &generator) {
                #expect(Self.tally(documents[i], workspace: workspace) == expected[i], "document \(i)")
            }
        }
    }

    @Test func poolServesConcurrentCallers() async throws {
        let documents = try Self.texts.map { try CoreAnalysis().analyze(text: $0, language: .english) }
        let analyzer = try LexicalAnalyzer(options: .none)
        let expected = try documents.map { try LexicalAnalyzer(options: .none).analyze($0, context: AnalysisContext()) }
        let reports = try await withThrowingTaskGroup(of: (Int, LexicalAnalyzer.Report).self) { group in
            for round in 0..<6 {
                for i in documents.indices {
                    let index = (i + round) % documents.count
                    group.addTask { (index, try analyzer.analyze(documents[index], context: AnalysisContext())) }
                }
            }
            var results: [(Int, LexicalAnalyzer.Report)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(reports.count == 6 * documents.count)
        for (index, report) in reports { #expect(report == expected[index], "document \(index)") }
    }

    @Test func oversizedWorkspacesAreDropped() {
        let workspace = LexicalWorkspace()
        #expect(!workspace.isOversized)
        // A document gets room for at most `LexicalAnalyzer.upfrontForms` forms up front; one with
        // more distinct forms than half the slot limit grows the index past it.
        workspace.index.removeAll(expectingCount: LexicalAnalyzer.upfrontForms)
        _ = workspace.index.id(for: 1)
        #expect(!workspace.isOversized)
        for key in 2...UInt64(LexicalWorkspace.slotLimit / 2 + 1) { _ = workspace.index.id(for: key &* 0x9E37_79B9_7F4A_7C15) }
        #expect(workspace.isOversized)
    }
}
