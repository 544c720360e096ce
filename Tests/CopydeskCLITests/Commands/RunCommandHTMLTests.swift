import Foundation
import Testing

/// `--format html` end to end: one page, one `<article>` per input record, well nested, with the
/// plugins' findings marked in the text.
struct RunCommandHTMLTests {
    /// The element names of `html`'s tags in order, with an error for each end tag that does
    /// not close the innermost open element (`meta` is void).
    private func unbalancedTags(_ html: String) -> [String] {
        var open: [String] = [], errors: [String] = []
        let tag = try! NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
        for match in tag.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let closing = Range(match.range(at: 1), in: html).map { !html[$0].isEmpty } ?? false
            let name = Range(match.range(at: 2), in: html).map { String(html[$0]).lowercased() } ?? ""
            if name == "meta" { continue }
            if !closing { open.append(name) } else if open.last == name { open.removeLast() } else { errors.append("</\(name)> with \(open.last ?? "nothing") open") }
        }
        return errors + open.map { "<\($0)> never closed" }
    }

    @Test func oneArticleIsAPageWithItsFindingsMarked() throws {
        let result = try AnalyzeProcess.run(["--format", "html", "--plugins", "all", AnalyzeProcess.fixture("wire.txt")])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(unbalancedTags(html).isEmpty, "\(unbalancedTags(html))")
        #expect(html.components(separatedBy: "<article class=\"document\" id=").count == 2)
        #expect(html.contains("<details class=\"text\" open>"))
        #expect(html.contains(#"<mark class="k-speaker p-sources" title="Sources: speaker">The Eastport Harbor Authority</mark>"#))
        #expect(html.contains(#"<mark class="k-cue p-sources" title="Sources: cue">said</mark>"#))
        #expect(html.contains("<h3>Readability</h3>") && html.contains("<th>flesch_reading_ease</th>"))
        for plugin in ["tone", "sources", "hedging", "lexical"] { #expect(html.contains("<code>\(plugin)</code></h3>")) }
    }

    /// The same page, byte for byte, as the golden file beside the fixture (regenerate it with
    /// `analyze --format html --plugins all Tests/CopydeskCLITests/Fixtures/wire.txt` after a
    /// deliberate change, and read the diff).
    @Test func oneArticleMatchesTheGoldenPage() throws {
        // A path relative to the package root (where the process runs), as the golden page has it.
        let result = try AnalyzeProcess.run(["--format", "html", "--plugins", "all", "Tests/CopydeskCLITests/Fixtures/wire.txt"])
        let golden = try String(contentsOfFile: AnalyzeProcess.fixture("wire.html"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    /// A corpus: every record yields an article (a failed one says why), texts are folded, and
    /// `--summary-mode record` adds the summary as the last section.
    @Test func aCorpusHasOneArticlePerRecordAndTheSummaryLast() throws {
        let lines = #"{"id":"a","text":"The mayor said the plan may fail."}"# + "\n" + "{not json}\n" + #"{"id":"<b>","text":"Rain fell."}"# + "\n"
        let result = try AnalyzeProcess.run(["--format", "html", "--summary-mode", "record", "--input-format", "jsonl", "-"], stdin: lines)
        #expect(result.status == 1)
        let html = result.stdout
        #expect(unbalancedTags(html).isEmpty, "\(unbalancedTags(html))")
        #expect(html.components(separatedBy: "<article class=\"document\" id=").count == 4)
        #expect(html.contains("<h2>&lt;b&gt;</h2>") && !html.contains("<h2><b>"))
        #expect(html.contains("<code>invalid_json</code>"))
        #expect(html.contains("<details class=\"text\">") && !html.contains("<details class=\"text\" open>"))
        let summary = try #require(html.range(of: "<section class=\"summary\">"))
        #expect(html[summary.upperBound...].contains("documents <b>3</b> · failed <b>1</b>"))
        #expect(html.range(of: "</article>", options: .backwards)!.lowerBound < summary.lowerBound)
        // The overview: a row per record, in order, each linking to its article's id.
        let overview = try #require(html.range(of: "<section class=\"overview\">"))
        #expect(summary.lowerBound < overview.lowerBound)
        let links = try NSRegularExpression(pattern: "href=\"#(doc-[0-9a-f]{16})\">([^<]*)</a>")
            .matches(in: html, range: NSRange(html.startIndex..., in: html)).map { (String(html[Range($0.range(at: 1), in: html)!]), String(html[Range($0.range(at: 2), in: html)!])) }
        let articles = try NSRegularExpression(pattern: "<article class=\"document\" id=\"(doc-[0-9a-f]{16})\">")
            .matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
        #expect(links.map(\.0) == articles && Set(articles).count == 3)
        #expect(links.map(\.1) == ["a", "&lt;stdin&gt;:2", "&lt;b&gt;"])
        #expect(html.contains("<tr class=\"failed\">"))
    }

    /// A web page's title, byline and date, as its markup gave them, head its article.
    @Test func aWebPageShowsWhatItsMarkupSaid() throws {
        let page = #"<html><head><title>Budget passes</title><meta name="author" content="Ann &lt;Lee&gt;"></head><body><article><h1>Budget passes</h1><p>The council approved the budget on Tuesday after a long debate about schools.</p></article></body></html>"#
        let result = try AnalyzeProcess.run(["--format", "html", "--plugins", "none", "--input-format", "html", "-"], stdin: page)
        #expect(result.status == 0)
        #expect(result.stdout.contains("<p class=\"source\">“Budget passes”"))
    }

    /// An out-of-process plugin's passages are marked by the same rule as the built-in ones:
    /// any object of its reply with `text`, `start` and `end`.
    @Test func anExecPluginsPassagesAreMarkedToo() throws {
        let reply = #"{"hits":[{"text":"Har","start":0,"end":3,"kind":"demo_kind"}],"n":1}"#
        let result = try AnalyzeProcess.run(["--plugins", "none", "--format", "html", "--exec-plugin",
                                             "marks=while read line; do echo '\(reply)'; done", "Tests/CopydeskCLITests/Fixtures/wire.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#"<mark class="c-demo-kind k-hit p-marks" title="marks: hit: demo kind">Har</mark>"#))
        #expect(result.stdout.contains("<th>hits</th>"))
    }

    /// One document makes no overview: the page is its article.
    @Test func oneDocumentHasNoOverview() throws {
        let result = try AnalyzeProcess.run(["--format", "html", "--plugins", "none"], stdin: "The council met on Tuesday.")
        #expect(result.status == 0 && !result.stdout.contains("<section class=\"overview\">"))
    }
}
