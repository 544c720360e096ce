import Copydesk
import Foundation
import Testing
@testable import ToneAnalyzer

/// The report's fast path (`JSONWritable`) against its synthesized `Encodable` conformance.
@Suite struct ToneReportJSONTests {
    @Test(arguments: [
        "The rescue was a remarkable success, but the storm was a brutal disaster for farmers.",
        "“This is a shameful betrayal,” the senator said. Prices rose sharply. Officials praised the quick response.",
        "The committee met on Monday.",
    ])
    func writesWhatFoundationEncodes(text: String) throws {
        let report = try tone(text)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let fast = try JSONSerialization.jsonObject(with: Data(try JSONWriter.bytes(of: report))) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? NSDictionary
        #expect(fast != nil && fast == encoded)
    }

    @Test func writesEveryKeyInOrderWithNulls() throws {
        let report = ToneAnalyzer.Report(
            score: -0.25, label: "negative", narrativeScore: -0.5, quotedScore: nil, subjectivity: 0.1, polarTerms: 2,
            sentences: [ToneAnalyzer.SentenceTone(index: 0, start: 0, end: 12, score: -0.5)],
            loadedTerms: [ToneAnalyzer.LoadedTerm(text: "brutal \"cut\"", start: 3, end: 9, category: "loaded", quoted: true)],
            drivers: [])
        #expect(String(decoding: try JSONWriter.bytes(of: report), as: UTF8.self)
            == #"{"score":-0.25,"label":"negative","narrative_score":-0.5,"quoted_score":null,"subjectivity":0.1,"polar_terms":2,"#
            + #""sentences":[{"index":0,"start":0,"end":12,"score":-0.5}],"loaded_terms":[{"text":"brutal \"cut\"","start":3,"end":9,"category":"loaded","quoted":true}],"drivers":[]}"#)
    }
}
