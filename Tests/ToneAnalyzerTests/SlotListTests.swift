import Testing
@testable import ToneAnalyzer

/// `SlotList` reads as an array of what was appended since it was last emptied.
struct SlotListTests {
    @Test func actsAsTheArrayOfItsAppends() {
        var storage = [Int](repeating: -1, count: 8)
        storage.withUnsafeMutableBufferPointer { slots in
            var list = SlotList(slots)
            #expect(list.isEmpty && Array(list) == [])
            for value in [3, 1, 4] { list.append(value) }
            #expect(list.count == 3 && Array(list) == [3, 1, 4])
            list[1] = 9
            #expect(Array(list) == [3, 9, 4] && list.last == 4 && list.indices == 0..<3)
            list.removeAll()
            #expect(list.isEmpty)
            for value in 0..<8 { list.append(value) }
            #expect(Array(list) == Array(0..<8))
        }
        #expect(storage == Array(0..<8))
    }
}
