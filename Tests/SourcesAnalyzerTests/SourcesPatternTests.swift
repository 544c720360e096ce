import Testing
import Copydesk
@testable import SourcesAnalyzer

func sourcesReport(_ text: String) throws -> SourcesReport {
    let document = try CoreAnalysis().analyze(text: text, language: .english)
    return try SourcesAnalyzer(options: .none).analyze(document, context: AnalysisContext())
}

/// One test per attribution pattern.
@Suite struct SourcesPatternTests {
    @Test func speakerThenCue() throws {
        let report = try sourcesReport("“We will win,” Jane Doe said.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.kind == .direct)
        #expect(attribution.quote?.text == "We will win,")
        #expect(attribution.speaker?.text == "Jane Doe")
        #expect(attribution.source == "Jane Doe")
        #expect(attribution.cue?.text == "said")
        #expect(attribution.cueType == .neutral)
    }

    @Test func cueThenSpeakerWithAppositive() throws {
        let report = try sourcesReport("\"Prices will rise,\" said John Smith, a spokesman for the union.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.source == "John Smith")
        #expect(attribution.speaker?.text == "John Smith, a spokesman for the union")
        #expect(report.sources.first?.title == "a spokesman for the union")
        #expect(report.sources.first?.type == .named)
    }

    @Test func appositiveBeforeCue() throws {
        let report = try sourcesReport("“Geopolitics are back,” H.R. McMaster, Trump’s national-security adviser, once said.")
        let source = try #require(report.sources.first)
        #expect(source.name == "H.R. McMaster")
        #expect(source.title == "Trump’s national-security adviser")
    }

    @Test func titleStripped() throws {
        let report = try sourcesReport("“Time is short,” the Russia expert Fiona Hill told reporters.")
        #expect(report.sources.first?.name == "Fiona Hill")
        #expect(report.sources.first?.title == "Russia expert")
        #expect(report.attributions.first?.cue?.text == "told")
    }

    @Test func interruptedQuotationIsOneAttribution() throws {
        let report = try sourcesReport("\"It's over,\" she said, \"and we lost.\"")
        #expect(report.attributions.count == 1)
        let attribution = try #require(report.attributions.first)
        #expect(attribution.quoteParts.map(\.text) == ["It's over,", "and we lost."])
        #expect(attribution.quote?.text == "It's over, and we lost.")
    }

    @Test func multiParagraphQuotation() throws {
        let report = try sourcesReport("Durand said the rise had forced her to cut staff:\n\n“We were six. Now we are three.\n\n“I don't know how long I can last.”")
        let quoted = report.attributions.filter { $0.quote != nil }
        #expect(quoted.count == 1)
        #expect(quoted.first?.source == "Durand")
        #expect(quoted.first?.quote?.text.hasSuffix("how long I can last.") == true)
    }

    @Test func indirectThatClause() throws {
        let report = try sourcesReport("The minister said that the plan had failed.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.kind == .indirect)
        #expect(attribution.quote == nil)
        #expect(attribution.source == "the minister")
    }

    @Test func indirectWithoutThat() throws {
        let report = try sourcesReport("Officials said the plan failed.")
        #expect(report.attributions.first?.kind == .indirect)
        #expect(report.sources.first?.type == .anonymous)
    }

    @Test func mixedParaphraseWithFragment() throws {
        let report = try sourcesReport("Trump says building a “good relationship” with Russia is in America’s interest.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.kind == .mixed)
        #expect(attribution.quote?.text == "good relationship")
        #expect(attribution.source == "Trump")
    }

    @Test func accordingTo() throws {
        let report = try sourcesReport("The talks collapsed, according to people familiar with the matter.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.cue?.text == "according to")
        #expect(attribution.speaker?.text == "people familiar with the matter")
        #expect(report.anonymous == 1)
    }

    @Test func inAStatement() throws {
        let report = try sourcesReport("In a statement, the Kremlin rejected the accusations.")
        #expect(report.attributions.first?.cue?.text == "In a statement")
        #expect(report.sources.first?.name == "the Kremlin")
        #expect(report.organizations == 1)
    }

    @Test func cueTypes() throws {
        let report = try sourcesReport("Smith noted that costs rose. Jones claimed the data was wrong. Brown insisted it was fine. Green explained that the rules changed.")
        #expect(report.attributions.map(\.cueType) == [.endorsing, .distancing, .distancing, .endorsing])
    }

    @Test func sourceTypes() throws {
        let report = try sourcesReport("""
        A senior administration official said the talks were over. The White House said it would respond. \
        A report by the agency found that costs had doubled. Reuters reported that the deal was off. Jane Doe said she agreed.
        """)
        let types = Dictionary(report.sources.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(types["a senior administration official"] == .anonymous)
        #expect(types["the White House"] == .organization)
        #expect(types["a report by the agency"] == .document)
        #expect(types["Reuters"] == .organization)
        #expect(types["Jane Doe"] == .named)
        #expect(report.distinctSources == 5)
    }

    @Test func kindsOfOrganizationsDocumentsAndGroups() throws {
        // Definite common nouns that are no person's title: before the lists had them, each was a
        // "named" source.
        let report = try sourcesReport("""
        The airline said fares would rise. The communique said talks would go on. The managers said they were worried. \
        The two companies said the merger was off. Dealers said prices were firm. One economist said rates would fall. \
        The panel said it would meet again.
        """)
        let types = Dictionary(report.sources.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(types["the airline"] == .organization)
        #expect(types["the communique"] == .document)
        #expect(types["the managers"] == .anonymous)
        #expect(types["the two companies"] == .organization)
        #expect(types["Dealers"] == .anonymous)
        #expect(types["one economist"] == .anonymous)
        #expect(types["the panel"] == .organization)
        #expect(report.named == 0)
    }

    @Test func laterMentionsMerge() throws {
        let report = try sourcesReport("""
        “We are ready,” said H.R. McMaster, the national-security adviser. McMaster added that talks would resume. \
        He said the allies agreed. The adviser noted that the meeting was brief.
        """)
        #expect(report.distinctSources == 1)
        #expect(report.sources.first?.mentions == 4)
        #expect(report.singleSource)
    }

    @Test(arguments: ["Later", "Earlier", "Separately", "Now", "Previously"])
    func openingAdverbIsNotAFirstName(adverb: String) throws {
        let report = try sourcesReport("The council met on Tuesday. \(adverb) Jones said the plan would fail.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.speaker?.text == "Jones")
        #expect(attribution.source == "Jones")
    }

    @Test func openingAdverbBeforeATitleAndName() throws {
        let report = try sourcesReport("Earlier Lib Dem spokesman Mark Oaten said the bill was flawed.")
        #expect(report.attributions.first?.speaker?.text == "Lib Dem spokesman Mark Oaten")
        #expect(report.attributions.first?.source == "Mark Oaten")
    }

    @Test func adverbInACompoundStaysInTheName() throws {
        // "Privately-held" is one modifier: cutting "Privately" would leave "held ...".
        let report = try sourcesReport("Privately-held Piper Aircraft Corp said it would cut jobs.")
        #expect(report.attributions.first?.speaker?.text.hasPrefix("Privately-held") == true)
    }

    @Test func noBreakSpacesAroundSays() throws {
        let report = try sourcesReport("Donald Trump\u{00A0}says\u{00A0}the deal is good.")
        #expect(report.attributions.first?.cue?.text == "says")
        #expect(report.attributions.first?.source == "Donald Trump")
    }

    @Test func scalarOffsetsWithAccents() throws {
        let text = "“Ça va,” Amélie Durand said."
        let report = try sourcesReport(text)
        let attribution = try #require(report.attributions.first)
        let scalars = Array(text.unicodeScalars)
        let cue = try #require(attribution.cue)
        #expect(String(String.UnicodeScalarView(scalars[cue.start..<cue.end])) == "said")
        let speaker = try #require(attribution.speaker)
        #expect(String(String.UnicodeScalarView(scalars[speaker.start..<speaker.end])) == "Amélie Durand")
        let quote = try #require(attribution.quote)
        #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == "Ça va,")
    }

    @Test func emptyDocument() throws {
        let report = try sourcesReport("")
        #expect(report.attributions.isEmpty)
        #expect(report.distinctSources == 0)
        #expect(report.quotedWordShare == 0)
        #expect(!report.singleSource)
        #expect(!report.anonymousMajority)
    }

    @Test func anonymousMajority() throws {
        let report = try sourcesReport("Officials said the plan failed. A diplomat said talks were over. Jane Doe said she disagreed.")
        #expect(report.anonymous == 2)
        #expect(report.anonymousMajority)
    }
}
