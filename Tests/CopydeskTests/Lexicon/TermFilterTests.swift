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
}
