import Copydesk
import Testing
@testable import HedgingAnalyzer

@Suite("Cue start filter")
struct CueStartFilterTests {
    @Test("Every inserted key may be present; most others are certainly absent")
    func membership() {
        var filter = CueStartFilter()
        let inserted = (0..<2_000).map { TermHash.hash("word\($0)") }
        for key in inserted { filter.insert(key) }
        #expect(inserted.allSatisfy { filter.mayContain($0) })
        let others = (0..<10_000).map { TermHash.hash("other\($0)") }
        let falsePositives = others.count { filter.mayContain($0) }
        #expect(falsePositives < others.count / 20)
    }

    @Test("An empty filter contains nothing")
    func empty() {
        let filter = CueStartFilter()
        #expect(!filter.mayContain(TermHash.hash("may")))
        #expect(!filter.mayContain(0))
    }

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
