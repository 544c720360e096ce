import Testing
import Foundation
@testable import SourcesAnalyzer

/// The JSON keys the CLI produces (snake_case conversion).
@Suite struct SourcesJSONTests {
    @Test func keysAreSnakeCaseWithExplicitNulls() throws {
        let report = try sourcesReport("Officials said the plan failed. “We won,” said Jane Doe.")
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        #expect(Set(object.keys) == ["attributions", "sources", "distinct_sources", "named", "anonymous", "organizations",
                                     "documents", "direct_quotes", "quoted_word_share", "single_source", "anonymous_majority"])
        let attributions = try #require(object["attributions"] as? [[String: Any]])
        #expect(Set(attributions[0].keys) == ["kind", "quote", "quote_parts", "speaker", "source", "cue", "cue_type", "sentence"])
        #expect(attributions[0]["quote"] is NSNull)
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(Set(sources[0].keys) == ["name", "type", "title", "mentions", "quote_count", "words_quoted", "first_paragraph"])
    }
}
