import Testing
@testable import Copydesk

struct ReadabilityCountingTests {
    static func counts(_ text: String, _ language: Language = .english) throws -> TextCounts {
        try CoreAnalysis().analyze(text: text, language: language).readability.counts
    }

    @Test func wordsSentencesAndParagraphs() throws {
        let c = try Self.counts("Council Votes\n\nThe council voted 7-2 on Tuesday. It passed.")
        #expect(c.paragraphs == 2)
        #expect(c.sentences == 3)
        // Council Votes | The council voted 7-2 on Tuesday | It passed — "7-2" is one compound.
        #expect(c.words == 2 + 6 + 2)
    }

    @Test func compoundsCountOnceAndDashesSeparate() throws {
        #expect(try Self.counts("A well-known man.").words == 3)
        #expect(try Self.counts("Ukraine—something else.").words == 3)
        #expect(try Self.counts("U.S.-Russian talks.").words == 2)
    }

    @Test func punctuationAndQuotesAreNotWords() throws {
        #expect(try Self.counts("“Yes,” he said — (twice)!").words == 4)
    }

    @Test func cjkGetsCountsWithoutSyllableFormulas() throws {
        let analyzed = try CoreAnalysis().analyze(text: "今日は晴れです。明日は雨でしょう。", language: .japanese)
        #expect(analyzed.readability.counts.sentences == 2)
        #expect(analyzed.readability.counts.characters == 17)
        #expect(analyzed.readability.formulas.allSatisfy { $0.value == nil })
    }

    /// Property: the counts agree with counting token by token (each word-like token starts a
    /// word unless it continues a compound right after one; Gunning's complex words are single
    /// words of a complex spelling that are no proper names), with a memo shared by documents.
    @Test func wordCountsAgreeWithTheTokenByTokenRule() throws {
        let texts = ["The well-known council's U.S.-Russian talks -well- ended; NATO, CNN and 1,000 officials reported interesting developments.",
                     "Governments considered, appreciated and televised it in 1990s -- 2024-25 twice. - -Naïve café owners, Officials said: “Unbelievable!”",
                     "A self-described \"anti-establishment\" candidate’s 3rd-quarter re-election -- Washington-based -x- co-operative 7-2."]
        let counter = EnglishSyllableCounter()
        let calculator = ReadabilityCalculator(language: .english)
        var memo = calculator.makeSyllableMemo(expectedWords: 1)
        var complexWords = 0, otherPolysyllabicWords = 0
        for text in texts + texts {
            let document = try Document(text: text, segmenter: Segmenter(language: .english))
            var expected = TextCounts()
            document.withUTF8 { bytes in
                for sentence in document.sentences {
                    let first = Int(sentence.tokens.lowerBound), end = Int(sentence.tokens.upperBound)
                    var index = first
                    if document.tokens[first..<end].contains(where: { $0.kind.isWordLike }) { expected.sentences += 1 }
                    while index < end {
                        let token = document.tokens[index]
                        guard token.kind.isWordLike else { index += 1; continue }
                        var partTokens = [token], last = index, scan = index + 1
                        while scan < end && document.tokens[scan].flags.contains(.continuesCompound) {
                            if document.tokens[scan].kind.isWordLike { partTokens.append(document.tokens[scan]); last = scan }
                            scan += 1
                        }
                        let spellings = partTokens.map { UnsafeBufferPointer(rebasing: bytes[$0.range.offsets]) }
                        let letters = spellings.map(ReadabilityCalculator.letterCount).reduce(0, +)
                        let syllables = zip(partTokens, spellings).map { $0.kind == .word ? counter.syllables(inWord: $1) : $0.kind == .number ? 1 : 0 }.reduce(0, +)
                        expected.words += 1
                        expected.letters += letters
                        expected.syllables += syllables
                        if letters >= 7 { expected.longWords += 1 }
                        if syllables == 1 { expected.monosyllabicWords += 1 }
                        if syllables >= 3 { expected.polysyllabicWords += 1 }
                        if syllables >= 3, partTokens.count == 1, token.kind == .word,
                           ReadabilityCalculator.isComplexSpelling(spellings[0], counter: counter),
                           !ReadabilityCalculator.isProperName(token, sentenceStart: index == first) {
                            expected.complexWords += 1
                        }
                        index = last + 1
                    }
                }
            }
            let counts = calculator.count(document, bodyOnly: false, memo: &memo)
            #expect(counts.words == expected.words, "\(text)")
            #expect(counts.sentences == expected.sentences, "\(text)")
            #expect(counts.letters == expected.letters, "\(text)")
            #expect(counts.syllables == expected.syllables, "\(text)")
            #expect(counts.longWords == expected.longWords, "\(text)")
            #expect(counts.monosyllabicWords == expected.monosyllabicWords, "\(text)")
            #expect(counts.polysyllabicWords == expected.polysyllabicWords, "\(text)")
            #expect(counts.complexWords == expected.complexWords, "\(text)")
            complexWords += expected.complexWords
            otherPolysyllabicWords += expected.polysyllabicWords - expected.complexWords
        }
        #expect(complexWords > 0 && otherPolysyllabicWords > 0)
    }

    /// `isAlphabeticCJK` agrees with the trait table wherever it answers, and answers for all
    /// kana and ideographs.
    @Test func alphabeticCJKAgreesWithTheTable() {
        var answered = 0
        for value in UInt32(0x3000)...0x9FFF {
            guard let answer = ReadabilityCalculator.isAlphabeticCJK(value) else { continue }
            answered += 1
            #expect(answer == ScalarTraits.of(Unicode.Scalar(value)!).contains(.alphabetic), "U+\(String(value, radix: 16))")
        }
        #expect(answered >= (0x9FFF - 0x4E00 + 1) + (0x4DBF - 0x3400 + 1) + 86 + 90)
    }

    /// Property: letters (both ways: `letterCount` and its CJK path) and characters of CJK text
    /// (kana, ideographs, CJK punctuation, the ideographic space, fullwidth Latin) agree with
    /// counting scalar by scalar.
    @Test func cjkLettersAndCharactersAgreeWithTheScalars() throws {
        let texts = ["東京　タワーは「ＮＨＫ」の取材に応じた。　次の　段落、〜〃々〇〆ゝゞヽヾ・ー゛゜。",
                     "他说：“我们会在２０２４年继续。”　䷀䷁ 㐀䶵 鿿 ㋿ ㍻。",
                     "Mixed 混合 text ｱｲｳ, ＡＢＣ and 한국어 too."]
        let calculator = ReadabilityCalculator(language: .japanese)
        for text in texts {
            let document = try Document(text: text, segmenter: Segmenter(language: .japanese))
            var expectedCharacters = 0
            document.withUTF8 { bytes in
                for sentence in document.sentences {
                    let slice = String(decoding: UnsafeBufferPointer(rebasing: bytes[sentence.range.offsets]), as: UTF8.self)
                    expectedCharacters += slice.unicodeScalars.filter { !UTF8Scanning.isSpace($0) }.count
                }
                for token in document.tokens {
                    let spelling = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range.offsets]), as: UTF8.self)
                    let expected = spelling.unicodeScalars.filter { $0.properties.isAlphabetic }.count
                    let spellingBytes = UnsafeBufferPointer(rebasing: bytes[token.range.offsets])
                    #expect(ReadabilityCalculator.letterCount(spellingBytes) == expected, "\(spelling)")
                    #expect(ReadabilityCalculator.ideographicLetterCount(spellingBytes) == expected, "\(spelling)")
                }
            }
            #expect(calculator.count(document).characters == expectedCharacters, "\(text)")
        }
    }

    /// Property: the eight-byte character count agrees with counting byte by byte.
    @Test func asciiCharactersAgreeWithTheByteRule() {
        let samples = ["The council voted.", "a\tb\nc\rd\u{0B}e\u{0C}f  g", "        ", "12345678", "\u{08}\u{0E}\u{1F}!~\u{7F}(x)",
                       "caf\u{E9} au lait, na\u{EF}ve"]
        for sample in samples {
            var copy = sample
            copy.withUTF8 { bytes in
                for offset in 0...max(0, bytes.count - 8) where bytes.count >= 8 {
                    let chunk = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + 8)])
                    let expected = chunk.allSatisfy { $0 < 0x80 }
                        ? chunk.filter { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }.count : nil
                    #expect(ReadabilityCalculator.asciiCharacters(inChunk: UTF8Scanning.chunk(at: offset, in: bytes)) == expected, "\(sample) @\(offset)")
                }
            }
        }
    }
}
