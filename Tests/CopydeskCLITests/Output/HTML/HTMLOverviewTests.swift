import Copydesk
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

    /// Anchors are plain ids, the same for the same source and different for different ones.
    @Test func anchorsArePlainAndStable() {
        let anchor = HTMLOverview.anchor(for: "a b/\"c\"#.txt")
        #expect(anchor.count == 20 && anchor.hasPrefix("doc-") && anchor.dropFirst(4).allSatisfy(\.isHexDigit))
        #expect(anchor == HTMLOverview.anchor(for: "a b/\"c\"#.txt"))
        #expect(HTMLOverview.anchor(for: "export.jsonl:1") != HTMLOverview.anchor(for: "export.jsonl:2"))
        #expect(HTMLOverview.anchor(for: "") == "doc-cbf29ce484222325")
    }
}
