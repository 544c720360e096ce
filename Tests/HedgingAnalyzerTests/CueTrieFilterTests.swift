import Copydesk
import Testing
@testable import HedgingAnalyzer

@Suite("Cue trie filters")
struct CueTrieFilterTests {
    @Test("The trie may match where a cue starts, and turns other words away")
    func trieStarts() throws {
        let lines = try CueLine.parse("{some|many} {critics|experts}\tvague_quantifier\nso-called\tunverified\nreportedly\tunverified\n", source: "test")
        var trie = CueTrie()
        trie.insert(lines)
        func mayMatch(_ words: [String], at start: Int = 0) -> Bool {
            let hashes = words.map { TermHash.hash($0) }
            return hashes.withUnsafeBufferPointer { trie.mayMatch($0, at: start, limit: words.count) }
        }
        #expect(mayMatch(["Some", "critics"]) && mayMatch(["many", "EXPERTS", "said"]) && mayMatch(["so", "-", "called"]))
        #expect(mayMatch(["reportedly"]) && mayMatch(["it", "reportedly"], at: 1))
        #expect(!mayMatch(["some", "people"]) && !mayMatch(["critics"]) && !mayMatch(["so"]) && !mayMatch(["the", "critics"]))
        #expect(!mayMatch(["some", "critics"], at: 1))
    }
}
