import Testing
@testable import Copydesk

struct TermTableTests {
    @Test func storesLooksUpAndReplaces() {
        var table = TermTable([(1, "a"), (2, "b"), (1, "c")])
        #expect(table.count == 2)
        #expect(table[1] == "c")
        #expect(table[2] == "b")
        #expect(table[3] == nil)
        #expect(!table.contains(3))
        table[3] = "d"
        #expect(table[3] == "d")
        #expect(table.count == 3)
    }

    @Test func defaultSubscriptUpdatesInPlace() {
        var counts = TermTable<Int>()
        for key: UInt64 in [5, 7, 5, 5] { counts[key, default: 0] += 1 }
        #expect(counts[5] == 3)
        #expect(counts[7] == 1)
        #expect(counts[9, default: 0] == 0)
        #expect(!counts.contains(9))  // reading with a default does not insert
    }

    /// Property: against `Dictionary`, through many growths, with colliding low bits.
    @Test func agreesWithDictionaryThroughGrowth() {
        var table = TermTable<Int>()
        var reference: [UInt64: Int] = [:]
        var state: UInt64 = 42
        for step in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = step % 3 == 0 ? (state >> 40) << 20 : state >> 50  // shared low bits, small keys, zero
            table[key, default: 0] += step
            reference[key, default: 0] += step
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        #expect(table.entries.count == reference.count)
        #expect(Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, $0.value) }) == reference)
    }

    @Test func iterationOrderDependsOnlyOnTheKeys() {
        let keys: [UInt64] = [99, 3, 1 << 40, 17, 5]
        let a = TermTable(keys.map { ($0, true) })
        var b = TermSet()
        for key in keys { b.insert(key) }
        #expect(a.entries.map(\.key) == b.entries.map(\.key))
    }
}
