import Testing
@testable import Copydesk

/// Lists are read from their bytes; these check the readings against splitting the text into
/// Characters and trimming them, which is what a list's format means.
@Suite("Word lists")
struct WordListTests {
    /// The entries as a reading of Characters gives them.
    static func byCharacters(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map(String.init)
    }

    @Test("Entries read from bytes are those of Characters, line breaks and white space of every kind")
    func entriesMatchCharacters() {
        let texts = [
            "# comment\nthe\n  of \t\n\nand\r\nor\rnot\n",
            "été\n\u{A0}über\u{A0}\n \u{301}accent\nword \u{301}\n#\u{301}not a comment\n\u{2003}#comment\n",
            "\u{0600} x\nx\u{0600} \n\u{0600}\ntab\tnote \n \u{85}\n\u{3000}\u{3000}\n",
            "\n\n\r\n#\n#only\n\u{B}\u{C}word\u{C}\n",
        ]
        for text in texts {
            #expect(WordList.parse(text) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test("First fields are those of fields(_:), stop words included")
    func firstFields() {
        for code in ["en", "de", "fr", "es", "it", "pt", "nl", "ru"] {
            let path = "stopwords/\(code).txt"
            let expected = WordList.entries(path).map { String(WordList.fields($0)[0]) }
            #expect(WordList.firstFields(path) == expected, "\(code)")
            #expect(StopWords.spellings(code) == expected)
            var hashed: [UInt64] = []
            StopWords.forEachSpelling(code) { hashed.append(TermHash.hash($0)) }
            #expect(hashed == expected.map { TermHash.hash($0) })
        }
        #expect(WordList.firstFields("no/such/list.txt").isEmpty)
    }
}
