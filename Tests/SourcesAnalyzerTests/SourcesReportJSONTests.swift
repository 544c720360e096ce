import Copydesk
import Foundation
import Testing
@testable import SourcesAnalyzer

/// The report's fast path (`JSONWritable`) against its synthesized `Encodable` conformance.
@Suite struct SourcesReportJSONTests {
    @Test(arguments: [
        "Officials said the plan failed. “We won,” said Jane Doe, the mayor. “And we will win again.”",
        "\"Nobody knows what comes next.\" The storm hit the coast, police said.",
        "The committee met on Monday.",
    ])
    func writesWhatFoundationEncodes(text: String) throws {
        let report = try sourcesReport(text)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let fast = try JSONSerialization.jsonObject(with: Data(try JSONWriter.bytes(of: report))) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? NSDictionary
        #expect(fast != nil && fast == encoded)
    }

    @Test func writesEveryKeyInOrderWithNulls() throws {
        let quote = TextSpan(text: "We \"won\"", start: 1, end: 9)
        let attribution = AttributionRecord(kind: .direct, quote: quote, quoteParts: [quote], speaker: nil, source: nil, cue: nil, cueType: nil, sentence: 0)
        let source = SourceRecord(name: "Jane Doe", type: .named, title: nil, mentions: 1, quoteCount: 1, wordsQuoted: 2, firstParagraph: 0)
        let report = SourcesReport(attributions: [attribution], sources: [source], distinctSources: 1, named: 1, anonymous: 0, organizations: 0,
                                   documents: 0, directQuotes: 1, quotedWordShare: 0.5, singleSource: true, anonymousMajority: false)
        #expect(String(decoding: try JSONWriter.bytes(of: report), as: UTF8.self)
            == #"{"attributions":[{"kind":"direct","quote":{"text":"We \"won\"","start":1,"end":9},"quote_parts":[{"text":"We \"won\"","start":1,"end":9}],"#
            + #""speaker":null,"source":null,"cue":null,"cue_type":null,"sentence":0}],"sources":[{"name":"Jane Doe","type":"named","title":null,"#
            + #""mentions":1,"quote_count":1,"words_quoted":2,"first_paragraph":0}],"distinct_sources":1,"named":1,"anonymous":0,"organizations":0,"#
            + #""documents":0,"direct_quotes":1,"quoted_word_share":0.5,"single_source":true,"anonymous_majority":false}"#)
    }
}
