import Testing
import Foundation
import Copydesk
@testable import SourcesAnalyzer

/// The shared sample article, when `../shared/samples` is present next to the package.
@Suite struct SampleArticleTests {
    static let path = "../shared/samples/000_e5a4515d375c709a.txt"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path)))
    func sampleArticle() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let report = try sourcesReport(text)
        let byName = Dictionary(report.sources.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["a senior administration official"]?.type == .anonymous)
        #expect(byName["a senior administration official"]?.quoteCount == 2)
        #expect(byName["Fiona Hill"]?.type == .named)
        #expect(byName["Fiona Hill"]?.title == "Russia expert")
        #expect(byName["H.R. McMaster"]?.type == .named)
        #expect(byName["H.R. McMaster"]?.title == "Trump’s national-security adviser")
        #expect(byName["Donald Trump"]?.type == .named)
        // Trump's "says" (no-break spaces around it) and "the president noted" are one source.
        #expect(report.attributions.contains { $0.cue?.text == "says" && $0.source == "Donald Trump" })
        #expect(report.attributions.contains { $0.cue?.text == "noted" && $0.source == "Donald Trump" })
        #expect(report.attributions.contains { $0.speaker?.text == "Trump administration officials" && $0.kind != .direct })
        // The quotation running over two sentences is one quotation of Hill.
        #expect(report.attributions.contains { $0.source == "Fiona Hill" && $0.quote?.text.contains("Vladimir pretty quickly") == true })
        #expect(report.attributions.contains { $0.source == "Fiona Hill" && $0.quote?.text.contains("friction") == true })
        // Headline scare quotes and the cookie banner are not sources.
        #expect(!report.attributions.contains { $0.quote?.text == "Good Relationship" })
        #expect((5...7).contains(report.distinctSources))
        #expect(!report.singleSource)
    }
}
