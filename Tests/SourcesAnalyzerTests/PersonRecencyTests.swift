import Testing
@testable import SourcesAnalyzer

/// `PersonRecency` answers as the plain list it replaces: an array of sources, most recent last,
/// moved by `removeAll` + `append`, trimmed by `removeFirst`, with a pronoun per source.
@Suite struct PersonRecencyTests {
    /// The reference: what `SourceRegistry` kept before.
    private struct PlainList {
        var people: [Int] = []
        var genders: [UInt8] = []
        mutating func moveToEnd(_ s: Int) { people.removeAll { $0 == s }; people.append(s) }
        func last(withoutGenderOr g: UInt8) -> Int? { people.last { genders[$0] == 0 || genders[$0] == g } }
        func others(_ g: UInt8) -> Set<Int> { Set(people.filter { genders[$0] != 0 && genders[$0] != g }) }
    }

    @Test func matchesThePlainList() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var fast = PersonRecency(), plain = PlainList()
            let sources = 3 + round % 17
            for _ in 0..<sources { fast.addSource(); plain.genders.append(0) }
            for _ in 0..<3_000 {
                let s = Int.random(in: 0..<sources, using: &generator)
                let g = UInt8.random(in: 0...3, using: &generator)
                switch Int.random(in: 0..<6, using: &generator) {
                case 0, 1:
                    fast.moveToEnd(s); plain.moveToEnd(s)
                case 2:
                    fast.setGender(g, of: s); plain.genders[s] = g
                case 3:
                    if plain.people.count > sources / 2 { fast.removeOldest(); plain.people.removeFirst() }
                    // Now and then, start over as for a new document (the storage is kept).
                    if Int.random(in: 0..<50, using: &generator) == 0 {
                        fast.removeAll(); plain = PlainList()
                        for _ in 0..<sources { fast.addSource(); plain.genders.append(0) }
                    }
                case 4:
                    #expect(fast.last() == plain.people.last)
                default:
                    #expect(fast.last(withoutGenderOr: g) == plain.last(withoutGenderOr: g))
                    #expect(fast.hasPerson(withGenderOtherThan: g) == !plain.others(g).isEmpty)
                    #expect(Set(fast.persons(withGenderOtherThan: g)) == plain.others(g))
                }
                #expect(fast.count == plain.people.count)
                #expect(fast.contains(s) == plain.people.contains(s))
                #expect(fast.gender(of: s) == plain.genders[s])
            }
        }
    }

    @Test func manyPersonsStayCheap() {
        var recency = PersonRecency()
        for s in 0..<20_000 {
            recency.addSource()
            recency.moveToEnd(s)
            recency.setGender(2, of: s)
            #expect(recency.last(withoutGenderOr: 1) == nil)
            #expect(recency.last(withoutGenderOr: 2) == s)
        }
        #expect(recency.count == 20_000)
    }
}
