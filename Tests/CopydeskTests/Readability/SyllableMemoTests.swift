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

    /// Property: `counts` gives the counter's syllables and the calculator's letters, for word,
    /// number and ideographic tokens, repeats included.
    @Test func countsAgreeWithTheCounterAndTheLetterRule() {
        let counter = EnglishSyllableCounter()
        var memo = SyllableMemo(counter: counter, expectedWords: 1)
        let text = "Naïve café owners didn’t say 1990s. NATO and CNN agreed, twice: NATO and CNN 2024"
        var copy = text
        let tokens = try! Segmenter(language: .english).segment(text).tokens.filter { $0.kind.isWordLike }
        copy.withUTF8 { bytes in
            for token in tokens + tokens {
                let word = UnsafeBufferPointer(rebasing: bytes[token.range.offsets])
                let expectedSyllables = token.kind == .word ? counter.syllables(inWord: word) : token.kind == .number ? 1 : 0
                let counts = memo.counts(bytes, token)
                #expect(counts.syllables == expectedSyllables)
                #expect(counts.letters == ReadabilityCalculator.letterCount(word))
            }
        }
    }

    /// Property: a remembered word of three or more syllables has the calculator's complex
    /// spelling; other tokens have none.
    @Test func complexSpellingAgreesWithTheCalculator() {
        let counter = EnglishSyllableCounter()
        var memo = SyllableMemo(counter: counter, expectedWords: 1)
        let text = "Officials reported interesting developments; governments considered, appreciated and televised it 1990s."
        var copy = text
        let tokens = try! Segmenter(language: .english).segment(text).tokens.filter { $0.kind.isWordLike }
        var complexWords = 0
        copy.withUTF8 { bytes in
            for token in tokens + tokens {
                let word = UnsafeBufferPointer(rebasing: bytes[token.range.offsets])
                let counts = memo.counts(bytes, token)
                let expected = token.kind == .word && counts.syllables >= 3 && ReadabilityCalculator.isComplexSpelling(word, counter: counter)
                #expect(counts.isComplexSpelling == expected)
                if expected { complexWords += 1 }
            }
        }
        #expect(complexWords > 0)
    }

    /// Past `limit` spellings the memo starts over and still answers right.
    @Test func startsOverPastTheLimit() {
        let counter = EnglishSyllableCounter()
        var memo = SyllableMemo(counter: counter, expectedWords: 8)
        let words = ["budget", "council", "naïve", "XKCD"]
        var mismatches = 0
        for index in 0..<(SyllableMemo.limit + 10) {
            let word = words[index % words.count] + String(repeating: "a", count: index % 7) + "z\(index)"
            if count(&memo, word) != counter.syllables(in: word) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        for word in words { #expect(count(&memo, word) == counter.syllables(in: word)) }
    }

    /// Copies of a memo share their slots until one counts a new word; then each answers from
    /// slots of its own, through growth and start-over alike.
    @Test func copiesStayIndependent() {
        let counter = EnglishSyllableCounter()
        var memo = SyllableMemo(counter: counter, expectedWords: 2)
        for word in ["budget", "council"] { _ = count(&memo, word) }
        var copy = memo
        var mismatches = 0
        for index in 0..<300 {
            let word = "naïve" + String(repeating: "e", count: index % 5) + "q\(index)"
            if count(&copy, word) != counter.syllables(in: word) { mismatches += 1 }
            if index % 3 == 0, count(&memo, "XKCD\(index)") != counter.syllables(in: "XKCD\(index)") { mismatches += 1 }
        }
        #expect(mismatches == 0)
        for word in ["budget", "council", "XKCD", "interesting"] {
            #expect(count(&memo, word) == counter.syllables(in: word))
            #expect(count(&copy, word) == counter.syllables(in: word))
        }
    }

    @Test func withoutACounterEverythingIsZero() {
        var memo = SyllableMemo(counter: nil, expectedWords: 1)
        #expect(count(&memo, "budget") == 0)
    }

    /// Property: the key read with one masked load past the word equals the byte-by-byte key.
    @Test func keyReadPastTheEndEqualsTheKey() {
        var text = "a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi naïve 0123456789abcdef ........"
        text.withUTF8 { bytes in
            for start in 0..<bytes.count {
                for end in start...(start + 20) where end + 8 <= bytes.count {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    #expect(SyllableMemo.key(word, canReadPastEnd: true) == SyllableMemo.key(word))
                }
            }
        }
    }

    /// Property: a word token's key (one masked load for one to seven bytes) equals the key of its bytes.
    @Test func tokenKeysAreTheKeysOfTheirBytes() {
        var memo = SyllableMemo(counter: EnglishSyllableCounter(), expectedWords: 1)
        var text = "a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi naïve NATO’s 0123456789abcdef ....."
        text.withUTF8 { bytes in
            for start in 0..<bytes.count {
                for end in start...min(start + 20, bytes.count) {
                    let token = Token(range: TextRange(start: start, end: end), kind: .word)
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    #expect(memo.key(bytes, token) == SyllableMemo.key(word))
                }
            }
        }
    }
}
