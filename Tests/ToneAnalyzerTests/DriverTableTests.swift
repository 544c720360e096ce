import Copydesk
import Testing
@testable import ToneAnalyzer

/// `DriverTable` gives the totals, and the key order, of a fresh `TermTable<DriverTotal>` fed the
/// same updates — also when reused for document after document.
struct DriverTableTests {
    static func reference(_ updates: [(UInt64, Double)]) -> [(UInt64, Double, Int)] {
        var table = TermTable<DriverTotal>()
        for (key, value) in updates {
            var total = table[key] ?? DriverTotal()
            total.sum += value
            total.count += 1
            table[key] = total
        }
        return table.entries.map { ($0.key, $0.value.sum, $0.value.count) }
    }

    static func contents(_ table: DriverTable) -> [(UInt64, Double, Int)] {
        var result: [(UInt64, Double, Int)] = []
        table.forEach { key, total in result.append((key, total.sum, total.count)) }
        return result
    }

    @Test func matchesTermTableOrderWhenReused() {
        var generator = SystemRandomNumberGenerator()
        var table = DriverTable()
        for _ in 0..<200 {
            let keyCount = Int.random(in: 0...80, using: &generator)
            let keys = (0..<keyCount).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            let updates = keys.isEmpty ? [] : (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                (keys.randomElement(using: &generator)!, Double(Int.random(in: -4...4, using: &generator)) / 2)
            }
            table.removeAll()
            for (key, value) in updates { table.add(value, to: key) }
            let expected = Self.reference(updates)
            let found = Self.contents(table)
            #expect(found.count == expected.count)
            #expect(table.count == expected.count)
            #expect(zip(found, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 })
        }
    }

    @Test func emptyTableVisitsNothing() {
        var table = DriverTable()
        #expect(Self.contents(table).isEmpty)
        table.add(1, to: 42)
        table.removeAll()
        #expect(Self.contents(table).isEmpty)
        #expect(table.count == 0)
    }
}
