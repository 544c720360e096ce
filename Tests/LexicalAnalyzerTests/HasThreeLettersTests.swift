import Copydesk
import Testing
@testable import LexicalAnalyzer

/// `hasThreeLetters(_:in:)` counts alphabetic scalars, not bytes; its inlined ASCII check and the
/// full count agree.
struct HasThreeLettersTests {
    @Test func countsLettersNotBytes() {
        let cases: [(String, Bool)] = [
            ("abc", true), ("Budget", true), ("U.S", false), ("ça", false), ("été", true), ("ab1", false),
            ("a.b.c", true), ("1abc", true), ("12a", false), ("x", false), ("東京都", true), ("O’N", false), ("O’Ne", true),
        ]
        for (word, expected) in cases {
            var text = "  " + word + "."
            let range = TextRange(start: 2, end: 2 + word.utf8.count)
            text.withUTF8 { bytes in
                #expect(LexicalAnalyzer.hasThreeLetters(range, in: bytes) == expected, "\(word)")
                #expect(range.length < 3 || LexicalAnalyzer.countsThreeLetters(range, in: bytes) == expected, "\(word)")
            }
        }
    }
}
