import Testing
import Copydesk
@testable import SourcesAnalyzer

/// Things that look like quotations or cues and are not.
@Suite struct SourcesTrapTests {
    @Test func quotedBookTitle() throws {
        let report = try sourcesReport("Whitfield, author of the memoir \"Built to Last,\" joined Acme in 2015. Her film “The Long Road Home” opens today.")
        #expect(report.attributions.isEmpty)
        #expect(report.directQuotes == 0)
    }

    @Test func scareQuotes() throws {
        let report = try sourcesReport("Some residents called the plan a “boondoggle.” The “reform” passed anyway.")
        #expect(report.attributions.isEmpty)
        #expect(report.quotedWordShare == 0)
    }

    @Test func scareQuoteAttributedIsKept() throws {
        let report = try sourcesReport("Lee insisted the vote was “rigged” by developers.")
        #expect(report.attributions.first?.kind == .mixed)
        #expect(report.attributions.first?.quote?.text == "rigged")
    }

    @Test func aforesaidIsNotACue() throws {
        let report = try sourcesReport("The aforesaid lawsuit is still pending. The said property was sold.")
        #expect(report.attributions.isEmpty)
    }

    @Test func saidItWas() throws {
        let report = try sourcesReport("The company said it was working with regulators.")
        #expect(report.attributions.count == 1)
        #expect(report.attributions.first?.source == "the company")
        #expect(report.organizations == 1)
    }

    @Test func infinitiveAndPassiveAreNotCues() throws {
        let report = try sourcesReport("To say Russia can help is wishful. He was told to wait. The drug is said to work.")
        #expect(report.attributions.isEmpty)
    }

    @Test func unitedStatesIsNotACue() throws {
        let report = try sourcesReport("The United States “will not retreat,” the president noted.")
        #expect(report.attributions.count == 1)
        #expect(report.attributions.first?.cue?.text == "noted")
    }

    @Test func dialogueInAFeature() throws {
        let report = try sourcesReport("""
        Amélie Durand unlocks the bakery. “Every morning I wonder,” she says.

        Her son, Luc Durand, leans in the doorway. “You say that every winter,” he says.

        “And every winter I mean it,” she replies.
        """)
        #expect(report.attributions.map(\.source) == ["Amélie Durand", "Luc Durand", "Amélie Durand"])
        #expect(report.distinctSources == 2)
    }

    @Test func cueInsideQuotationIsNotAttribution() throws {
        let report = try sourcesReport("“He said no,” Smith told reporters.")
        #expect(report.attributions.count == 1)
        #expect(report.attributions.first?.cue?.text == "told")
    }
}
