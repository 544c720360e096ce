import Copydesk
import Foundation
import JargonAnalyzer
import Testing

/// Runs `jargon` on `text` the way the pipeline does: options checked, then one document.
func jargon(_ text: String, options: [String: AnalyzerOptionValue] = [:]) throws -> JargonAnalyzer.Report {
    let checked = try AnalyzerOptions(values: options).validated(for: JargonAnalyzer.description)
    let analyzer = try JargonAnalyzer(options: checked)
    let document = try CoreAnalysis().analyze(text: text, language: .english)
    return try analyzer.analyze(document, context: AnalysisContext())
}

@Suite("Jargon analyzer")
struct JargonAnalyzerTests {
    @Test("Finds single-word terms with their category")
    func findsTerms() throws {
        let report = try jargon("Officials slammed the plan amid protests. The weather was mild.")
        #expect(report.terms.map(\.text) == ["slammed", "amid"])
        #expect(report.terms.map(\.category) == [.jargon, .jargon])
        #expect(report.count == 2)
        #expect(report.per1000Words == 200)   // 2 terms in 10 words
    }

    @Test("Matches multi-word terms, longest first, but not across punctuation")
    func multiWord() throws {
        let report = try jargon("In the wake of the vote, stakeholders met at this point in time.")
        #expect(report.terms.map(\.text) == ["In the wake of", "stakeholders", "at this point in time"])
        #expect(report.terms.map(\.category) == [.cliche, .buzzword, .cliche])
        #expect(try jargon("They met in the wake, of course.").count == 0)
    }

    @Test("Ignores case, and a hyphen joins words like a space")
    func caseAndHyphens() throws {
        let report = try jargon("AMID the noise, Going Forward, the mayor doubled-down.")
        #expect(report.terms.map(\.text) == ["AMID", "Going Forward", "doubled-down"])
    }

    @Test("Offsets count Unicode scalars, not bytes")
    func scalarOffsets() throws {
        let text = "Café owners slammed the plan."
        let term = try #require(try jargon(text).terms.first)
        #expect(term.start == 12 && term.end == 19)
        let scalars = Array(text.unicodeScalars)[term.start..<term.end]
        #expect(String(String.UnicodeScalarView(scalars)) == "slammed")
    }

    @Test("An empty document has no terms")
    func emptyDocument() throws {
        let report = try jargon("")
        #expect(report.count == 0 && report.per1000Words == 0 && report.terms.isEmpty)
    }

    @Test("Options: extra terms, skipping quotes, unknown keys and bad categories")
    func options() throws {
        let extra = try jargon("The newsroom pivoted to video.", options: ["extra_terms": .list(["buzzword: pivoted to video"])])
        #expect(extra.terms.map(\.category) == [.buzzword])

        let text = "\"We slammed it,\" she said amid cheers."
        #expect(try jargon(text).count == 2)
        #expect(try jargon(text, options: ["skip_quotes": .boolean(true)]).terms.map(\.text) == ["amid"])

        #expect(throws: AnalyzerError.self) { try jargon("x", options: ["skipquotes": .boolean(true)]) }
        #expect(throws: AnalyzerError.self) { try jargon("x", options: ["extra_terms": .list(["slang: lit"])]) }
    }

    @Test("JSON keys are snake_case")
    func jsonKeys() throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = String(decoding: try encoder.encode(try jargon("Amid it all.")), as: UTF8.self)
        #expect(json.contains("\"per_1000_words\""))
        #expect(json.contains("\"category\":\"jargon\""))
    }
}
