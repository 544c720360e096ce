import Copydesk
import CopydeskBuiltins
import Foundation
import Testing
@testable import CopydeskCLI

/// Each built-in report writes itself (`JSONWritable`) byte for byte as its `Encodable`
/// conformance encodes through `analyze`'s encoder, and as Foundation's `JSONEncoder` does
/// (decoded-equal), on real documents: quotations, hedges, boosters, polar and loaded words,
/// absent values, empty lists, text that needs escapes.
@Suite struct BuiltInReportFastPathTests {
    static let documents: [String] = [
        """
        WASHINGTON — Finance Minister Jane Doe said on Tuesday that the budget was "a disaster for \
        families" and warned that prices could rise by about 3 percent. "We will clearly fight this \
        brutal cut," she told reporters. Officials, who spoke on condition of anonymity, said the \
        plan may be delayed. In fact, the ministry reportedly lost nearly $2 billion.

        The opposition called the vote a shameful betrayal. “It’s over,” said Mark Smith, a spokesman \
        for the Green Party, “and we lost.” According to a report by the Central Bank, growth is \
        likely to slow. Sources said the talks collapsed.
        """,
        """
        The committee met on Monday. It approved the schedule and adjourned at noon. Members will \
        meet again in May.
        """,
        """
        Residents of Zürich and 東京 celebrated the win 🙂 with a remarkable, wonderful parade. \
        "This is the best day of my life," said Anna Müller, 34.\tShe added: "Truly amazing!" \
        Police said the crowd was peaceful. Some experts suggest the turnout was perhaps 40,000, \
        though it is unclear whether that estimate is accurate.
        """,
        """
        "We did nothing wrong," the company said in a statement. It is not clear if regulators \
        will act. The report, published by Reuters, claims that executives allegedly hid losses \
        of around $40 million. Undoubtedly, critics say, the scandal is a catastrophe. \
        A back\\slash and a "quoted" word stay as written.
        """,
        """
        "We will win this fight," said John Smith, the mayor. "We have the votes and we have the\tpeople."

        "Nobody knows what comes next."

        “He said "never" twice,” Smith said. “The file is at C:\\archive\\2024,” the clerk said.
        """,
        "\"Nobody knows what comes next.\" The storm hit the coast on Friday, and roads were closed.",
        "Yes.",
    ]

    private static func reports(_ text: String) throws -> [(id: String, report: any Encodable & Sendable)] {
        let pipeline = try Pipeline(registry: AnalyzerRegistry(BuiltinAnalyzers.all), requested: ["tone", "sources", "hedging", "lexical"])
        let result = pipeline.run(id: "doc", source: "doc", text: text, language: .english, core: CoreAnalysis())
        #expect(result.issues.isEmpty)
        return result.reports
    }

    private static func fastBytes(_ report: any Encodable & Sendable) throws -> [UInt8] {
        let writable = try #require(report as? any JSONWritable, "\(type(of: report)) does not write its own JSON")
        return try JSONWriter.bytes(of: writable)
    }

    @Test(arguments: 0..<documents.count)
    func fastPathWritesWhatEncodableEncodes(document: Int) throws {
        let reports = try Self.reports(Self.documents[document])
        #expect(reports.map(\.id).sorted() == ["hedging", "lexical", "sources", "tone"])
        let foundation = JSONEncoder()
        foundation.keyEncodingStrategy = .convertToSnakeCase
        for (id, report) in reports {
            let fast = try Self.fastBytes(report)
            var encoded: [UInt8] = []
            #expect(try StreamingJSONWriter().write(report, to: &encoded))
            #expect(String(decoding: fast, as: UTF8.self) == String(decoding: encoded, as: UTF8.self), "\(id), document \(document)")
            let fastObject = try JSONSerialization.jsonObject(with: Data(fast)) as? NSDictionary
            let foundationObject = try JSONSerialization.jsonObject(with: foundation.encode(report)) as? NSDictionary
            #expect(fastObject != nil && fastObject == foundationObject, "\(id), document \(document)")
        }
    }

    /// The documents reach the cases that matter: nulls and values for each optional member,
    /// empty and filled lists.
    @Test func documentsCoverNullsAndEmptyLists() throws {
        var all = ""
        for text in Self.documents {
            for (id, report) in try Self.reports(text) {
                all += id + String(decoding: try Self.fastBytes(report), as: UTF8.self) + "\n"
            }
        }
        for fragment in [#""quoted_score":null"#, #""quoted_score":-"#, #""quoted_score":0."#, #""hedge_booster_ratio":null"#, #""hedge_booster_ratio":"#,
                         #""loaded_terms":[]"#, #""loaded_terms":[{"#, #""cues":[]"#, #""cues":[{"#, #""attributions":[]"#,
                         #""quote":null"#, #""quote":{"#, #""speaker":null"#, #""cue":null"#, #""cue_type":null"#, #""title":null"#,
                         #""title":""#, #""source":null"#, #""in_quote":true"#, #""quoted":true"#, #"\""#, #"\t"#, #"\\"#, "東京"] {
            #expect(all.contains(fragment), "no document writes \(fragment)")
        }
    }

    /// A number that is not finite fails the report in the record as the Encodable path does.
    @Test func nonFiniteNumbersFailAsThroughEncodable() throws {
        struct Ratio: JSONWritable {
            var value: Double
            func writeJSON(to json: inout JSONWriter) throws {
                json.beginObject()
                json.key("value"); try json.number(value)
                json.endObject()
            }
        }
        struct EncodedRatio: Encodable { var value: Double }
        func failure(_ encode: () throws -> Void) -> String {
            do { try encode(); return "" } catch { return "\(error)" }
        }
        let encoder = ReportEncoder()
        var out: [UInt8] = []
        #expect(failure { try encoder.encode(Ratio(value: .nan), into: &out) } == failure { try encoder.encode(EncodedRatio(value: .nan), into: &out) })
        #expect(out.isEmpty)
        try encoder.encode(Ratio(value: 0.5), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"value":0.5}"#)
    }
}
