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
