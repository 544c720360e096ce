import Testing
@testable import Copydesk

struct ScalarTraitTableTests {
    /// Threads that reach the same new blocks at once all get the computed answers: the block
    /// one of them published, whichever it was. (Blocks of the Yi, Vai and Cherokee
    /// supplement ranges, which no other test reads first.)
    @Test func concurrentFirstLookupsAgree() async {
        let values = Array(UInt32(0xA000)..<0xA700) + Array(UInt32(0xAB70)..<0xABC0)
        let expected = values.map { ScalarTraits.computed(Unicode.Scalar($0)!).rawValue }
        let results = await withTaskGroup(of: [UInt8].self) { group in
            for task in 0..<8 {
                group.addTask {
                    // Each task walks the values from a different start, so first lookups interleave.
                    let start = task * values.count / 8
                    var answers = [UInt8](repeating: 0, count: values.count)
                    for step in 0..<values.count {
                        let index = (start + step) % values.count
                        answers[index] = ScalarTraitTable.traits(of: values[index])
                    }
                    return answers
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        for answers in results { #expect(answers == expected) }
    }

    @Test func surrogateCodePointsAreInvisible() {
        #expect(ScalarTraitTable.traits(of: 0xD800) == ScalarTraits.invisible.rawValue)
        #expect(ScalarTraitTable.traits(of: 0xDFFF) == ScalarTraits.invisible.rawValue)
    }
}
