import Copydesk
import Foundation
import Testing
@testable import HedgingAnalyzer

/// The report's fast path (`JSONWritable`) against its synthesized `Encodable` conformance.
@Suite struct HedgingReportJSONTests {
    @Test(arguments: [
        "Officials said the plan may be delayed by about two weeks. In fact, it clearly failed.",
        "“It could perhaps work,” she said. Sources said the talks reportedly collapsed.",
        "The committee met on Monday.",
    ])
    func writesWhatFoundationEncodes(text: String) throws {
        let report = try hedging(text)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let fast = try JSONSerialization.jsonObject(with: Data(try JSONWriter.bytes(of: report))) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? NSDictionary
        #expect(fast != nil && fast == encoded)
    }

    @Test func writesEveryKeyInOrderWithNulls() throws {
        var counts = HedgingAnalyzer.CategoryCounts()
        counts.epistemic = 1
        let cue = HedgingAnalyzer.Cue(text: "may", start: 4, end: 7, category: .epistemic, sentence: 0, inQuote: false)
        let report = HedgingAnalyzer.Report(
            cues: [cue], count: 1, writerCount: 1, quotedCount: 0, per1000Words: 125, hedgedSentences: [0], hedgedSentenceShare: 1,
            byCategory: counts, boosters: HedgingAnalyzer.Boosters(count: 0, writerCount: 0, cues: []), hedgeBoosterRatio: nil)
        #expect(String(decoding: try JSONWriter.bytes(of: report), as: UTF8.self)
            == #"{"cues":[{"text":"may","start":4,"end":7,"category":"epistemic","sentence":0,"in_quote":false}],"count":1,"writer_count":1,"#
            + #""quoted_count":0,"per_1000_words":125,"hedged_sentences":[0],"hedged_sentence_share":1,"by_category":{"epistemic":1,"#
            + #""approximator":0,"unverified":0,"vague_quantifier":0,"anonymous_attribution":0,"hedged_prediction":0,"open_question":0},"#
            + #""boosters":{"count":0,"cues":[],"writer_count":0},"hedge_booster_ratio":null}"#)
    }
}
