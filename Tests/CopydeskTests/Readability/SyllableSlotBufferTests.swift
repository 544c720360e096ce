import Testing
@testable import Copydesk

struct SyllableSlotBufferTests {
    @Test func holdsCountCopiesOfTheElement() {
        let buffer = SyllableSlotBuffer(repeating: UInt64(7), count: 5)
        #expect(buffer.count == 5)
        #expect(Array(UnsafeBufferPointer(start: buffer.base, count: buffer.count)) == [7, 7, 7, 7, 7])
    }

    /// A copy holds the same elements in memory of its own: writing one leaves the other alone.
    @Test func copyIsIndependent() {
        let original = SyllableSlotBuffer(repeating: UInt32(0), count: 4)
        for index in 0..<4 { original.base[index] = UInt32(index + 1) }
        let copy = SyllableSlotBuffer(copying: original)
        #expect(copy.base != original.base)
        #expect(Array(UnsafeBufferPointer(start: copy.base, count: copy.count)) == [1, 2, 3, 4])
        copy.base[0] = 99
        #expect(original.base[0] == 1)
    }
}
