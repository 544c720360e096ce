import Copydesk
import Foundation
import Testing
@testable import ToneAnalyzer

@Suite("Tone analyzer")
struct ToneAnalyzerTests {
    @Test("The built-in lexicon parses and is large enough")
    func builtInLexicon() throws {
        let lexicon = try ToneLexicon.builtIn.get()
        #expect(lexicon.entries.count >= 1500)
        #expect(lexicon.entries.contains { $0.term.contains(" ") })
    }

    @Test("Sentence sign matches the reader's", arguments: signedSentences.indices)
    func sentenceSign(_ index: Int) throws {
        let (text, sign) = signedSentences[index]
        let report = try tone(text)
        switch sign {
        case 1: #expect(report.score > 0.05, "\(text) → \(report.score) \(report.drivers)")
        case -1: #expect(report.score < -0.05, "\(text) → \(report.score) \(report.drivers)")
        default: #expect(abs(report.score) < 0.05, "\(text) → \(report.score) \(report.drivers)")
        }
    }

    @Test("Paired probes are ordered", arguments: orderedPairs.indices)
    func pairedProbe(_ index: Int) throws {
        let (lower, higher) = orderedPairs[index]
        let low = try score(lower), high = try score(higher)
        #expect(low < high, "\(lower) → \(low) should be below \(higher) → \(high)")
    }

    @Test("Negation flips and damps")
    func negation() throws {
        #expect(try score("The plan is good.") > 0)
        #expect(try score("The plan is not good.") < 0)
        #expect(try score("The plan isn't good.") < 0)
        #expect(try score("The plan isn’t good.") < 0)
        #expect(try score("The plan was never successful.") < 0)
        #expect(try score("No one was hurt in the crash.") > score("Someone was hurt in the crash."))
        // Damped: "not bad" is less positive than "good" is.
        #expect(try score("It was not bad.") < score("It was good."))
        // The scope ends at a clause break.
        #expect(try score("It was not, by any measure, a disaster.") < 0)
    }

    @Test("'Failed to' negates what follows and is negative on its own")
    func failedTo() throws {
        #expect(try score("Police failed to stop the attack.") < 0)
        #expect(try score("The team failed to win.") < 0)
        #expect(try score("The bill failed to get a vote.") < 0)
        #expect(try score("The plan is unlikely to succeed.") < 0)
        // A negation word inside a name negates nothing.
        #expect(try score("Doctors Without Borders said the clinic was safe.") > 0)
    }

    @Test("Valence shifters take the polarity of their noun phrase")
    func shifters() throws {
        #expect(try score("Deaths from heart disease have halved since 1990.") > 0)
        #expect(try score("Violent crime dropped by 12 percent.") > 0)
        #expect(try score("The company agreed to compensate victims.") > 0)
        #expect(try score("Consumer confidence hit a five-year high.") > 0)
        #expect(try score("Profits fell as costs rose.") < 0)
        #expect(try score("The charges against the journalist were dropped.") > 0)
        // The second half of a compound is not a polar word.
        #expect(try score("The tournament was marred by allegations of match-fixing.") < 0)
    }

    @Test("Contrast weighs what follows 'but'")
    func contrast() throws {
        #expect(try score("The hotel was lovely, but the service was terrible.") < 0)
        #expect(try score("The service was terrible, but the hotel was lovely.") > 0)
        #expect(try score("Although sales rose, the company lost money.") < 0)
    }

    @Test("Names that contain sentiment words are not sentiment")
    func entityNames() throws {
        #expect(try score("Officials at the Justice Department met on Monday.") == 0)
        #expect(try score("Freedom House issued its annual report.") == 0)
        #expect(try score("He spoke to Human Rights Watch in Geneva.") == 0)
        #expect(try score("A spokesman for the Department of Justice declined to comment.") == 0)
        #expect(try score("The Liberal Party gathered in Ottawa.") == 0)
        // Ordinary capitalized sentence starts still count.
        #expect(try score("Terrible storms hit the coast.") < 0)
    }

    @Test("Quoted speech and the writer's voice are scored apart")
    func quotedAndNarrative() throws {
        let report = try tone("The council approved the budget on Monday. “This is a disaster and a disgrace,” said the opposition leader.")
        #expect(report.narrativeScore > 0)
        let quoted = try #require(report.quotedScore)
        #expect(quoted < 0)
        #expect(report.loadedTerms.allSatisfy { $0.quoted })
        let unquoted = try tone("The council approved the budget.")
        #expect(unquoted.quotedScore == nil)
    }

    @Test("Each word is quoted or not as the quotation around it says, across quotations in a row")
    func quotedWordsAcrossQuotations() throws {
        // Words before, inside, between and after two quotations of one sentence, then a
        // sentence of its own after them: the scan works out quotedness only at their bounds.
        let report = try tone("Critics slammed the “scandal” and the “disgrace” of the regime. The outrage grew.")
        #expect(report.loadedTerms.map(\.text) == ["slammed", "scandal", "disgrace", "regime", "outrage"])
        #expect(report.loadedTerms.map(\.quoted) == [false, true, true, false, false])
        #expect(report.quotedScore != nil)
        let allQuoted = try tone("“The regime blasted the outrage.”")
        #expect(allQuoted.loadedTerms.allSatisfy { $0.quoted })
        #expect(allQuoted.narrativeScore == 0)
        #expect(try #require(allQuoted.quotedScore) < 0)
    }

    @Test("Offsets are Unicode scalar offsets")
    func scalarOffsets() throws {
        let text = "Café owners’ union: the mayor’s critics slammed the plan."
        let report = try tone(text)
        let loaded = try #require(report.loadedTerms.first { $0.text == "slammed" })
        let scalars = Array(text.unicodeScalars)
        let expected = String(String.UnicodeScalarView(scalars[loaded.start..<loaded.end]))
        #expect(expected == "slammed")
        #expect(loaded.start == 40)
        #expect(loaded.category == "loaded")
        let sentence = try #require(report.sentences.first)
        #expect(sentence.start == 0)
        #expect(sentence.end == scalars.count)
    }

    @Test("Loaded terms are listed")
    func loadedTerms() throws {
        let report = try tone("The regime blasted radical protesters as chaos spread.")
        let words = report.loadedTerms.map(\.text)
        #expect(words.contains("regime"))
        #expect(words.contains("blasted"))
        #expect(words.contains("radical"))
        #expect(words.contains("chaos"))
        #expect(report.subjectivity > 0)
    }

    @Test("Drivers explain the score")
    func drivers() throws {
        let report = try tone("Crime fell again. The new mayor was praised.")
        let terms = report.drivers.map(\.term)
        #expect(terms.contains("crime fell"))
        #expect(terms.contains("praised"))
        #expect(report.drivers.allSatisfy { $0.contribution > 0 })
    }

    @Test("An empty document is neutral")
    func emptyDocument() throws {
        let report = try tone("")
        #expect(report.score == 0)
        #expect(report.label == "neutral")
        #expect(report.sentences.isEmpty)
        #expect(report.quotedScore == nil)
        #expect(report.drivers.isEmpty)
    }

    @Test("Results are deterministic")
    func deterministic() throws {
        let text = String(repeating: "Crime fell but profits dropped. The regime slammed critics, who praised the reform. ", count: 20)
        let first = try tone(text)
        for _ in 0..<3 { #expect(try tone(text) == first) }
    }

    @Test("Long articles do not saturate")
    func noSaturation() throws {
        let paragraph = "Three people were killed in the attack. The city council met on Tuesday to discuss parking. "
        let report = try tone(String(repeating: paragraph, count: 200))
        #expect(report.score < -0.1)
        #expect(report.score > -0.9)
        #expect(report.sentences.count == 400)
    }

    @Test("The neutral band sets the label")
    func neutralBand() throws {
        let wide = try ToneAnalyzer(options: AnalyzerOptions(values: ["neutral_band": .number(0.9)]))
        #expect(try tone("The plan is good.", analyzer: wide).label == "neutral")
        #expect(try tone("The plan is good.").label == "positive")
        #expect(try tone("The plan is bad.").label == "negative")
        #expect(throws: AnalyzerError.self) { try ToneAnalyzer(options: AnalyzerOptions(values: ["neutral_band": .number(-1)])) }
    }

    @Test("A user lexicon adds and overrides entries")
    func userLexicon() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "tone-lexicon-\(UUID().uuidString).tsv")
        try "# newsroom additions\nsnafu\t-2\tloaded\ngood\t0\tneutral\nbig win\t3\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let analyzer = try ToneAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(url.path)]))
        #expect(try tone("It was a snafu.", analyzer: analyzer).score < 0)
        #expect(try tone("It was a snafu.", analyzer: analyzer).loadedTerms.map(\.text) == ["snafu"])
        #expect(try tone("It was good.", analyzer: analyzer).score == 0)
        #expect(try tone("A big win.", analyzer: analyzer).score > tone("A win.", analyzer: analyzer).score)
    }

    @Test("A malformed or missing user lexicon is a clear error")
    func badUserLexicon() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "tone-bad-\(UUID().uuidString).tsv")
        try "fine\t1\nbroken line without tab\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try ToneAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(url.path)]))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("line 2"))
        }
        try "fine\t9\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: AnalyzerError.self) { try ToneAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(url.path)])) }
        try "fine\t1\tbogus\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: AnalyzerError.self) { try ToneAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(url.path)])) }
        #expect(throws: AnalyzerError.self) { try ToneAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string("/nonexistent/tone.tsv")])) }
    }

    @Test("The report encodes with stable snake_case keys")
    func encoding() throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(try tone("Crime fell.")), as: UTF8.self)
        for key in ["\"score\"", "\"label\"", "\"narrative_score\"", "\"quoted_score\":null", "\"subjectivity\"", "\"sentences\"", "\"loaded_terms\"", "\"drivers\""] {
            #expect(json.contains(key), "\(key) missing in \(json)")
        }
    }

    @Test("Speed over about 1 MB of text (printed, not asserted)")
    func speed() throws {
        let paragraph = "The minister slammed the plan, but officials said crime fell and profits rose. “This is not a disaster,” said the mayor of the Justice Department’s task force.\n\n"
        let text = String(repeating: paragraph, count: 1_000_000 / paragraph.utf8.count)
        let document = try CoreAnalysis().analyze(text: text, language: .english)
        let clock = ContinuousClock()
        var report: ToneAnalyzer.Report? = nil
        let elapsed = clock.measure { report = try? defaultTone.analyze(document, context: AnalysisContext()) }
        print("tone: \(text.utf8.count) bytes, \(document.tokens.count) tokens in \(elapsed)")
        #expect(report != nil)
    }
}
