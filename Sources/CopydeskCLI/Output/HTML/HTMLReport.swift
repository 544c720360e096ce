import Copydesk
import Foundation

/// One document of the HTML report (`--format html`): its counts and readability, one table per
/// plugin, and its text with what the plugins found marked (quotes, speakers, hedges, loaded
/// terms) and what cleaning left out struck through. `HTMLPage` wraps the documents in a page.
struct HTMLReport {
    private let encoder = ReportEncoder()
    /// Whether the text is shown open (one document) or folded (a corpus).
    let opensText: Bool

    /// Rows shown of a list before "… and N more".
    static let listedRows = 200

    func render(_ result: DocumentResult, descriptions: [String: AnalyzerDescription]) -> String {
        var out = "<article class=\"document\" id=\"\(HTMLOverview.anchor(for: result.source))\">\n<h2>\(HTMLEscaping.escaped(result.id))</h2>\n"
        if result.source != result.id { out += "<p class=\"source\">\(HTMLEscaping.escaped(result.source))</p>\n" }
        // What a web page's markup said of it.
        let page = [("title", "“%@”"), ("byline", "by %@"), ("published", "published %@")].compactMap { key, form in
            result.metadata[key].map { form.replacingOccurrences(of: "%@", with: HTMLEscaping.escaped($0)) }
        }
        if !page.isEmpty { out += "<p class=\"source\">" + page.joined(separator: " · ") + "</p>\n" }
        guard let document = result.document else {
            out += errors(result.issues)
            return out + "</article>\n"
        }
        out += facts(document)
        if let cleaning = document.document.cleaning, !cleaning.dropped.isEmpty {
            let parts = TextSummary.droppedByLabel(cleaning)
            out += "<p class=\"cleaning\">Cleaning left out \(cleaning.dropped.count) block\(cleaning.dropped.count == 1 ? "" : "s"): \(parts) (struck through in the text; <code>--no-clean</code> keeps them).</p>\n"
        }
        out += "<div class=\"figures\">\n" + readability(document.readability)
        var spans: [HighlightSpan] = []
        var names: [String: String] = [:]
        for (id, report) in result.reports {
            let name = descriptions[id]?.name ?? id
            names[id] = name
            out += "<section class=\"plugin p-\(HTMLEscaping.className(id))\">\n<h3>\(HTMLEscaping.escaped(name)) <code>\(HTMLEscaping.escaped(id))</code></h3>\n"
            guard let object = ReportValue(report: report, encoder: encoder), case .object(let members) = object else {
                out += "<p>(no report)</p>\n</section>\n"
                continue
            }
            spans += HighlightSpan.spans(in: object, plugin: id)
            let fields = descriptions[id]?.outputFields ?? members.map { OutputField($0.key, .object, "") }
            out += "<table class=\"fields\">\n"
            for field in fields {
                guard let value = object[field.name] else { continue }
                let help = field.summary.isEmpty ? "" : " title=\"\(HTMLEscaping.escaped(field.summary))\""
                out += "<tr><th\(help)>\(HTMLEscaping.escaped(field.name))</th><td>\(Self.html(value, depth: 0))</td></tr>\n"
            }
            out += "</table>\n</section>\n"
        }
        out += "</div>\n" + errors(result.issues)
        out += text(document, spans: spans.sorted { ($0.start, $1.end) < ($1.start, $0.end) }, names: names)
        return out + "</article>\n"
    }

    private func facts(_ document: AnalyzedDocument) -> String {
        let c = document.readability.counts
        var facts = ["language <b>\(HTMLEscaping.escaped(document.language.rawValue))</b>", "<b>\(c.words)</b> words", "\(c.sentences) sentences",
                     "\(c.paragraphs) paragraphs", "reading time \(TextSummary.format(c.readingTimeMinutes)) min",
                     "average sentence \(TextSummary.format(c.averageSentenceLength)) words"]
        if c.syllables > 0 { facts += ["syllables per word \(TextSummary.format(c.averageSyllablesPerWord))", "complex words \(c.complexWords)"] }
        var out = "<p class=\"facts\">" + facts.joined(separator: " · ") + "</p>\n"
        if let verdict = TextSummary.verdict(document.readability) { out += "<p class=\"verdict\">Reads as: \(HTMLEscaping.escaped(verdict))</p>\n" }
        return out
    }

    private func readability(_ readability: Readability) -> String {
        var out = "<section class=\"readability\">\n<h3>Readability</h3>\n<table class=\"fields\">\n"
        for formula in readability.formulas {
            if let value = formula.value {
                out += "<tr><th>\(formula.id)</th><td>\(TextSummary.format(value))</td></tr>\n"
            } else if let reason = formula.reason, !reason.hasPrefix("formula is for") {
                out += "<tr><th>\(formula.id)</th><td class=\"na\">n/a (\(HTMLEscaping.escaped(reason)))</td></tr>\n"
            }
        }
        return out + "</table>\n</section>\n"
    }

    private func errors(_ issues: [DocumentIssue]) -> String {
        guard !issues.isEmpty else { return "" }
        let items = issues.map { issue in
            "<li><code>\(HTMLEscaping.escaped(issue.code))</code> \(issue.plugin.map { HTMLEscaping.escaped($0) + ": " } ?? "")\(HTMLEscaping.escaped(issue.message))</li>"
        }
        return "<ul class=\"errors\">\n" + items.joined(separator: "\n") + "\n</ul>\n"
    }

    private func text(_ document: AnalyzedDocument, spans: [HighlightSpan], names: [String: String]) -> String {
        let leftOut = (document.document.cleaning?.dropped ?? []).map {
            HighlightedText.LeftOut(start: document.scalarOffset($0.range.start), end: document.scalarOffset($0.range.end), label: $0.label.rawValue)
        }
        let highlighted = HighlightedText(spans: spans, leftOut: leftOut, pluginNames: names)
        let body = highlighted.html(of: document.text)
        let marked = spans.isEmpty ? "" : " (\(spans.count) passage\(spans.count == 1 ? "" : "s") marked; hover for what each is)"
        return "<details class=\"text\"\(opensText ? " open" : "")>\n<summary>Text\(marked)</summary>\n"
            + legend(spans, highlighted) + "<div class=\"article-text\">\(body)</div>\n</details>\n"
    }

    /// One sample mark for each kind of span the text has, in order of first appearance.
    private func legend(_ spans: [HighlightSpan], _ highlighted: HighlightedText) -> String {
        var seen = Set<String>(), samples: [String] = []
        for span in spans where seen.insert(span.plugin + "\u{0}" + span.label).inserted {
            samples.append(highlighted.mark(HTMLEscaping.escaped("\(highlighted.pluginNames[span.plugin] ?? span.plugin): \(span.label)"), spans: [span]))
        }
        return samples.isEmpty ? "" : "<p class=\"legend\">" + samples.joined(separator: " ") + "</p>\n"
    }

    /// A value of a parsed report as HTML: numbers to two decimals, booleans as yes/no, lists of
    /// objects as tables (folded, first `listedRows` rows), objects as key/value tables, members
    /// in the report's order.
    static func html(_ value: ReportValue, depth: Int) -> String {
        switch value {
        case .null:
            return "<span class=\"na\">—</span>"
        case .bool(let flag):
            return flag ? "yes" : "no"
        case .number(let number):
            return TextSummary.format(number)
        case .string(let string):
            return HTMLEscaping.escaped(string)
        case .array(let list):
            if list.isEmpty { return "<span class=\"na\">none</span>" }
            guard list.contains(where: { if case .object = $0 { true } else { false } }) else {
                return list.map { html($0, depth: depth + 1) }.joined(separator: ", ")
            }
            if depth > 0 { return "\(list.count) item\(list.count == 1 ? "" : "s")" }
            return table(list)
        case .object(let members):
            if depth > 1 { return members.map { "\(HTMLEscaping.escaped($0.key))=\(html($0.value, depth: depth + 1))" }.joined(separator: " ") }
            let rows = members.map { "<tr><th>\(HTMLEscaping.escaped($0.key))</th><td>\(html($0.value, depth: depth + 1))</td></tr>" }
            return "<table class=\"nested\">" + rows.joined() + "</table>"
        }
    }

    /// A list of objects as a folded table: a column per key (`text` first, then in the order
    /// first met), a row per item.
    private static func table(_ list: [ReportValue]) -> String {
        let shown = list.prefix(listedRows)
        var columns: [String] = [], known = Set<String>()
        for case .object(let members) in shown {
            for member in members where known.insert(member.key).inserted { columns.append(member.key) }
        }
        if let text = columns.firstIndex(of: "text") { columns.insert(columns.remove(at: text), at: 0) }
        var out = "<details><summary>\(list.count) item\(list.count == 1 ? "" : "s")</summary><table class=\"list\"><tr>"
        out += columns.map { "<th>\(HTMLEscaping.escaped($0))</th>" }.joined() + "</tr>"
        for item in shown {
            out += "<tr>" + columns.map { "<td>\(item[$0].map { html($0, depth: 1) } ?? "")</td>" }.joined() + "</tr>"
        }
        out += "</table>"
        if list.count > shown.count { out += "<p>… and \(list.count - shown.count) more (the JSON output has them all)</p>" }
        return out + "</details>"
    }
}
