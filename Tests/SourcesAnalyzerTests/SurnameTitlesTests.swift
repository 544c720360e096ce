import Testing
import Copydesk
@testable import SourcesAnalyzer

struct SurnameTitlesTests {
    @Test func anEntryAnswersWithTheFirstTitledOccurrenceNotTheSpeakersOwn() {
        let entry = SurnameTitles.Entry(first: .init(token: 3, title: "President"), second: .init(token: 40, title: "Senator"))
        #expect(entry.title(excluding: 10) == "President")
        #expect(entry.title(excluding: 3) == "Senator")
        #expect(SurnameTitles.Entry(first: .init(token: 3, title: "President")).title(excluding: 3) == nil)
        #expect(SurnameTitles.Entry().title(excluding: 0) == nil)
    }

    @Test func aSurnameIsLookedUpOncePerDocument() {
        let titles = SurnameTitles()
        var finds = 0
        for _ in 0..<3 {
            _ = titles.entry(for: 7) { finds += 1; return SurnameTitles.Entry() }
        }
        #expect(finds == 1)
        titles.reset()
        _ = titles.entry(for: 7) { finds += 1; return SurnameTitles.Entry() }
        #expect(finds == 2)
    }

    /// The title comes from another occurrence of the surname; the speaker's own is skipped.
    @Test func aTitleWrittenElsewhereNamesTheSource() throws {
        let report = try sourcesReport("Senator Mary Jones spoke on Monday. “We will vote,” Mary Jones said.")
        #expect(report.sources.count == 1)
        #expect(report.sources.first?.name == "Mary Jones")
        #expect(report.sources.first?.title == "Senator")
    }

    /// Property: a document naming a few people many times gets the same sources from every
    /// workspace state (the remembered titles are the document's own).
    @Test func titlesAreNotCarriedToTheNextDocument() throws {
        let analyzer = try SourcesAnalyzer(options: .none)
        let titled = try CoreAnalysis().analyze(text: "Governor Ann Lee met farmers. “It will help,” Ann Lee said.", language: .english)
        let plain = try CoreAnalysis().analyze(text: "Ann Lee met farmers. “It will help,” Ann Lee said.", language: .english)
        _ = try analyzer.analyze(titled, context: AnalysisContext())
        let second = try analyzer.analyze(plain, context: AnalysisContext())
        #expect(second.sources.first?.title == nil)
        #expect(try analyzer.analyze(titled, context: AnalysisContext()).sources.first?.title == "Governor")
    }
}
