import Testing
@testable import Copydesk

struct TokenBufferTests {
    private func token(_ index: Int) -> Token {
        Token(range: TextRange(start: index * 2, end: index * 2 + 1), kind: index % 2 == 0 ? .word : .punctuation,
              flags: index % 3 == 0 ? .capitalized : [])
    }

    private func hash(_ index: Int) -> UInt64 { UInt64(index) &* 0x9E37_79B9_7F4A_7C15 }

    private func write(_ range: Range<Int>, to buffer: TokenBuffer) {
        buffer.reserve(range.count)
        for index in range {
            (buffer.base + buffer.count).initialize(to: token(index))
            (buffer.hashes + buffer.count).initialize(to: hash(index))
            buffer.count += 1
        }
    }

    @Test func growsKeepingTheTokensWritten() {
        let buffer = TokenBuffer(capacity: 4)
        write(0..<3, to: buffer)
        write(3..<100, to: buffer)   // grows past twice the capacity at once
        write(100..<101, to: buffer)
        #expect(buffer.capacity >= 101)
        #expect(buffer.makeArray() == (0..<101).map(token))
        #expect(buffer.makeHashArray() == (0..<101).map(hash))
    }

    @Test func removeAllKeepsTheRoomOfAnOrdinaryDocument() {
        let buffer = TokenBuffer()
        write(0..<2000, to: buffer)
        let capacity = buffer.capacity
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.capacity == capacity)
        #expect(buffer.makeArray().isEmpty)
        write(0..<5, to: buffer)
        #expect(buffer.makeArray() == (0..<5).map(token))
    }

    @Test func removeAllFreesTheRoomOfAHugeDocument() {
        let buffer = TokenBuffer()
        buffer.reserve(TokenBuffer.retainedCapacityLimit + 1)
        #expect(buffer.capacity > TokenBuffer.retainedCapacityLimit)
        buffer.removeAll()
        #expect(buffer.capacity == TokenBuffer.initialCapacity)
    }

    /// The array holds exactly the buffer's tokens, and stays valid when the buffer is reused.
    @Test func makeArrayCopiesTheTokens() {
        let buffer = TokenBuffer()
        write(0..<10, to: buffer)
        let first = buffer.makeArray()
        buffer.removeAll()
        write(20..<25, to: buffer)
        #expect(first == (0..<10).map(token))
        #expect(buffer.makeArray() == (20..<25).map(token))
        #expect(buffer.makeHashArray() == (20..<25).map(hash))
        buffer.removeAll()
        #expect(buffer.makeHashArray().isEmpty)
    }
}
