import Testing
@testable import Copydesk

struct StopWordVotesTests {
    @Test func countsOneVotePerListBit() {
        var votes = StopWordVotes()
        votes.add(0b0000_0101)
        votes.add(0b0000_0100)
        votes.add(0b0100_0000)
        #expect(votes[0] == 1)
        #expect(votes[1] == 0)
        #expect(votes[2] == 2)
        #expect(votes[6] == 1)
        #expect(votes.best == 2)
    }

    /// Property: `add` counts each set bit once, for every mask (all eight lists included).
    @Test func everyMaskAddsOneVotePerSetBit() {
        var votes = StopWordVotes()
        var expected = [Int](repeating: 0, count: 8)
        for mask in 0...255 {
            votes.add(UInt8(mask))
            for bit in 0..<8 where mask & (1 << bit) != 0 { expected[bit] += 1 }
        }
        #expect((0..<8).map { votes[$0] } == expected)
        #expect(expected.allSatisfy { $0 == 128 })
    }

    @Test func bestIsTheFirstOnATieAndNilWithoutVotes() {
        var votes = StopWordVotes()
        #expect(votes.best == nil)
        votes.add(0b0001_0010)
        #expect(votes.best == 1)
    }
}
