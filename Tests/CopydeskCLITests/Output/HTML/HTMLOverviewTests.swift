import Copydesk
import CopydeskBuiltins
import Testing
@testable import CopydeskCLI

struct HTMLOverviewTests {
    private let description = AnalyzerDescription(
        id: "demo", name: "Demo", summary: "A demo.", version: "1.0.0",
        outputFields: [OutputField("items", .array, ""), OutputField("score", .number, ""), OutputField("label", .string, ""), OutputField("extra", .integer, "")])

    /// Each plugin gives its first two scalar fields, in its own order.
    @Test func columnsAreEachPluginsFirstScalarFields() {
        #expect(HTMLOverview(descriptions: [description]).columns == [.init(plugin: "demo", field: "score"), .init(plugin: "demo", field: "label")])
        #expect(HTMLOverview(descriptions: []).columns.isEmpty)
    }

    /// A document that could not be read gets a row that says why, linking to its article.
    @Test func aFailedDocumentGetsARowWithItsReason() {
        var overview = HTMLOverview(descriptions: [description])
        #expect(overview.isEmpty)
        overview.add(.failure(id: "x<1>", source: "export.jsonl:3", DocumentIssue(code: "invalid_json", message: "not JSON")))
        #expect(!overview.isEmpty)
        let link = "<a href=\"#\(HTMLOverview.anchor(for: "export.jsonl:3"))\">x&lt;1&gt;</a>"
        #expect(overview.html.contains("<tr class=\"failed\"><th>\(link)</th><td colspan=\"6\"><code>invalid_json</code></td></tr>"))
        #expect(overview.html.contains("<th>demo score</th><th>demo label</th></tr>"))
    }

    /// Only a report's column fields are read, and the cells are what reading the whole report
    /// gives: plain values, a nested value in a scalar column, a missing field, a report that
    /// is no object, and one that is no JSON.
    @Test(arguments: [
        #"{"items":[1,{"a":[2]}],"score":0.25,"label":"a<b & c","extra":3}"#,
        #"{"score":{"nested":[1,2]},"label":null}"#,
        #"{"label":true}"#,
        #"[1,2]"#,
        #"{"score":1e400,"label":"x"}"#,
        #"{"score":"#,
    ])
    func cellsAreWhatTheWholeReportGives(_ reply: String) throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry(BuiltinAnalyzers.all), requested: [])
        var result = pipeline.run(id: "a", source: "a", text: "A short text.", language: .english, core: CoreAnalysis())
        result.reports = [(id: "demo", report: RawJSONReport(bytes: Array(reply.utf8)))]
        var overview = HTMLOverview(descriptions: [description])
        overview.add(result)
        let whole = ReportValue.parse(Array(reply.utf8))
        let cells = ["score", "label"].map { "<td>" + (whole?[$0].map { HTMLReport.html($0, depth: 1) } ?? "") + "</td>" }
        #expect(overview.html.contains(cells.joined() + "</tr>"))
    }

    /// Anchors are plain ids, the same for the same source and different for different ones.
    @Test func anchorsArePlainAndStable() {
        let anchor = HTMLOverview.anchor(for: "a b/\"c\"#.txt")
        #expect(anchor.count == 20 && anchor.hasPrefix("doc-") && anchor.dropFirst(4).allSatisfy(\.isHexDigit))
        #expect(anchor == HTMLOverview.anchor(for: "a b/\"c\"#.txt"))
        #expect(HTMLOverview.anchor(for: "export.jsonl:1") != HTMLOverview.anchor(for: "export.jsonl:2"))
        #expect(HTMLOverview.anchor(for: "") == "doc-cbf29ce484222325")
    }
}
