import Testing
@testable import Copydesk

/// `ReusableTermTable` behaves as a fresh `TermTable` per use — the same values and the same
/// key order — while it is emptied and refilled in place.
struct ReusableTermTableTests {
    static func contents<Value>(_ table: ReusableTermTable<Value>) -> [(UInt64, Value)] {
        var result: [(UInt64, Value)] = []
        table.forEach { key, value in result.append((key, value)) }
        return result
    }

    @Test func matchesAFreshTermTableWhenReused() {
        var generator = SystemRandomNumberGenerator()
        var table = ReusableTermTable<Int>(placeholder: -1)
        for round in 0..<300 {
            let keyCount = Int.random(in: 0...(round % 10 == 0 ? 2000 : 60), using: &generator)
            let expected = Int.random(in: 0...100, using: &generator)
            // Small keys collide in the home slots; random ones spread.
            let keys = (0..<keyCount).map { _ in
                round % 2 == 0 ? UInt64.random(in: 0...UInt64.max, using: &generator) : UInt64.random(in: 0...64, using: &generator)
            }
            var reference = TermTable<Int>(minimumCapacity: expected)
            table.removeAll(expectingCount: expected)
            for _ in 0..<(keys.isEmpty ? 0 : keyCount * 3) {
                let key = keys.randomElement(using: &generator)!
                reference[key, default: 0] += 1
                table[key, default: 0] += 1
            }
            let found = Self.contents(table)
            let wanted = reference.entries
            #expect(table.count == reference.count)
            #expect(found.map(\.0) == wanted.map(\.key), "round \(round): key order")
            #expect(found.map(\.1) == wanted.map(\.value), "round \(round): values")
            for (key, value) in wanted { #expect(table[key] == value) }
        }
    }

    @Test func interningKeepsTheFirstValue() {
        var table = ReusableTermTable<Int32>(placeholder: 0)
        for round in 0..<3 {
            table.removeAll(expectingCount: round * 10)
            #expect(table.value(for: 42, insertingIfAbsent: 7) == nil)
            #expect(table.value(for: 42, insertingIfAbsent: 8) == 7)
            #expect(table.value(for: 43, insertingIfAbsent: 9) == nil)
            #expect(table[43] == 9)
            #expect(table.count == 2)
        }
    }

    @Test func growsPastItsExpectedRoomAndKeepsValues() {
        var generator = SystemRandomNumberGenerator()
        var table = ReusableTermTable<Int32>(placeholder: -1)
        for count in [10, 200_000, 50, 0] {
            table.removeAll(expectingCount: min(count, 1000))
            let keys = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            for (index, key) in keys.enumerated() { #expect(table.value(for: key, insertingIfAbsent: Int32(index)) == nil) }
            var wrong = 0
            for (index, key) in keys.enumerated() where table[key] != Int32(index) { wrong += 1 }
            #expect(wrong == 0)
            #expect(table.count == count)
            #expect(table.capacity >= count * 2)
        }
    }

    @Test func emptyTablesHoldNothing() {
        var table = ReusableTermTable<Int>(placeholder: 0)
        #expect(table.isEmpty)
        #expect(table[0] == nil)
        #expect(Self.contents(table).isEmpty)
        table[0, default: 5] += 1
        #expect(table[0] == 6)
        table.removeAll()
        #expect(table.isEmpty)
        #expect(table[0] == nil)
        #expect(Self.contents(table).isEmpty)
        // A large expectation with no insertion allocates nothing and still reads as empty.
        table.removeAll(expectingCount: 1 << 20)
        #expect(table[99] == nil)
        #expect(table.capacity < 1 << 20)
    }

    @Test func stampWrapEmptiesEverySlot() {
        var table = ReusableTermTable<Int>(placeholder: 0)
        table[1, default: 0] = 10
        table[2, default: 0] = 20
        table.stamp = .max
        table.removeAll()
        #expect(table[1] == nil)
        #expect(table[2] == nil)
        #expect(Self.contents(table).isEmpty)
        table[2, default: 0] += 3
        #expect(table[2] == 3)
        #expect(table.count == 1)
    }
}
