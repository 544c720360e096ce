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

    /// Property: the short-word path gives `TermHash.hash` for every ASCII word of one to eight
    /// bytes, and nil for longer words, words outside ASCII, and words too near the end to load
    /// eight bytes.
    @Test func shortASCIIHashIsTermHash() {
        let words = ["a", "I", "US", "us", ",", "’", "Mayor", "AZaz@[`{", "budget's", "12.5%", "well-known", "café", "naïve"]
        for word in words {
            var padded = word + "        "   // eight bytes readable after any start
            padded.withUTF8 { bytes in
                let length = word.utf8.count
                let expected = length <= 8 && word.utf8.allSatisfy({ $0 < 0x80 })
                    ? TermHash.hash(UnsafeBufferPointer(rebasing: bytes[0..<length])) : nil
                #expect(TokenHasher.shortASCIIHash(bytes, start: 0, length: length) == expected, "\(word)")
            }
            var bare = word
            bare.withUTF8 { bytes in
                if bytes.count < 8 { #expect(TokenHasher.shortASCIIHash(bytes, start: 0, length: bytes.count) == nil) }
            }
        }
    }
}
