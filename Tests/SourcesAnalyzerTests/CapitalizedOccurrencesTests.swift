import Testing
import Copydesk
@testable import SourcesAnalyzer

/// `CapitalizedOccurrences` lists, on its first look-up, every capitalized token of a hash in text order.
@Suite struct CapitalizedOccurrencesTests {
    @Test func listsCapitalizedTokensInTextOrder() throws {
        let document = try CoreAnalysis().analyze(text: "Reid said so. Fiona Reid, not reid, spoke. Then Reid left.", language: .english)
        let view = TokenView(document)
        let occurrences = CapitalizedOccurrences(view)
        let reid = view.tokens.indices.first { document.string(view.tokens[$0]) == "Reid" }!
        let expected = view.tokens.indices.filter { document.string(view.tokens[$0]) == "Reid" }
        #expect(expected.count == 3)
        #expect(Array(occurrences.tokens(withHash: view.hashes[reid])) == expected)
        #expect(Array(occurrences.tokens(withHash: TermHash.hash("absent"))).isEmpty)
    }
}
