import Copydesk

/// The overview of an HTML report of several documents: a table with a row per document, in the
/// order written, each linking to its article. Written after the articles (rows are known only
/// then), shown before them (the page's style orders it first).
///
/// Columns: words, the language's Flesch-scale score and the Flesch–Kincaid grade, then the first
/// two scalar output fields of each plugin (in `outputFields` order, so a plugin's author chooses
/// them: `tone` score and label, `sources` counts, …).
struct HTMLOverview {
    /// A plugin field shown in a column.
    struct Column: Equatable {
        let plugin: String
        let field: String
    }

    let columns: [Column]
    private var rows: [String] = []
    private let encoder = ReportEncoder()

    /// Plugin fields per plugin in the overview.
    static let fieldsPerPlugin = 2

    /// An overview of the plugins `descriptions` describe, in run order.
    init(descriptions: [AnalyzerDescription]) {
        columns = descriptions.flatMap { description in
            description.outputFields.filter(\.kind.isScalar).prefix(Self.fieldsPerPlugin).map { Column(plugin: description.id, field: $0.name) }
        }
    }

    var isEmpty: Bool { rows.isEmpty }

    /// Adds the row of `result`.
    mutating func add(_ result: DocumentResult) {
        let link = "<th><a href=\"#\(Self.anchor(for: result.source))\">\(HTMLEscaping.escaped(result.id))</a></th>"
        guard let document = result.document else {
            let reason = result.issues.first.map { "<code>\(HTMLEscaping.escaped($0.code))</code>" } ?? ""
            rows.append("<tr class=\"failed\">\(link)<td colspan=\"\(4 + columns.count)\">\(reason)</td></tr>")
            return
        }
        let readability = document.readability
        let ease = TextSummary.fleschScaleScore(readability).map(TextSummary.format) ?? "—"
        let grade = readability.formula("flesch_kincaid_grade")?.value.map(TextSummary.format) ?? "—"
        var cells = [HTMLEscaping.escaped(document.language.rawValue), String(readability.counts.words), ease, grade]
        var parsed: [String: ReportValue] = [:]
        for (id, report) in result.reports where columns.contains(where: { $0.plugin == id }) {
            parsed[id] = ReportValue(report: report, encoder: encoder)
        }
        for column in columns {
            cells.append(parsed[column.plugin]?[column.field].map { HTMLReport.html($0, depth: 1) } ?? "")
        }
        let flag = result.issues.isEmpty ? "" : " class=\"failed\""
        rows.append("<tr\(flag)>\(link)" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
    }

    /// The overview as a section of the page.
    var html: String {
        var out = "<section class=\"overview\">\n<h2>Overview</h2>\n<table class=\"list\">\n<tr><th>document</th><th>language</th><th>words</th>"
        out += "<th title=\"The language's Flesch-scale score: higher is easier\">reading ease</th><th title=\"Flesch–Kincaid US grade\">grade</th>"
        out += columns.map { "<th>\(HTMLEscaping.escaped($0.plugin)) \(HTMLEscaping.escaped($0.field))</th>" }.joined() + "</tr>\n"
        out += rows.joined(separator: "\n")
        return out + "\n</table>\n</section>\n"
    }

    /// The id of a document's article: from its source (a path, or `path:line`), which tells the
    /// documents of one run apart, hashed (FNV-1a) so that any source makes a plain id.
    static func anchor(for source: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return "doc-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
