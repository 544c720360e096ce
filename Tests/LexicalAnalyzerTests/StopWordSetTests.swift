import Copydesk
import Testing
@testable import LexicalAnalyzer

/// `StopWordSet` holds exactly its keys, as a `Set` (or the `TermSet` it was built from) does.
struct StopWordSetTests {
    @Test func holdsExactlyItsKeys() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 17, 243, 1000] {
            let keys = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            let set = StopWordSet(keys: keys + keys.prefix(3))      // duplicates allowed
            for key in keys { #expect(set.contains(key)) }
            let members = Set(keys)
            for _ in 0..<2000 {
                let key = UInt64.random(in: 0...UInt64.max, using: &generator)
                #expect(set.contains(key) == members.contains(key))
            }
            #expect(!set.contains(0) || members.contains(0))
        }
    }

    @Test func agreesWithTheLanguagesLists() {
        let words = ["the", "The", "OF", "and", "budget", "harbor", "don’t", "don't", "whom", "rain", "", "le", "der", "el"]
        for language in [Language.english, .undetermined, .german, .french, .spanish, .japanese] {
            let list = StopWords.forLanguage(language)
            let set = StopWordSet.forLanguage(language)
            for (key, _) in list.entries { #expect(set.contains(key)) }
            for word in words { #expect(set.contains(TermHash.hash(word)) == list.contains(TermHash.hash(word)), "\(language) \(word)") }
        }
    }
}
