import Testing
@testable import Copydesk

struct AnalyzedDocumentStorageTests {
    @Test func copiesShareOneStorageAndTheDocumentsStorage() throws {
        let analyzed = try CoreAnalysis().analyze(id: "x", text: "“We will,” the mayor said.", language: .english)
        let copy = analyzed
        #expect(copy.storage === analyzed.storage)
        #expect(copy.document.storage === analyzed.storage.document.storage)
    }

    @Test func accessorsReadTheStoredColumns() throws {
        let analyzed = try CoreAnalysis().analyze(id: "x", text: "“We will,” the mayor said.", language: .english)
        let storage = analyzed.storage
        #expect(analyzed.readability == storage.readability && analyzed.readability.counts.words == 5)
        #expect(analyzed.quotations == storage.quotations && analyzed.quotations.count == 1)
        #expect(analyzed.tokenHashes == storage.tokenHashes && analyzed.tokenHashes.count == analyzed.tokens.count)
        #expect(analyzed.id == "x" && analyzed.tokens == storage.document.tokens)
    }
}
