import Testing
@testable import Copydesk

struct TokenHasherTests {
    @Test func hashesEveryTokenLikeTermHashOfItsText() throws {
        let analyzed = try CoreAnalysis().analyze(text: "Don’t PANIC, said the École’s head — twice.", language: .english)
        #expect(analyzed.tokenHashes.count == analyzed.tokens.count)
        for (index, token) in analyzed.tokens.enumerated() {
            #expect(analyzed.tokenHashes[index] == TermHash.hash(analyzed.string(token)))
        }
        #expect(analyzed.tokenHashes[0] == TermHash.hash("don't"))
        #expect(analyzed.tokenHashes.contains(TermHash.hash(",")))
    }

    @Test func emptyDocumentHasNoHashes() throws {
        let analyzed = try CoreAnalysis().analyze(text: "", language: .english)
        #expect(analyzed.tokenHashes.isEmpty)
        #expect(TokenHasher.hashes(of: analyzed.document).isEmpty)
    }
}
