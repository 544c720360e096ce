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

    /// A pair key depends on both words and their order, and a filter of pair keys keeps every
    /// pair it was given while turning most others away.
    @Test func pairKeysAreOrderedAndSpread() {
        let words = (0..<400).map { TermHash.hash("word\($0)") }
        #expect(TermHash.pair(words[0], words[1]) != TermHash.pair(words[1], words[0]))
        #expect(TermHash.pair(words[0], words[1]) != TermHash.pair(words[0], words[2]))
        var filter = TermFilter()
        for index in 0..<200 { filter.insert(TermHash.pair(words[index], words[index + 1])) }
        for index in 0..<200 { #expect(filter.mayContain(TermHash.pair(words[index], words[index + 1]))) }
        var passed = 0
        for index in 200..<399 where filter.mayContain(TermHash.pair(words[index + 1], words[index])) { passed += 1 }
        #expect(passed < 20)
    }
}
