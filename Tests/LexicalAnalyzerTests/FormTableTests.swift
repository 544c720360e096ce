import Testing
@testable import LexicalAnalyzer

/// `FormTable` gives each key the id it was first given, and forgets every key when reset.
struct FormTableTests {
    @Test func idsAndResets() {
        var generator = SystemRandomNumberGenerator()
        var table = FormTable()
        for round in 0..<50 {
            let count = Int.random(in: 0...(round % 5 == 0 ? 3000 : 60), using: &generator)
            let keys = (0..<max(1, count / 2)).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            table.reset(maximumCount: count)
            #expect(table.capacity >= min(count, FormTable.upfrontLimit) * 2)
            var reference: [UInt64: Int32] = [:]
            for _ in 0..<count {
                let key = keys.randomElement(using: &generator)!
                let found = table.id(of: key, orInsert: Int32(reference.count))
                #expect(found == reference[key])
                if reference[key] == nil { reference[key] = Int32(reference.count) }
            }
        }
    }

    @Test func growsPastTheUpfrontRoomAndKeepsIds() {
        var generator = SystemRandomNumberGenerator()
        var table = FormTable()
        for count in [10, 3 * FormTable.upfrontLimit, 50] {
            table.reset(maximumCount: count)
            let keys = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            for (index, key) in keys.enumerated() { #expect(table.id(of: key, orInsert: Int32(index)) == nil) }
            var wrong = 0
            for (index, key) in keys.enumerated() where table.id(of: key, orInsert: -1) != Int32(index) { wrong += 1 }
            #expect(wrong == 0)
            #expect(table.capacity >= count * 2)
        }
    }
}
