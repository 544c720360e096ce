import Testing
@testable import SourcesAnalyzer

/// The errors seen on `Docs/examples/council-budget.txt` and in the new articles, one test each.
@Suite struct SpeakerResolutionTests {
    @Test func relativePronounIsNotPartOfTheSpeaker() throws {
        let report = try sourcesReport("The council approved a budget that officials said would close a gap.")
        let attribution = try #require(report.attributions.first)
        #expect(attribution.speaker?.text == "officials")
        #expect(report.sources.first?.type == .anonymous)
    }

    @Test func subjectWithRelativeClauseThenCalledAndSaid() throws {
        let report = try sourcesReport("Council member Luis Ortega, who voted against the plan, called the library cuts \"short-sighted\" and said the city could have drawn on its reserve fund instead. \"Closing libraries on Saturdays hits the families who can least afford it,\" he said.")
        #expect(report.sources.count == 1)
        let source = try #require(report.sources.first)
        #expect(source.name == "Luis Ortega")
        #expect(source.title == "Council member")
        #expect(report.attributions.map { $0.cue?.text } == ["called", "said", "said"])
        #expect(report.attributions.first?.kind == .mixed)
        #expect(report.attributions.first?.quote?.text == "short-sighted")
        #expect(report.attributions.allSatisfy { $0.source == "Luis Ortega" })
    }

    @Test func calledWithoutANamedSpeakerIsNotACue() throws {
        let report = try sourcesReport("Some residents called the plan a “boondoggle.” The mayor called the meeting to order.")
        #expect(report.attributions.isEmpty)
    }

    @Test func appositiveWithTitleAndPronoun() throws {
        let report = try sourcesReport("Dr. Amelia Stone, an economist at Riverton State University, said the budget was \"a reasonable compromise.\" She noted that the city's credit rating remains stable.")
        #expect(report.sources.count == 1)
        #expect(report.sources.first?.name == "Amelia Stone")
        let first = try #require(report.attributions.first)
        #expect(first.kind == .mixed)
        #expect(first.cue?.text == "said")
        #expect(report.attributions.last?.cue?.text == "noted")
        #expect(report.attributions.last?.source == "Amelia Stone")
    }

    @Test func definiteRoleRefersBackToAnonymousSource() throws {
        let report = try sourcesReport("A senior city official, who spoke on condition of anonymity, said the council had considered a hiring freeze. That idea was dropped after objections from the police union, the official said.")
        #expect(report.sources.count == 1)
        #expect(report.sources.first?.name == "a senior city official")
        #expect(report.sources.first?.mentions == 2)
        #expect(report.sources.first?.title == nil)
    }

    @Test func presidentMergesWithEvidenceOrInTheSameParagraph() throws {
        let withTitle = try sourcesReport("President Donald Trump met farmers on Monday. Trump says the deal is good. “It will help,” the president noted.")
        #expect(withTitle.sources.count == 1)
        #expect(withTitle.attributions.allSatisfy { $0.source == "Donald Trump" })
        // Second reference by title, the newsroom convention, inside one paragraph.
        let sameParagraph = try sourcesReport("Donald Trump says the deal is good. “It will help,” the president noted.")
        #expect(sameParagraph.sources.count == 1)
        #expect(sameParagraph.sources.first?.title == "president")
        // In another paragraph, with nothing tying them, they stay apart.
        let apart = try sourcesReport("Donald Trump says the deal is good.\n\nLater, “It will help,” the president noted.")
        #expect(apart.sources.count == 2)
        #expect(apart.attributions.last?.source == "the president")
    }

    @Test func partitiveRefersBackToGroup() throws {
        let report = try sourcesReport("The pause was discussed, two people familiar with the matter said. No decision has been made, according to one of the people.")
        #expect(report.sources.count == 1)
        #expect(report.attributions.count == 2)
    }

    @Test func surnameTakesFullNameFromElsewhere() throws {
        let report = try sourcesReport("Trade adviser Peter Navarro has argued for holding firm. In an interview, Navarro said there would be no pause.")
        #expect(report.attributions.map { $0.cue?.text } == ["said"])
        #expect(report.sources.first?.name == "Peter Navarro")
    }

    @Test func nameBetweenCommasAfterRole() throws {
        let report = try sourcesReport("Labour's shadow transport secretary, Louise Haigh, said ministers had \"gone missing\".")
        #expect(report.sources.first?.name == "Louise Haigh")
        #expect(report.sources.first?.title == "Labour's shadow transport secretary")
        #expect(report.attributions.first?.kind == .mixed)
    }

    @Test func coordinatedAndParticipleCues() throws {
        let report = try sourcesReport("Press secretary Karoline Leavitt did not address the talks but said the president was focused. \"They can't do this alone,\" analyst Maria Santos said, adding that the balance sheet was thin.")
        #expect(report.attributions.map { $0.cue?.text } == ["said", "said", "adding"])
        #expect(report.attributions.map(\.source) == ["Karoline Leavitt", "Maria Santos", "Maria Santos"])
    }

    @Test func relativeClauseCoordinationIsNotACue() throws {
        let report = try sourcesReport("Members of the council approved a budget that trims library hours but adds money for road repairs.")
        #expect(report.attributions.isEmpty)
    }

    @Test func requestIsNotACue() throws {
        let report = try sourcesReport("The FDA asked for an additional trial, Orion said.")
        #expect(report.attributions.map { $0.cue?.text } == ["said"])
    }

    @Test func pronounAfterNamedSubjectInParagraph() throws {
        let report = try sourcesReport("“The bus will be late,” a council spokeswoman said.\n\nBack in the café, Fiona Reid wipes down a table. “Ask me in a year,” she says.")
        #expect(report.attributions.last?.source == "Fiona Reid")
    }

    @Test func documentNounBeforeParticiple() throws {
        let report = try sourcesReport("A poll released last month by Capitol University found that 61 percent favored the rule.")
        #expect(report.sources.first?.type == .document)
        #expect(report.sources.first?.name == "a poll")
    }
}
