import Testing
@testable import SourcesAnalyzer

/// `removeAllKeepingCapacity()` empties short and long arrays, keeps their storage, and leaves a
/// shared array's other copies alone.
@Suite struct ArrayEmptyingTests {
    @Test func emptiesAndKeepsCapacity() {
        for count in [0, 1, 2, [Int].elementByElementLimit, [Int].elementByElementLimit + 1, 1_000] {
            var numbers = Array(0..<count)
            numbers.reserveCapacity(count + 8)
            let capacity = numbers.capacity
            numbers.removeAllKeepingCapacity()
            #expect(numbers.isEmpty)
            #expect(numbers.capacity == capacity)
            var words = (0..<count).map { "word \($0) of a string too long to be stored inline" }
            let copy = words
            words.removeAllKeepingCapacity()
            #expect(words.isEmpty)
            #expect(copy.count == count)
            #expect(copy.last == (count > 0 ? "word \(count - 1) of a string too long to be stored inline" : nil))
        }
    }
}
