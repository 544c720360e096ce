import Testing
@testable import Copydesk

struct SyllableMemoTests {
    private func count(_ memo: inout SyllableMemo, _ word: String) -> Int {
        var copy = word
        return copy.withUTF8 { memo.syllables(inWord: $0) }
    }

    @Test func remembersBySpellingWithCase() {
        let counter = EnglishSyllableCounter()
        var memo = SyllableMemo(counter: counter, expectedWords: 4)
        // Capitals without a vowel are spelled out, so the case must be part of the key.
        #expect(count(&memo, "XKCD") == counter.syllables(in: "XKCD"))
        #expect(count(&memo, "xkcd") == counter.syllables(in: "xkcd"))
        #expect(count(&memo, "XKCD") != count(&memo, "xkcd"))
    }

    /// Property: the memo gives what the counter gives, asked in any order, repeats included.
    @Test func agreesWithTheCounter() {
        let counter = EnglishSyllableCounter()
        var memo = SyllableMemo(counter: counter, expectedWords: 1)
        let words = "The council's well-known budget didn't pass; NATO, CNN and the U.S. Senate voted. Naïve café owners said so."
            .split(whereSeparator: { $0 == " " }).map(String.init)
        for word in words + words.reversed() + words {
            #expect(count(&memo, word) == counter.syllables(in: word), "\(word)")
        }
    }

    @Test func withoutACounterEverythingIsZero() {
        var memo = SyllableMemo(counter: nil, expectedWords: 1)
        #expect(count(&memo, "budget") == 0)
    }
}
