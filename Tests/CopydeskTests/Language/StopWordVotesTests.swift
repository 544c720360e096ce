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

    @Test func bestIsTheFirstOnATieAndNilWithoutVotes() {
        var votes = StopWordVotes()
        #expect(votes.best == nil)
        votes.add(0b0001_0010)
        #expect(votes.best == 1)
    }
}
