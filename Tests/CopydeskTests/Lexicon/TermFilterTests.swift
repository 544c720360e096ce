import Testing
@testable import Copydesk

@Suite("Term filter")
struct TermFilterTests {
    @Test("Every inserted key may be present; most others are certainly absent")
    func membership() {
        var filter = TermFilter()
        let inserted = (0..<2_000).map { TermHash.hash("word\($0)") }
        for key in inserted { filter.insert(key) }
        #expect(inserted.allSatisfy { filter.mayContain($0) })
        let others = (0..<10_000).map { TermHash.hash("other\($0)") }
        let falsePositives = others.count { filter.mayContain($0) }
        #expect(falsePositives < others.count / 20)
    }

    @Test("An empty filter contains nothing")
    func empty() {
        let filter = TermFilter()
        #expect(!filter.mayContain(TermHash.hash("the")))
        #expect(!filter.mayContain(0))
    }

    @Test("A filter of word pairs keyed by pairKey turns away most other pairs, the reversed ones too")
    func pairs() {
        let words = (0..<200).map { TermHash.hash("word\($0)") }
        var filter = TermFilter()
        // 2,000 pairs: each word followed by the next ten.
        let pairs = (0..<200).flatMap { first in (1...10).map { (words[first], words[(first + $0) % 200]) } }
        for (first, second) in pairs { filter.insert(TermFilter.pairKey(first, second)) }
        #expect(pairs.allSatisfy { filter.mayContain(TermFilter.pairKey($0.0, $0.1)) })
        let reversed = pairs.count { filter.mayContain(TermFilter.pairKey($0.1, $0.0)) }
        #expect(reversed < pairs.count / 20)
        let common = TermHash.hash("the")
        let others = words.count { filter.mayContain(TermFilter.pairKey(common, $0)) }
        #expect(others < words.count / 20)
    }
}
