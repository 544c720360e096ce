import Testing
@testable import Copydesk

struct QuotationFinderTests {
    static func quotes(_ text: String) throws -> [String] {
        let analyzed = try CoreAnalysis().analyze(text: text, language: .english)
        return analyzed.quotations.map { analyzed.string($0.content) }
    }

    /// Marks are found wherever they fall among the eight-byte runs of plain text that are skipped.
    @Test func marksAtEveryOffsetAreFound() throws {
        for padding in 0..<17 {
            let lead = String(repeating: "x", count: padding)
            #expect(try Self.quotes("\(lead) said \"we won\" and more") == ["we won"], "\(padding)")
            #expect(try Self.quotes("\(lead) said “they lost” here") == ["they lost"], "\(padding)")
        }
    }

    /// The same among Chinese and Japanese characters, whose eight-byte runs are skipped when
    /// they hold no possible start of a mark (kana and ideographs, but not CJK punctuation).
    @Test func marksAmongCJKAtEveryOffsetAreFound() throws {
        for padding in 0..<12 {
            let han = String(repeating: "中", count: padding), kana = String(repeating: "の", count: padding)
            #expect(try Self.quotes("\(han)他说「我们赢了」。") == ["我们赢了"], "\(padding)")
            #expect(try Self.quotes("\(kana)彼は「勝った」と言った。") == ["勝った"], "\(padding)")
            #expect(try Self.quotes("\(han)x\(kana)『二重』“curly” \"straight\"") == ["二重", "curly", "straight"], "\(padding)")
        }
    }

    /// Property: an eight-byte chunk in which a mark starts is never skipped, in random text of
    /// marks, their look-alikes (other E2 80 xx and E3 80 xx characters, kana, Latin-1), CJK and
    /// ASCII, at every offset.
    @Test func chunksWhereAMarkStartsAreNeverSkipped() {
        let palette = ["\"", "“", "”", "„", "‘", "’", "«", "»", "「", "」", "『", "』", "〝", "〟", "、", "。", "—", "…", "の", "ー",
                       "中", "ß", "é", "\u{A0}", "a", " ", "x", ",", "\u{80}", "\u{3000}"]
        var generator = SplitMix(seed: 0x5155_4F54)
        var marksSeen = 0, skipped = 0
        for _ in 0..<400 {
            var text = (0..<24).map { _ in palette[Int(generator.next() % UInt64(palette.count))] }.joined()
            let shown = text
            text.withUTF8 { bytes in
                for offset in 0...(bytes.count - 8) {
                    let holdsMark = (offset..<(offset + 8)).contains { QuotationMark.at($0, in: bytes, paragraphStart: 0) != nil }
                    let mayHold = QuotationFinder.mayHoldMarkStart(UTF8Scanning.chunk(at: offset, in: bytes))
                    if holdsMark { marksSeen += 1; #expect(mayHold, "\(shown) @\(offset)") }
                    if !mayHold { skipped += 1 }
                }
            }
        }
        #expect(marksSeen > 1000 && skipped > 100)
    }

    @Test func straightAndCurlyQuotes() throws {
        #expect(try Self.quotes("He said \"we won\" and “they lost.”") == ["we won", "they lost."])
    }

    @Test func interruptedQuoteIsTwoSpans() throws {
        #expect(try Self.quotes("“It’s over,” she said, “and we lost.”") == ["It’s over,", "and we lost."])
    }

    @Test func nestedSingleQuotesStayInside() throws {
        #expect(try Self.quotes("“He told me ‘never again’ twice,” she said.") == ["He told me ‘never again’ twice,"])
    }

    @Test func apostrophesAreNotQuotes() throws {
        #expect(try Self.quotes("Trump’s plan isn’t Russia’s.").isEmpty)
    }

    @Test func multiParagraphQuote() throws {
        let text = "“We will rebuild the bridge,” the mayor said. “It will take years.\n\n“But we will finish it.”"
        let found = try Self.quotes(text)
        #expect(found.count == 2)
        #expect(found[1].hasPrefix("It will take years.") && found[1].hasSuffix("But we will finish it."))
    }

    @Test func unclosedQuoteEndsWithItsParagraph() throws {
        let analyzed = try CoreAnalysis().analyze(text: "He said “this never ends\n\nNext paragraph.", language: .english)
        #expect(analyzed.quotations.count == 1 && analyzed.quotations[0].isClosed == false)
        #expect(analyzed.string(analyzed.quotations[0].content) == "this never ends")
    }

    @Test func germanAndFrenchMarks() throws {
        #expect(try Self.quotes("Er sagte: „Wir gewinnen.“ Dann ging er.") == ["Wir gewinnen."])
        #expect(try Self.quotes("Il a dit « nous partons » hier.") == [" nous partons "])
    }
}
