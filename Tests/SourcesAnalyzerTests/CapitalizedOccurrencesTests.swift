import Testing
import Copydesk
@testable import SourcesAnalyzer

/// `CapitalizedOccurrences` lists, on its first look-up after a reset,, every capitalized token of a hash in text order.
@Suite struct CapitalizedOccurrencesTests {
    @Test func listsCapitalizedTokensInTextOrder() throws {
        let document = try CoreAnalysis().analyze(text: "Reid said so. Fiona Reid, not reid, spoke. Then Reid left.", language: .english)
        let view = TokenView(document)
        let occurrences = CapitalizedOccurrences()
        let reid = view.tokens.indices.first { document.string(view.tokens[$0]) == "Reid" }!
        let expected = view.tokens.indices.filter { document.string(view.tokens[$0]) == "Reid" }
        #expect(expected.count == 3)
        #expect(Array(occurrences.tokens(withHash: view.hashes[reid], in: view)) == expected)
        #expect(Array(occurrences.tokens(withHash: TermHash.hash("absent"), in: view)).isEmpty)
    }

    /// After `reset()`, the list is that of the next document's view.
    @Test func resetListsTheNextDocument() throws {
        let occurrences = CapitalizedOccurrences()
        for text in ["Reid said so. Reid left.", "Ana Reid and Luc Reid met Reid. Said Reid, never reid.", "Nothing capitalized here? no."] {
            occurrences.reset()
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            let view = TokenView(document)
            for i in view.tokens.indices {
                let expected = view.tokens.indices.filter { view.isCapitalized($0) && view.hashes[$0] == view.hashes[i] }
                #expect(Array(occurrences.tokens(withHash: view.hashes[i], in: view)) == expected, "\(text) \(i)")
            }
        }
    }
}
