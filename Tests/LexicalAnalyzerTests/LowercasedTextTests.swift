import Copydesk
import Testing
@testable import LexicalAnalyzer

/// `lowercasedText(of:in:)` writes what `String.lowercased()` gives, ASCII or not.
struct LowercasedTextTests {
    @Test func matchesLowercased() {
        for word in ["Budget", "NASA", "iPhone", "e-mail", "x", "Already lower", "ÉCOLE", "Straße", "İstanbul", "ΣΟΦΙΑ", "東京", "O’Neill", "A1-B2_C3"] {
            var text = "  " + word + "."
            let found = text.withUTF8 { bytes in
                LexicalAnalyzer.lowercasedText(of: TextRange(start: 2, end: 2 + word.utf8.count), in: bytes)
            }
            #expect(found == word.lowercased(), "\(word)")
        }
    }
}
