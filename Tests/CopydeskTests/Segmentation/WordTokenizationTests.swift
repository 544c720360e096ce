import Testing
@testable import Copydesk

struct WordTokenizationTests {
    static func tokens(_ text: String, _ language: Language = .english) throws -> [(String, TokenKind, Token.Flags)] {
        let document = try Document(text: text, segmenter: Segmenter(language: language))
        return document.tokens.map { (document.string($0), $0.kind, $0.flags) }
    }

    @Test func contractionsAndPossessivesAreOneWord() throws {
        let words = try Self.tokens("Russia's don't Trump’s isn’t").map(\.0)
        #expect(words == ["Russia's", "don't", "Trump’s", "isn’t"])
    }

    @Test func numbersKeepTheirSeparators() throws {
        let tokens = try Self.tokens("It cost $1,000,000.50 or 3.5% in 2024.")
        #expect(tokens.filter { $0.1 == .number }.map(\.0) == ["1,000,000.50", "3.5", "2024"])
        #expect(tokens.contains { $0.0 == "$" && $0.1 == .symbol })
        #expect(tokens.contains { $0.0 == "%" && $0.1 == .punctuation })
    }

    @Test func hyphenatedCompoundsAreMarked() throws {
        let tokens = try Self.tokens("a well-known U.S.-Russian deal — not a dash")
        let well = try #require(tokens.firstIndex { $0.0 == "well" })
        #expect(tokens[well + 1].0 == "-" && tokens[well + 1].2.contains(.continuesCompound))
        #expect(tokens[well + 2].0 == "known" && tokens[well + 2].2.contains(.continuesCompound))
        #expect(!tokens.contains { $0.0 == "—" && $0.2.contains(.continuesCompound) })
        #expect(tokens.first { $0.0 == "Russian" }?.2.contains(.continuesCompound) == true)
    }

    /// Compounds of several words, and compounds that straddle two of ICU's batches of segments.
    @Test func chainedCompoundsAndCompoundsAcrossBatchesAreMarked() throws {
        let chained = try Self.tokens("a well-to-do, U.S.-led state-of-the-art plan - not this")
        #expect(chained.filter { $0.2.contains(.continuesCompound) }.map(\.0)
                == ["-", "to", "-", "do", ".", "-", "led", "-", "of", "-", "the", "-", "art"])
        for words in (BreakIterator.wordSegmentCapacity - 4)...(BreakIterator.wordSegmentCapacity + 1) {
            let tokens = try Self.tokens(String(repeating: "x ", count: words) + "well-known U.S.-Russian")
            #expect(tokens.suffix(7).map { $0.2.contains(.continuesCompound) } == [false, true, true, false, true, true, true])
        }
    }

    @Test func emojiSequencesAreOneSymbol() throws {
        let tokens = try Self.tokens("Great 👍🏽 family 👨‍👩‍👧 flag 🇺🇦")
        #expect(tokens.filter { $0.1 == .symbol }.map(\.0) == ["👍🏽", "👨‍👩‍👧", "🇺🇦"])
    }

    @Test func noEmptyOrSpaceTokens() throws {
        let tokens = try Self.tokens("a\u{00A0}b\u{2003}c\u{200B}d  \n\n e")
        #expect(tokens.allSatisfy { !$0.0.isEmpty && !$0.0.allSatisfy(\.isWhitespace) })
        #expect(tokens.filter { $0.1 == .word }.map(\.0).joined() == "abcde")
    }

    @Test func japaneseAndChineseUseDictionaries() throws {
        let japanese = try Self.tokens("私は東京に住んでいます", .japanese)
        #expect(japanese.count > 3 && japanese.allSatisfy { $0.1 == .ideographic })
        #expect(japanese.map(\.0).joined() == "私は東京に住んでいます")
        let chinese = try Self.tokens("我们今天去北京", .chinese)
        #expect(chinese.count >= 3)
    }

    @Test func thaiAndKhmerAreSplitIntoWords() throws {
        let thai = try Self.tokens("ฉันชอบกินข้าว", .thai)
        #expect(thai.count >= 3 && thai.allSatisfy { $0.1 == .word })
        let khmer = try Self.tokens("ខ្ញុំចូលចិត្តញ៉ាំបាយ", .khmer)
        #expect(khmer.count >= 2)
    }

    @Test func caseFlags() throws {
        let tokens = try Self.tokens("NATO Paris road")
        #expect(tokens[0].2.contains(.allCaps) && tokens[0].2.contains(.capitalized))
        #expect(tokens[1].2.contains(.capitalized) && !tokens[1].2.contains(.allCaps))
        #expect(tokens[2].2.isEmpty)
    }

    /// Property: the flags of short ASCII tokens (read eight bytes at a time) follow the rule
    /// letter by letter, whatever follows the token and however near the end of the text it is.
    @Test func caseFlagsFollowTheRuleForEveryLengthAndPosition() throws {
        let words = ["a", "I", "US", "Us", "uS", "NATO", "NATO2", "X1", "x", "A1B", "ABCDEFGH", "ABCDEFGh", "Abcdefgh",
                     "ABCDEFGHI", "abcdefghij", "McDonald", "ÉCOLE", "École", "iPhone", "B2B", "Zz", "ZZ",
                     "INTERNATIONALIZATION", "Internationalization", "internationalizatioN", "ABCDEFGHIJKLMNOPq",
                     "ABCDEFGHIJKLMNOP", "aBCDEFGHIJKLMNOPQRS", "ABCDEFGHIJKLMNÉ", "Abcdefghijklmné", "X1234567890123456"]
        for tail in ["", " x", " and more text after it"] {
            for word in words {
                let tokens = try Self.tokens(word + tail)
                let first = try #require(tokens.first)
                let letters = word.unicodeScalars.filter { $0.properties.isUppercase || $0.properties.isLowercase }
                let uppercase = letters.filter { $0.properties.isUppercase }
                var expected: Token.Flags = []
                if word.unicodeScalars.first!.properties.isUppercase { expected.insert(.capitalized) }
                if letters.count >= 2 && uppercase.count == letters.count { expected.insert(.allCaps) }
                if !word.allSatisfy(\.isASCII) { expected.insert(.nonASCII) }
                #expect(first.0 == word)
                #expect(first.2.subtracting(.continuesCompound) == expected, "\(word)\(tail)")
            }
        }
    }

    /// Property: segmenting only kept paragraphs gives what segmenting everything and then
    /// `keeping(paragraphs:)` gives, whatever is kept (CRLF, U+2028, trailing format characters).
    @Test func segmentingKeptParagraphsMatchesKeepingAfterward() throws {
        let texts = [
            "Title Line\n\nFirst paragraph. It has two sentences.\n\nAdvertisement\n\nSecond one, well-known U.S.-Russian ties.\n",
            "One\r\nTwo words here.\r\n\r\n  Three\u{2060} \u{2028}Four\u{2029}Five  five.\n\n\u{FEFF}Six",
            "Un texte. « Partons. »\n\nDeux phrases ici. Et là.",
        ]
        for text in texts {
            var copy = text
            try copy.withUTF8 { bytes in
                let segmenter = try Segmenter(language: .english)
                let paragraphs = ParagraphSplitter.paragraphs(in: bytes)
                for mask in 0..<(1 << paragraphs.count) {
                    let keep = paragraphs.indices.map { mask & (1 << $0) != 0 }
                    let expected = try segmenter.segment(bytes).keeping(paragraphs: keep)
                    let actual = try segmenter.segment(bytes, paragraphs: paragraphs, keep: keep)
                    #expect(actual.paragraphs.map(\.range) == expected.paragraphs.map(\.range))
                    #expect(actual.paragraphs.map(\.sentences) == expected.paragraphs.map(\.sentences))
                    #expect(actual.sentences.map(\.range) == expected.sentences.map(\.range))
                    #expect(actual.sentences.map(\.tokens) == expected.sentences.map(\.tokens))
                    #expect(actual.tokens.map(\.range) == expected.tokens.map(\.range))
                    #expect(actual.tokens.map(\.flags) == expected.tokens.map(\.flags))
                    #expect(actual.tokenHashes == expected.tokenHashes)
                    #expect(actual.tokenHashes == actual.tokens.map { TermHash.hash(UnsafeBufferPointer(rebasing: bytes[$0.range.offsets])) })
                }
            }
        }
    }

    /// Property: the hashes the tokenizer computes are `TermHash.hash` of each token's bytes, for
    /// tokens of every length, in and outside ASCII, and however near the end of the text.
    @Test func tokenHashesAreTermHashesOfTheTokens() throws {
        let words = ["a", "I", ",", "US", "NATO", "Mayor", "ABCDEFGH", "abcdefgh", "ABCDEFGHI", "Internationalization",
                     "don't", "Don’t", "École", "ÉCOLE", "naïve", "café", "“", "—", "3.5%", "1,000,000.50", "$",
                     "well-known", "U.S.-Russian", "ΑΘΗΝΑ", "Москва", "東京", "👍🏽"]
        let segmenter = try Segmenter(language: .english)
        for tail in ["", ".", " x", " and more text after it."] {
            for word in words {
                var text = "Before " + word + tail
                let segmentation = try segmenter.segment(text)
                #expect(segmentation.tokenHashes.count == segmentation.tokens.count)
                text.withUTF8 { bytes in
                    for (token, hash) in zip(segmentation.tokens, segmentation.tokenHashes) {
                        #expect(hash == TermHash.hash(UnsafeBufferPointer(rebasing: bytes[token.range.offsets])), "\(word)\(tail)")
                    }
                }
            }
        }
    }

    /// Property: `caseFlagsAndHash` answers like `caseFlags` and `TermHash.hash` for every range of
    /// texts short and long, in and outside ASCII — whether eight bytes can be read from the start
    /// of the range, only before its end, or neither.
    @Test func caseFlagsAndHashAgreeWithTheScalarPathForEveryRange() {
        for text in ["a", "I.", "NATO", "Mayor.", "US-led", "ABCDEFGH", "Don’t PANIC", "x ÉCOLE Abcdefghijklmnop A1 é.",
                     "the INTERNATIONALIZATION of Internationalization, INTERNATIONALISm and NATO-LED forces end.",
                     "東京タワー「ＮＨＫ」漢字。Ａ東京", "中文和日本語のテキスト、句読点も。"] {
            var copy = text
            copy.withUTF8 { bytes in
                for start in 0..<bytes.count {
                    for end in (start + 1)...bytes.count {
                        let range = TextRange(start: start, end: end)
                        let (flags, hash) = Segmenter.caseFlagsAndHash(start: start, length: end - start, in: bytes)
                        #expect(flags == Segmenter.caseFlags(bytes, range), "\(text) \(start)..<\(end)")
                        #expect(hash == TermHash.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])), "\(text) \(start)..<\(end)")
                    }
                }
            }
        }
    }

    /// Property: `caseFlags` and `caseFlagsAndHash` (which hashes tokens of kana and ideographs
    /// in one pass) follow the scalars' case properties for every range of text that mixes kana,
    /// ideographs and CJK punctuation (no case) with fullwidth, accented and ASCII letters.
    @Test func caseFlagsOfCJKTextFollowTheScalarProperties() {
        for text in ["ＮＨＫ東京ＡＢＣ", "東京ＡＢ", "Ａ東", "「Ｘ」。　ÉTÉ東京", "漢字Ab", "ＡＢＣａ", "ㇰ〇ＡＢ"] {
            var copy = text
            copy.withUTF8 { bytes in
                let starts = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [bytes.count]
                for (i, start) in starts.enumerated() {
                    for end in starts[(i + 1)...] {
                        let scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars
                        let letters = scalars.filter { $0.properties.isUppercase || $0.properties.isLowercase }
                        var expected: Token.Flags = [.nonASCII]
                        if scalars.first!.properties.isUppercase { expected.insert(.capitalized) }
                        if letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase) { expected.insert(.allCaps) }
                        if scalars.allSatisfy(\.isASCII) { expected.remove(.nonASCII) }
                        #expect(Segmenter.caseFlags(bytes, TextRange(start: start, end: end)) == expected, "\(text) \(start)..<\(end)")
                        #expect(Segmenter.caseFlagsAndHash(start: start, length: end - start, in: bytes).0 == expected, "\(text) \(start)..<\(end)")
                    }
                }
            }
        }
    }

    /// Changing the tokens of a segmentation drops the hashes of the old ones.
    @Test func changingTheTokensDropsTheirHashes() throws {
        var segmentation = try Segmenter(language: .english).segment("The mayor said so.")
        #expect(segmentation.tokenHashes.count == 5)
        segmentation.tokens.removeLast()
        #expect(segmentation.tokenHashes.isEmpty)
        #expect(Segmentation(paragraphs: [], sentences: [], tokens: segmentation.tokens).tokenHashes.isEmpty)
    }

    @Test func lineStartAndEndStopAtLineBreaks() {
        var text = "ab\r\n  cd  \u{2028}ef"
        text.withUTF8 { bytes in
            #expect(Segmenter.lineStart(before: 6, in: bytes) == 4)
            #expect(Segmenter.lineEnd(after: 8, in: bytes) == 10)
            #expect(Segmenter.lineStart(before: 13, in: bytes) == 13)
            #expect(Segmenter.lineEnd(after: 13, in: bytes) == 15)
            #expect(Segmenter.lineStart(before: 1, in: bytes) == 0)
        }
    }

    /// Property: the fast answers for U+2010–U+2027 are those of Unicode's properties — each is
    /// punctuation and neither uppercase nor lowercase.
    @Test func generalPunctuationFastPathAgreesWithProperties() {
        for value in UInt32(0x2010)...0x2027 {
            let scalar = Unicode.Scalar(value)!
            #expect(Segmenter.isGeneralPunctuation(scalar))
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: break
            default: Issue.record("U+\(String(value, radix: 16)) is not punctuation")
            }
            #expect(!scalar.properties.isUppercase && !scalar.properties.isLowercase)
            #expect(Segmenter.kindOfOther(scalar) == .punctuation)
            var text = "\(Character(scalar))A"
            text.withUTF8 { bytes in
                #expect(Segmenter.caseFlags(bytes, TextRange(start: 0, end: bytes.count)) == [.nonASCII])
            }
        }
        #expect(!Segmenter.isGeneralPunctuation("\u{200F}") && !Segmenter.isGeneralPunctuation("\u{2028}"))
    }
}
