import Testing
@testable import Copydesk

struct SyllableMemoTests {
    /// Property: a token's key, read in one load when it is short, is `SyllableMemo.key` of its bytes.
    @Test func tokenKeysAreTheKeysOfTheirBytes() {
        var text = "a an the cable NATO’s well-known extraordinary I x Supercalifragilistic end"
        var memo = SyllableMemo(counter: SyllableCounters.english, expectedWords: 16)
        text.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                let token = Token(range: TextRange(start: start, end: end), kind: .word)
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                #expect(memo.key(bytes, token) == SyllableMemo.key(word), "\(String(decoding: word, as: UTF8.self))")
                start = end + 1
            }
        }
    }

    /// Spellings that differ only in case are remembered apart ("CNN" is spelled out).
    @Test func caseIsKeptApart() throws {
        let counter = SyllableCounters.english
        var memo = SyllableMemo(counter: counter, expectedWords: 16)
        for word in ["CNN", "cnn", "Cnn", "CNN's", "cnn's", "US", "us", "BBC", "bbc"] {
            var copy = word
            copy.withUTF8 { bytes in
                #expect(memo.syllables(inWord: bytes) == counter.syllables(inWord: bytes), "\(word)")
            }
        }
    }
}
