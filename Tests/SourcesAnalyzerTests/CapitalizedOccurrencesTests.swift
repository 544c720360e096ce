import Testing
import Copydesk
@testable import SourcesAnalyzer

/// `CapitalizedOccurrences` lists, on every look-up after a reset, every capitalized token of a hash in text order.
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

    /// The first look-ups of a document scan the view, the later ones follow the chains built
    /// then: both give the same tokens, also for a look-up left before its end.
    @Test func scansAndChainsGiveTheSameTokens() throws {
        let document = try CoreAnalysis().analyze(text: "Reid met Lima. Ana Reid, Luc Lima and Reid spoke; reid and lima did not. Lima left.", language: .english)
        let view = TokenView(document)
        let occurrences = CapitalizedOccurrences()
        let hashes = [TermHash.hash("reid"), TermHash.hash("lima"), TermHash.hash("ana"), TermHash.hash("absent")]
        for round in 0..<(CapitalizedOccurrences.scansBeforeBuilding + 2) {
            for hash in hashes {
                let expected = view.tokens.indices.filter { view.isCapitalized($0) && view.hashes[$0] == hash }
                #expect(Array(occurrences.tokens(withHash: hash, in: view)) == expected, "round \(round)")
                var tokens = occurrences.tokens(withHash: hash, in: view)
                #expect(tokens.next() == expected.first, "round \(round)")
            }
        }
    }
}
