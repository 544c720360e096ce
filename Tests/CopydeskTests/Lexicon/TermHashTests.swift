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

    /// Property: the inlined hash equals `hash` for ASCII, non-ASCII and mixed words.
    @Test func inlinedHashEqualsTheHash() {
        for word in ["", "a", "The", "COOKIES", "don't", "don’t", "café", "ÉCOLE", "naïve", "東京", "x-ray", "İstanbul", "KELVIN\u{212A}"] {
            var copy = word
            copy.withUTF8 { #expect(TermHash.hashInlined($0) == TermHash.hash($0), "\(word)") }
        }
    }
}
