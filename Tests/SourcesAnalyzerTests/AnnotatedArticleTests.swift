import Testing
@testable import SourcesAnalyzer

/// Scores on the annotated articles, against the quality targets of issue 6.
@Suite struct AnnotatedArticleTests {
    /// Every annotated article, the first three and those of `MoreAnnotatedArticles`.
    static let all: [(String, MarkedArticle)] = [("council", AnnotatedArticles.council), ("recall", AnnotatedArticles.recall),
                                                 ("bakery", AnnotatedArticles.bakery)] + MoreAnnotatedArticles.all

    @Test(arguments: all)
    func meetsTargets(name: String, article: MarkedArticle) throws {
        let report = try article.analyze()
        let scores = article.score(report)
        print("SCORES \(name): cue F1 \(scores.cueF1), quote F1 \(scores.quoteF1), speaker \(scores.speakerAccuracy), sources \(report.distinctSources)/\(article.distinctSources)")
        #expect(scores.cueF1 >= 0.8, "cue F1 of \(name)")
        #expect(scores.quoteF1 >= 0.85, "quote F1 of \(name)")
        #expect(scores.speakerAccuracy >= 0.85, "speaker accuracy of \(name)")
        #expect(abs(report.distinctSources - article.distinctSources) <= 1, "distinct sources of \(name)")
    }

    @Test func averageScores() throws {
        var cue = 0.0, quote = 0.0, speaker = 0.0
        let articles = [AnnotatedArticles.council, AnnotatedArticles.recall, AnnotatedArticles.bakery]
        for article in articles {
            let scores = article.score(try article.analyze())
            cue += scores.cueF1; quote += scores.quoteF1; speaker += scores.speakerAccuracy
        }
        let n = Double(articles.count)
        print("SCORES mean: cue F1 \(cue / n), quote F1 \(quote / n), speaker \(speaker / n)")
        #expect(cue / n >= 0.85)
        #expect(quote / n >= 0.9)
        #expect(speaker / n >= 0.9)
    }
}
