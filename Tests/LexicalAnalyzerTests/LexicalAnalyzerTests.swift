import Copydesk
import LexicalAnalyzer
import Testing

struct LexicalAnalyzerTests {
    static func report(_ text: String, top: Double = 10) throws -> LexicalAnalyzer.Report {
        let analyzer = try LexicalAnalyzer(options: AnalyzerOptions(values: ["top": .number(top)]))
        let document = try CoreAnalysis().analyze(text: text, language: .english)
        return try analyzer.analyze(document, context: AnalysisContext())
    }

    @Test func countsFormsCaseInsensitively() throws {
        let report = try Self.report("The budget passed. The Budget failed. A budget!")
        #expect(report.words == 8)
        #expect(report.distinctWords == 5)   // the, budget, passed, failed, a
        #expect(report.typeTokenRatio == 0.625)
        #expect(report.topContentWords.first?.word == "budget" && report.topContentWords.first?.count == 3)
    }

    @Test func densityLeavesOutFunctionWordsAndNumbersAreNotWords() throws {
        let report = try Self.report("The mayor and the council met 12 times.")
        #expect(report.words == 7)
        // mayor, council, met, times are content words; the, and, the are not.
        #expect(report.lexicalDensity == 0.5714)
    }

    /// The document's `words` counts a hyphenated compound once and counts numbers; `lexical`
    /// counts each part of a compound and leaves numbers out (documented in both places).
    @Test func compoundPartsCountSeparatelyUnlikeTheDocumentsWordCount() throws {
        let text = "A well-known, long-time editor wrote 3 drafts."
        let document = try CoreAnalysis().analyze(text: text, language: .english)
        #expect(document.readability.counts.words == 7)        // a, well-known, long-time, editor, wrote, 3, drafts
        let report = try Self.report(text)
        #expect(report.words == 8)                   // a, well, known, long, time, editor, wrote, drafts
        #expect(report.distinctWords == 8)
    }

    @Test func movingAverageIsStableAcrossLength() throws {
        let sentence = "Rain fell on the quiet harbor town while fishermen mended their nets. "
        let short = try Self.report(sentence)
        let long = try Self.report(String(repeating: sentence, count: 20))
        #expect(long.typeTokenRatio < short.typeTokenRatio / 5)
        #expect(long.movingAverageTtr > 0.2)
        #expect(short.movingAverageTtr == short.typeTokenRatio)
    }

    @Test func topOptionIsValidated() throws {
        #expect(try Self.report("One two three four five six.", top: 2).topContentWords.count <= 2)
        #expect(throws: AnalyzerError.self) { try LexicalAnalyzer(options: AnalyzerOptions(values: ["top": .number(-1)])) }
        #expect(throws: AnalyzerError.self) {
            try AnalyzerOptions(values: ["tpo": .number(1)]).validated(for: LexicalAnalyzer.description)
        }
    }

    @Test func topWordsNeedThreeLettersNotThreeBytes() throws {
        // "U.S." is the token "U.S" (two letters, three bytes); "ça" two letters in three bytes;
        // "été" three letters in five bytes.
        let report = try Self.report("The U.S. envoy met U.S. officials. Ça va, ça ira. Été, été, été.")
        let listed = report.topContentWords.map(\.word)
        #expect(!listed.contains("u.s") && !listed.contains("ça"))
        #expect(listed.first == "été" && listed.contains("envoy"))
        #expect(LexicalAnalyzer.description.outputFields.contains { $0.name == "top_content_words" })
    }

    @Test func emptyDocument() throws {
        let report = try Self.report("")
        #expect(report.words == 0 && report.typeTokenRatio == 0 && report.topContentWords.isEmpty)
    }
}
