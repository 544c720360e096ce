import Testing
import Copydesk
@testable import SourcesAnalyzer

/// `TokenView`'s packed traits and quotation columns give what testing each token directly gives,
/// with a fresh workspace or one refilled by an earlier document.
@Suite struct TokenViewTests {
    static let texts = [
        "“It's over,” said Ana Lima, the mayor’s spokeswoman. The council's vote, she added, was “deeply disappointing.”",
        "The national-security adviser (H.R. McMaster) rejected it. \"We won,\" he said: \"and we'll win again.\" Émile Zola’s book",
        "No quotations here, only words: Paris, Berlin; and 1,000.5 numbers — nothing else.",
        "",
        // Words of one, two and three bytes at the ends of the text; "ed" and "'s" of any case.
        "a",
        "Bed",
        "Ed said it's ED's; I'd led, Ana’s PASSED go-ahead, Bob'S x’s A’s 'S ed —",
        "—",
    ]

    @Test func traitsMatchTheTokens() throws {
        let workspace = SourcesWorkspace()
        for text in Self.texts + Self.texts.reversed() {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            for view in [TokenView(document), TokenView(document, workspace: workspace)] {
                let tokens = document.tokens
                #expect(view.traits.count == tokens.count)
                #expect(view.hashes == document.tokenHashes)
                #expect(view.wordCount == tokens.count { $0.kind.isWordLike })
                var quoteTokens = Array(repeating: 0..<0, count: document.quotations.count)
                var quoteWords = Array(repeating: 0, count: document.quotations.count)
                for (i, token) in tokens.enumerated() {
                    let written = document.string(token)
                    #expect(view.isWord(i) == token.kind.isWordLike)
                    #expect(view.isCapitalized(i) == token.flags.contains(.capitalized))
                    #expect(view.isHyphen(i) == (token.kind == .punctuation && token.flags.contains(.continuesCompound)))
                    #expect(view.punctuation(i) == (token.kind.isWordLike ? 0 : written.utf8.first ?? 0))
                    #expect(view.endsInEd(i) == (token.kind.isWordLike && written.count >= 3 && written.lowercased().hasSuffix("ed")))
                    #expect(view.isPossessive(i) == (token.kind.isWordLike && written.count >= 3 && (written.lowercased().hasSuffix("'s") || written.lowercased().hasSuffix("’s"))))
                    let quote = document.quotations.firstIndex { $0.range.start <= token.range.start && token.range.start < $0.range.end }
                    #expect(view.quoteOf(i) == (quote ?? -1))
                    if let q = quote {
                        let content = document.quotations[q].content
                        let isMark = token.range.start < content.start || token.range.start >= content.end
                        #expect(view.isMark(i) == isMark)
                        quoteTokens[q] = quoteTokens[q].isEmpty ? i..<i + 1 : quoteTokens[q].lowerBound..<i + 1
                        if !isMark, token.kind.isWordLike { quoteWords[q] += 1 }
                    } else {
                        #expect(!view.isMark(i))
                    }
                }
                #expect(view.quoteTokens == quoteTokens)
                #expect(view.quoteWords == quoteWords)
            }
        }
    }

    @Test func wordEndingsAreReadFromTheBytes() {
        let cases: [(String, ed: Bool, possessive: Bool)] = [
            ("ed", false, false), ("bed", true, false), ("BED", true, false), ("said", false, false), ("Ed's", false, true),
            ("x's", false, true), ("X'S", false, true), ("’s", false, false), ("x’s", false, true), ("Ana’S", false, true),
            ("a's", false, true), ("'s", false, false), ("s", false, false), ("", false, false), ("ed’d", false, false),
        ]
        for (word, ed, possessive) in cases {
            var copy = word
            copy.withUTF8 { bytes in
                #expect(TokenTraits.endsInEd(bytes) == ed, "\(word)")
                #expect(TokenTraits.endsInPossessive(bytes) == possessive, "\(word)")
            }
        }
    }

    @Test func lowerCasedTextMatchesTheStringForms() throws {
        let document = try CoreAnalysis().analyze(text: Self.texts[0] + " " + Self.texts[1] + " ÉCOLE Straße İstanbul", language: .english)
        let view = TokenView(document)
        let count = view.tokens.count
        for start in stride(from: 0, to: count, by: 3) {
            for end in [start, start + 1, min(count, start + 4)] where end <= count {
                let written = view.text(start..<end)
                #expect(view.lowercasedText(start..<end) == written.lowercased())
                #expect(view.textLoweringFirst(start..<end) == written.prefix(1).lowercased() + written.dropFirst())
            }
        }
    }
}
