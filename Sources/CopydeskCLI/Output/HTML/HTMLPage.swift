import Copydesk

/// The page around the documents of `--format html`: one self-contained file (its style inline,
/// no script, nothing fetched), written as the run goes — the head first, each document's
/// `<article>` as it is done, then the run summary (`--summary-mode record`), the overview of
/// several documents (shown first) and the foot.
enum HTMLPage {
    /// The start of the page, up to the first document.
    static func head(plugins: [String]) -> String {
        let ran = plugins.isEmpty ? "no plugins" : "plugins: " + plugins.map(HTMLEscaping.escaped).joined(separator: ", ")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="Copydesk \(CopydeskVersion.current)">
        <title>Copydesk report</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <header><h1>Copydesk report</h1><p>Copydesk \(CopydeskVersion.current) · readability and \(ran). Figures are explained in the tooltips of their names.</p></header>

        """
    }

    /// The end of the page.
    static let foot = "</body>\n</html>\n"

    /// The run summary (`RunSummary.json()`) as a section.
    static func summary(_ json: [UInt8]) -> String {
        guard let summary = ReportValue.parse(json)?["summary"] else { return "" }
        var out = "<section class=\"summary\">\n<h2>Summary</h2>\n<p class=\"facts\">"
        out += ["documents", "failed", "words"].map { "\($0) <b>\(summary[$0].map { HTMLReport.html($0, depth: 0) } ?? "0")</b>" }.joined(separator: " · ")
        out += "</p>\n"
        if case .object(let figures)? = summary["figures"], !figures.isEmpty {
            out += "<table class=\"list\"><tr><th>figure</th><th>mean</th><th>p10</th><th>median</th><th>p90</th></tr>\n"
            for figure in figures {
                out += "<tr><th>\(HTMLEscaping.escaped(figure.key))</th>" + ["mean", "p10", "median", "p90"].map { "<td>\(figure.value[$0].map { HTMLReport.html($0, depth: 1) } ?? "")</td>" }.joined() + "</tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</section>\n"
    }

    /// The page's style: readable on screen and on paper; each built-in plugin's marks have their
    /// own look, a third party's a plain one.
    static let style = """
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; display: flex; flex-direction: column; }
    body > header { order: -2; }
    section.overview { order: -1; overflow-x: auto; }
    section.overview th a { white-space: nowrap; }
    tr.failed th, tr.failed td { color: #a00; }
    header p, .source { color: #555; }
    article.document, section.summary { border-top: 2px solid #ccc; margin-top: 2rem; padding-top: 0.5rem; }
    h2 { margin-bottom: 0.2rem; word-break: break-all; }
    h3 { margin: 1.2rem 0 0.3rem; font-size: 1.05rem; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); column-gap: 2rem; }
    .legend { font-size: 0.9rem; }
    .legend mark { margin-right: 0.4rem; }
    h3 code { color: #777; font-weight: normal; }
    table { border-collapse: collapse; }
    th, td { text-align: left; vertical-align: top; padding: 0.1rem 0.6rem 0.1rem 0; }
    table.list th, table.list td { border-bottom: 1px solid #eee; padding-right: 0.8rem; }
    table.fields > tbody > tr > th, table.fields > tr > th { font-weight: 600; white-space: nowrap; }
    th[title] { text-decoration: underline dotted; cursor: help; }
    .na { color: #888; }
    .errors { color: #a00; }
    .article-text { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.6; }
    del { color: #999; text-decoration: line-through; }
    mark { background: #e8f0d8; border-radius: 2px; }
    mark.p-hedging { background: #fff2a8; }
    mark.p-hedging.c-booster { background: #ffd9a8; }
    mark.p-tone { background: #ffd6dc; }
    mark.p-sources { background: transparent; border-bottom: 2px solid #4a7fd0; }
    mark.p-sources.k-quote { background: #e3edfb; }
    mark.p-sources.k-speaker { font-weight: 600; }
    mark.p-sources.k-cue { border-bottom-style: dotted; }
    @media print { details > * { display: block; } mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
    """
}
