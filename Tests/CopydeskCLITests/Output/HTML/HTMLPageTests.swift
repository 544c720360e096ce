import Testing
@testable import CopydeskCLI

struct HTMLPageTests {
    @Test func theHeadNamesThePluginsAndTheFootClosesThePage() {
        let head = HTMLPage.head(plugins: ["tone", "<x>"])
        #expect(head.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(head.contains("plugins: tone, &lt;x&gt;"))
        #expect(!head.contains("<script"))
        #expect(HTMLPage.head(plugins: []).contains("readability and no plugins"))
        #expect(HTMLPage.foot == "</body>\n</html>\n")
    }

    @Test func theSummaryIsATable() {
        let json = Array(#"{"summary":{"documents":2,"failed":1,"words":30,"figures":{"tone.score":{"mean":0.25,"p10":0,"median":0.5,"p90":1}}}}"#.utf8)
        let html = HTMLPage.summary(json)
        #expect(html.contains("documents <b>2</b> · failed <b>1</b> · words <b>30</b>"))
        #expect(html.contains("<tr><th>tone.score</th><td>0.25</td><td>0</td><td>0.5</td><td>1</td></tr>"))
        #expect(HTMLPage.summary(Array("not json".utf8)) == "")
    }
}
