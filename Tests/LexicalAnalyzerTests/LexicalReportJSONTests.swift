import Copydesk
import Foundation
import Testing
@testable import LexicalAnalyzer

/// The report's fast path (`JSONWritable`) against its synthesized `Encodable` conformance.
@Suite struct LexicalReportJSONTests {
    @Test(arguments: ["The budget passed. The Budget failed. A budget!", "Zürich und 東京: \"quoted\" words, back\\slash.", "Yes."])
    func writesWhatFoundationEncodes(text: String) throws {
        let report = try LexicalAnalyzerTests.report(text)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let fast = try JSONSerialization.jsonObject(with: Data(try JSONWriter.bytes(of: report))) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? NSDictionary
        #expect(fast != nil && fast == encoded)
    }

    @Test func writesEveryKeyInOrder() throws {
        let report = LexicalAnalyzer.Report(words: 3, distinctWords: 2, typeTokenRatio: 2.0 / 3, movingAverageTtr: 1, lexicalDensity: 0.5,
                                            topContentWords: [LexicalAnalyzer.WordCount(word: "budget", count: 2)])
        #expect(String(decoding: try JSONWriter.bytes(of: report), as: UTF8.self)
            == #"{"words":3,"distinct_words":2,"type_token_ratio":0.6666666666666666,"moving_average_ttr":1,"lexical_density":0.5,"top_content_words":[{"word":"budget","count":2}]}"#)
    }
}
