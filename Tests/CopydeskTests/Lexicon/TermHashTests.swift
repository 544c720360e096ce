import Testing
@testable import Copydesk

struct TermHashTests {
    @Test func foldsCaseAndApostrophes() {
        #expect(TermHash.hash("Don’t") == TermHash.hash("don't"))
        #expect(TermHash.hash("ÉCOLE") == TermHash.hash("école"))
        #expect(TermHash.hash("ЖУРНАЛ") == TermHash.hash("журнал"))
        #expect(TermHash.hash("Straße") == TermHash.hash("straße"))
        #expect(TermHash.hash("said") != TermHash.hash("says"))
    }

    @Test func emptyIsTheBasis() {
        #expect(TermHash.hash("") == TermHash.empty)
    }
}
