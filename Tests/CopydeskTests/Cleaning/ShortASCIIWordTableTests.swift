import Testing
@testable import Copydesk

struct ShortASCIIWordTableTests {
    @Test func findsItsWordsByFoldedSpellingOnly() throws {
        let words = ["the", "of", "photo", "don't", "2024", "a", "policies"]
        let entries = try words.enumerated().map { index, word in
            ShortASCIIWordTable.Entry(prefix: try #require(ShortASCIIWordTable.prefix(of: word)), hash: UInt64(index + 1),
                                      classes: CleanerLexicon.Classes(rawValue: UInt16(index + 1)))
        }
        let table = ShortASCIIWordTable(entries)
        for (index, word) in words.enumerated() {
            for spelling in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                let entry = table.entry(for: try #require(ShortASCIIWordTable.prefix(of: spelling)))
                #expect(entry?.hash == UInt64(index + 1), "\(spelling)")
                #expect(entry?.classes.rawValue == UInt16(index + 1))
            }
        }
        for other in ["then", "o", "photos", "dont", "202", "an", "policie"] {
            #expect(table.entry(for: try #require(ShortASCIIWordTable.prefix(of: other))) == nil, "\(other)")
        }
        #expect(ShortASCIIWordTable.prefix(of: "") == nil)
        #expect(ShortASCIIWordTable.prefix(of: "newsletter") == nil)
        #expect(ShortASCIIWordTable([]).entry(for: 0x6568_74) == nil)
    }

    /// The prefix of a word read from a text, with other bytes after it, is its prefix alone.
    @Test func prefixOfAWordInATextIsItsOwn() {
        var text = "Photo: The OF"
        text.withUTF8 { bytes in
            #expect(ASCIIWordFilter.foldedPrefix(from: 0, to: 5, in: bytes) == ShortASCIIWordTable.prefix(of: "photo"))
            #expect(ASCIIWordFilter.foldedPrefix(from: 7, to: 10, in: bytes) == ShortASCIIWordTable.prefix(of: "the"))
            #expect(ASCIIWordFilter.foldedPrefix(from: 11, to: 13, in: bytes) == ShortASCIIWordTable.prefix(of: "of"))
        }
    }
}
