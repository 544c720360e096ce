import Testing
@testable import CopydeskCLI

struct RunSummaryTests {
    private func figures(words: Int, score: Double, failed: Bool = false) -> SummaryFigures {
        SummaryFigures(failed: failed, words: words, values: [("words_per_document", Double(words)), ("tone_score", score)])
    }

    @Test func countsDocumentsFailuresAndWords() {
        var summary = RunSummary()
        summary.add(figures(words: 10, score: 0.5))
        summary.add(figures(words: 30, score: -0.25))
        summary.add(SummaryFigures(failed: true))
        let json = String(decoding: summary.json(), as: UTF8.self)
        #expect(json == #"{"summary":{"documents":3,"failed":1,"words":40,"percentiles":"exact","figures":{"#
            + #""words_per_document":{"mean":20,"p10":10,"median":30,"p90":30},"tone_score":{"mean":0.125,"p10":-0.25,"median":0.5,"p90":0.5}}}}"#)
    }

    /// Figures that are not finite (a ratio over nothing) are left out rather than poisoning the mean.
    @Test func leavesOutFiguresThatAreNotFinite() {
        var summary = RunSummary()
        summary.add(figures(words: 10, score: .nan))
        summary.add(figures(words: 10, score: 1))
        #expect(String(decoding: summary.json(), as: UTF8.self).contains(#""tone_score":{"mean":1,"p10":1,"median":1,"p90":1}"#))
    }

    /// Past 65,536 documents the percentiles are sampled, and both forms say so.
    @Test func saysWhenPercentilesAreEstimated() {
        var summary = RunSummary()
        for index in 0..<(FigureSample.defaultCapacity + 1) { summary.add(figures(words: index % 100, score: 0)) }
        #expect(String(decoding: summary.json(), as: UTF8.self).contains(#""percentiles":"estimated""#))
        #expect(summary.text().hasSuffix("  (percentiles estimated from a uniform sample of 65536 values per figure; means exact)\n"))
    }

    /// One document reads as one, not "1 documents".
    @Test func oneDocumentIsSingular() {
        var summary = RunSummary()
        summary.add(figures(words: 1, score: 0))
        #expect(summary.text().hasPrefix("summary: 1 document, 0 failed, 1 word\n"))
    }
}
