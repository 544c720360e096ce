import Testing
@testable import Copydesk

struct BlockScannerTests {
    private func features(_ text: String, _ language: Language = .english) -> BlockFeatures {
        var copy = text
        return copy.withUTF8 { bytes in
            let lexicon = CleanerLexicon.forLanguage(language)
            var scanner = BlockScanner(block: TextRange(start: 0, end: bytes.count), bytes: bytes, vocabulary: lexicon.vocabulary)
            return scanner.measure(lexicon: lexicon)
        }
    }

    @Test func countsWordsStopWordsAndSpaces() {
        let f = features("The mayor said the budget was fine. It passed 7-2.")
        #expect(f.words == 11)                // "7" and "2" are words too
        #expect(f.numbers == 2)
        #expect(f.letterWords == 9)
        #expect(f.capitalized == 2)
        #expect(f.stopWords >= 4)             // the, the, was, it
        #expect(f.spaceBytes == 9)
        #expect(f.innerSentenceEnds == 1)
        #expect(f.endsLikeSentence)
        #expect(!f.looksLikeByline)
    }

    @Test func findsBylinesDatelinesAndLinks() {
        #expect(features("By Jane Doe").looksLikeByline)
        #expect(features("ByNelson D. Schwartz").looksLikeByline)
        #expect(features("RIVERTON — The council voted.").startsWithDateline)
        #expect(features("Follow us at https://example.com or @newsdesk").linkish == 2)
        #expect(features("Write to desk@example.com").linkish == 1)
    }

    /// The scanner's character tests, with Unicode's properties read out of line, answer as the
    /// shared ones do, in and beyond ASCII.
    @Test func characterTestsAgreeWithTheSharedOnes() {
        for scalar in "aZ09 \t\n.,'-_$©\u{A0}\u{2009}\u{200B}\u{FEFF}éÉßДд中。٣\u{2019}\u{2028}".unicodeScalars {
            #expect(BlockScanner.isSpace(scalar) == UTF8Scanning.isSpace(scalar), "\(scalar.value)")
            #expect(BlockScanner.isUppercase(scalar) == NewsCleaner.isUppercase(scalar), "\(scalar.value)")
            #expect(BlockScanner.isWordCharacter(scalar) == NewsCleaner.isWordCharacter(scalar), "\(scalar.value)")
        }
    }

    @Test func findsBoilerplateAndCredits() {
        #expect(features("We use cookies to improve your experience").strongHits > 0)
        let credit = features("The mayor at the podium. Photo: Jane Doe/AP")
        #expect(credit.creditHits > 0)
        #expect(features("ÉCOLE Überall café naïve").letterWords == 4)
    }

    /// Property: a block's counts do not depend on what follows it in the buffer (its last words
    /// are read with fewer than eight bytes after them at the buffer's end), nor on the case of
    /// its words of the lists.
    @Test func countsDependOnTheBlockOnly() {
        let texts = ["By Jane Doe, Photo: AP", "We use cookies. Accept all cookies", "Updated 21 Nov 2017, 9:45pm",
                     "the of and to a in", "Subscribe to our newsletter for more", "Don't miss it, said the mayor's aide"]
        func counts(_ text: String, followedBy tail: String) -> [Int] {
            var buffer = text + tail
            return buffer.withUTF8 { bytes in
                let lexicon = CleanerLexicon.forLanguage(.english)
                var scanner = BlockScanner(block: TextRange(start: 0, end: text.utf8.count), bytes: bytes, vocabulary: lexicon.vocabulary)
                let f = scanner.measure(lexicon: lexicon)
                return [f.words, f.stopWords, f.numbers, f.letterWords, f.capitalized, f.boilerplateHits, f.strongHits,
                        f.creditHits, f.dateWords, f.looksLikeByline ? 1 : 0]
            }
        }
        for text in texts {
            let alone = counts(text, followedBy: "")
            #expect(counts(text, followedBy: " and a long tail of more words") == alone, "\(text)")
            #expect(counts(text.lowercased(), followedBy: "")[..<3] == alone[..<3], "\(text)")
            #expect(counts(text.uppercased(), followedBy: "")[5...8] == alone[5...8], "\(text)")
        }
        #expect(counts("We use cookies. Accept all cookies", followedBy: "")[6] > 0)
        #expect(counts("Updated 21 Nov 2017, 9:45pm", followedBy: "")[8] > 0)
    }

    /// Property: the scanner is what `NewsCleaner.measure` reports, block by block.
    @Test func isTheCleanersMeasure() {
        var text = "Title Of The Page\n\nSome prose, with words; and (code) marks = 3.\n\n^ Smith (2004). Title."
        text.withUTF8 { bytes in
            let lexicon = CleanerLexicon.forLanguage(.english)
            for block in ParagraphSplitter.paragraphs(in: bytes) {
                var scanner = BlockScanner(block: block, bytes: bytes, vocabulary: lexicon.vocabulary)
                let scanned = scanner.measure(lexicon: lexicon)
                let measured = NewsCleaner.measure(block, bytes, lexicon: lexicon)
                #expect(scanned.words == measured.words && scanned.codeMarks == measured.codeMarks
                        && scanned.startsWithBacklink == measured.startsWithBacklink && scanned.characters == measured.characters)
            }
        }
    }
}
