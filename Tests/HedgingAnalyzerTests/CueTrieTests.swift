import Copydesk
import Testing
@testable import HedgingAnalyzer

@Suite("Cue trie")
struct CueTrieTests {
    static func trie(_ text: String) throws -> CueTrie {
        var trie = CueTrie()
        trie.insert(try CueLine.parse(text, source: "test"))
        return trie
    }

    /// The matches at `start`: each as its end and its entries' categories and rules.
    static func matches(_ trie: CueTrie, _ words: [String], from start: Int = 0) -> [(end: Int, entries: [String])] {
        let hashes = words.map { TermHash.hash($0) }
        let candidates = withUnsafeTemporaryAllocation(of: CueTrie.Candidate.self, capacity: max(trie.depth, 1)) { slots in
            let count = hashes.withUnsafeBufferPointer { trie.matches($0, from: start, limit: words.count, into: slots) }
            return Array(slots[..<count])
        }
        return candidates.map { candidate in
            (candidate.end, trie.entryIndices(at: candidate.node).map { index in
                let entry = trie.entry(index)
                return "\(entry.category?.rawValue ?? "none")/\(entry.rule.rawValue)"
            })
        }
    }

    @Test("The depth is the most words of a phrase, the most matches at one token")
    func depth() throws {
        #expect(CueTrie().depth == 0)
        let trie = try Self.trie("may\tepistemic\tmay\nmay be\tepistemic\nmay be the case\tepistemic\n")
        #expect(trie.depth == 4)
        #expect(Self.matches(trie, ["may", "be", "the", "case"]).count == 3)
    }

    @Test("Matches come longest first, each with its entries in file order")
    func longestFirst() throws {
        let trie = try Self.trie("may\tepistemic\tmay\nmay be\tepistemic\nmay\tnone\nmay be the case\tepistemic\nit may\tepistemic\n")
        let found = Self.matches(trie, ["May", "be", "the", "case", "that"])
        #expect(found.map(\.end) == [4, 2, 1])
        #expect(found.map(\.entries) == [["epistemic/always"], ["epistemic/always"], ["epistemic/may", "none/always"]])
        #expect(Self.matches(trie, ["may", "be", "the"]).map(\.end) == [2, 1])
        #expect(Self.matches(trie, ["it", "may"], from: 1).map(\.end) == [2])
        #expect(Self.matches(trie, ["it", "might"]).isEmpty && Self.matches(trie, ["be"]).isEmpty)
        #expect(trie.phraseCount == 5)
    }

    @Test("A node with many children finds each of them")
    func wideNode() throws {
        let words = (0..<300).map { "word\($0)" }
        let trie = try Self.trie(words.map { "some \($0)\tvague_quantifier\n" }.joined())
        for word in words {
            #expect(Self.matches(trie, ["some", word, "said"]).map(\.end) == [2], "\(word)")
        }
        #expect(Self.matches(trie, ["some", "word300"]).isEmpty && Self.matches(trie, ["some"]).isEmpty)
    }

    @Test("Lines inserted later extend the trie")
    func insertAgain() throws {
        var trie = try Self.trie("reportedly\tunverified\n")
        trie.insert(try CueLine.parse("reportedly\tbooster\nreported to be\tunverified\n", source: "more"))
        #expect(Self.matches(trie, ["reportedly"]).map(\.entries) == [["unverified/always", "booster/always"]])
        #expect(Self.matches(trie, ["reported", "to", "be"]).map(\.end) == [3])
    }
}
