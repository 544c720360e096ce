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

    /// After a huge document the room past its tokens is given back, the tokens kept; an
    /// ordinary buffer keeps its room.
    @Test func shrinkToFitKeepsTheTokensOfAHugeDocument() {
        let buffer = TokenBuffer()
        write(0..<TokenBuffer.retainedCapacityLimit, to: buffer)
        write(TokenBuffer.retainedCapacityLimit..<(TokenBuffer.retainedCapacityLimit + 3), to: buffer)   // doubles the room
        #expect(buffer.capacity > TokenBuffer.retainedCapacityLimit + 3)
        buffer.shrinkToFit()
        #expect(buffer.capacity == TokenBuffer.retainedCapacityLimit + 3)
        let tokens = buffer.makeArray(), hashes = buffer.makeHashArray()
        #expect(tokens.count == TokenBuffer.retainedCapacityLimit + 3 && hashes.count == tokens.count)
        #expect(tokens.first == token(0) && tokens.last == token(TokenBuffer.retainedCapacityLimit + 2))
        #expect(hashes.last == hash(TokenBuffer.retainedCapacityLimit + 2))
        #expect(tokens.indices.allSatisfy { tokens[$0] == token($0) })
        let ordinary = TokenBuffer()
        write(0..<10, to: ordinary)
        ordinary.shrinkToFit()
        #expect(ordinary.capacity == TokenBuffer.initialCapacity && ordinary.makeArray() == (0..<10).map(token))
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
