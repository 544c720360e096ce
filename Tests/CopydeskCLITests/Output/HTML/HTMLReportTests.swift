import Testing
@testable import CopydeskCLI

struct HTMLReportTests {
    private func value(_ json: String) throws -> ReportValue {
        try #require(ReportValue.parse(Array(json.utf8)))
    }

    @Test func scalarsAreWrittenForPeople() throws {
        #expect(HTMLReport.html(try value("true"), depth: 0) == "yes")
        #expect(HTMLReport.html(try value("false"), depth: 0) == "no")
        #expect(HTMLReport.html(try value("0.123456"), depth: 0) == "0.12")
        #expect(HTMLReport.html(try value("42"), depth: 0) == "42")
        #expect(HTMLReport.html(try value("null"), depth: 0) == #"<span class="na">—</span>"#)
        #expect(HTMLReport.html(try value(#""<b>""#), depth: 0) == "&lt;b&gt;")
        #expect(HTMLReport.html(try value("[]"), depth: 0) == #"<span class="na">none</span>"#)
        #expect(HTMLReport.html(try value(#"["a", 1]"#), depth: 0) == "a, 1")
    }

    /// A list of objects is a folded table with `text` as its first column, then the keys in
    /// the order first met; past
    /// `listedRows` rows it says how many more there are.
    @Test func listsOfObjectsAreTables() throws {
        let html = HTMLReport.html(try value(#"[{"start": 1, "text": "may"}, {"text": "might", "extra": true}]"#), depth: 0)
        #expect(html.hasPrefix("<details><summary>2 items</summary><table class=\"list\"><tr><th>text</th><th>start</th><th>extra</th></tr>"))
        #expect(html.contains("<tr><td>may</td><td>1</td><td></td></tr><tr><td>might</td><td></td><td>yes</td></tr>"))
        let long = "[" + Array(repeating: #"{"text": "x"}"#, count: HTMLReport.listedRows + 5).joined(separator: ",") + "]"
        #expect(HTMLReport.html(try value(long), depth: 0).contains("… and 5 more"))
        #expect(HTMLReport.html(try value(#"[{"a": 1}]"#), depth: 1) == "1 item")
    }

    /// Members keep the report's order.
    @Test func objectsAreKeyValueTables() throws {
        #expect(HTMLReport.html(try value(#"{"b": 2, "a": "x"}"#), depth: 0) == #"<table class="nested"><tr><th>b</th><td>2</td></tr><tr><th>a</th><td>x</td></tr></table>"#)
        #expect(HTMLReport.html(try value(#"{"b": 2, "a": "x"}"#), depth: 2) == "b=2 a=x")
    }
}
