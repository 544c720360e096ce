import Testing
@testable import LexicalAnalyzer

/// `FormIndex` numbers keys 0, 1, 2… in order of first insertion, whatever its storage held
/// before and however often it grows.
struct FormIndexTests {
    /// The ids of `keys` inserted in order, through `id(for:)` or through inserters of `room` keys.
    static func ids(_ keys: [UInt64], into index: inout FormIndex, expecting expected: Int, room: Int?) -> [Int32] {
        index.removeAll(expectingCount: expected)
        guard let room else { return keys.map { index.id(for: $0).id } }
        var ids: [Int32] = []
        var start = 0
        while start < keys.count {
            let end = min(keys.count, start + room)
            index.withInserter(room: end - start) { inserter in
                for key in keys[start..<end] { ids.append(inserter.id(for: key).id) }
            }
            start = end
        }
        return ids
    }

    /// The ids the dictionary way.
    static func reference(_ keys: [UInt64]) -> [Int32] {
        var ids: [UInt64: Int32] = [:]
        return keys.map { key in
            if let id = ids[key] { return id }
            ids[key] = Int32(ids.count)
            return Int32(ids.count - 1)
        }
    }

    @Test func numbersKeysByFirstInsertion() {
        var generator = SystemRandomNumberGenerator()
        var index = FormIndex()
        for trial in 0..<60 {
            let vocabulary = (0..<Int.random(in: 1...400, using: &generator)).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            let keys = (0..<Int.random(in: 0...900, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            let expected = Self.reference(keys)
            // Room up front, too little room (the index grows), and inserters of a few keys each.
            for (expecting, room) in [(keys.count, nil), (trial % 7, nil), (keys.count, Int?(keys.count + 1)), (0, 5)] {
                #expect(Self.ids(keys, into: &index, expecting: expecting, room: room) == expected)
                #expect(index.count == Set(keys).count)
            }
        }
    }

    @Test func reportsWhetherAKeyIsNew() {
        var index = FormIndex()
        index.removeAll(expectingCount: 4)
        #expect(index.id(for: 42) == (0, true))
        #expect(index.id(for: 7) == (1, true))
        #expect(index.id(for: 42) == (0, false))
        index.removeAll()
        #expect(index.id(for: 7) == (0, true))
        #expect(index.count == 1)
    }

    /// The probe's one comparison: on past a current slot of another key only; a stale slot
    /// (any other stamp, however far from the current one) ends it, whatever key it holds.
    @Test func probesPastCurrentSlotsOfOtherKeysOnly() {
        let keys: [UInt64] = [0, 1, 42, 1 << 63, .max]
        for slotKey in keys {
            for key in keys {
                for slotStamp: UInt32 in [0, 1, 2, 0x8000_0000, .max] {
                    for stamp: UInt32 in [1, 2, .max] {
                        let slot = FormIndex.Slot(key: slotKey, id: 3, stamp: slotStamp)
                        #expect(FormIndex.Inserter.holdsOtherKey(slot, key: key, stamp: stamp) == (slotStamp == stamp && slotKey != key))
                    }
                }
            }
        }
    }

    /// A key left by earlier contents (a stale slot with the same key) is new again.
    @Test func aKeyOfEarlierContentsIsNew() {
        var index = FormIndex()
        index.removeAll(expectingCount: 4)
        #expect([9, 8, 9].map { index.id(for: $0).id } == [0, 1, 0])
        index.removeAll(expectingCount: 4)
        #expect(index.id(for: 8) == (0, true))
        #expect(index.id(for: 9) == (1, true))
        #expect(index.id(for: 8) == (0, false))
    }

    @Test func keepsItsStorageWhenEmptied() {
        var index = FormIndex()
        index.removeAll(expectingCount: 1000)
        for key in 1...UInt64(1000) { _ = index.id(for: key &* 0x9E37_79B9_7F4A_7C15) }
        let capacity = index.capacity
        #expect(capacity >= 2000)
        index.removeAll(expectingCount: 3)
        #expect(index.capacity == capacity)
        #expect(index.mask == 7)
        #expect([5, 6, 5].map { index.id(for: $0).id } == [0, 1, 0])
    }
}
