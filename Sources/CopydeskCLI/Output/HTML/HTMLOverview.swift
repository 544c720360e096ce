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
    /// The fields of each plugin's columns.
    private let fieldsByPlugin: [String: [String]]
    private var rows: [String] = []
    private let encoder = ReportEncoder()

    /// Plugin fields per plugin in the overview.
    static let fieldsPerPlugin = 2

    /// An overview of the plugins `descriptions` describe, in run order.
    init(descriptions: [AnalyzerDescription]) {
        columns = descriptions.flatMap { description in
            description.outputFields.filter(\.kind.isScalar).prefix(Self.fieldsPerPlugin).map { Column(plugin: description.id, field: $0.name) }
        }
        fieldsByPlugin = Dictionary(grouping: columns, by: \.plugin).mapValues { $0.map(\.field) }
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
            + Array(repeating: "", count: columns.count)
        for (id, report) in result.reports {
            guard let fields = fieldsByPlugin[id] else { continue }
            for (field, value) in zip(fields, columnValues(of: report, fields: fields)) {
                cells[4 + columns.firstIndex(of: Column(plugin: id, field: field))!] = value.map { HTMLReport.html($0, depth: 1) } ?? ""
            }
        }
        let flag = result.issues.isEmpty ? "" : " class=\"failed\""
        rows.append("<tr\(flag)>\(link)" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
    }

    /// The values of a report's `fields`. Only these top-level fields are read (`JSONLineObject`);
    /// the rest of the report, lists of cues and quotes included, is skipped, not built. A report
    /// that reader does not take, or a field that is not a scalar, is read whole.
    private func columnValues(of report: any Encodable & Sendable, fields: [String]) -> [ReportValue?] {
        guard let bytes = (report as? RawJSONReport)?.bytes ?? (try? encoder.encode(report)) else {
            return fields.map { _ in nil }
        }
        let object = bytes.withUnsafeBufferPointer { JSONLineObject.parse($0, keeping: fields) }
        let values = fields.map { field -> ReportValue?? in
            switch object?[field] {
            case .string(let text)?: .some(.string(text))
            case .number(let literal)?: Double(literal).map { .some(.number($0)) }
            case .bool(let flag)?: .some(.bool(flag))
            case .null?: .some(.null)
            case .nested?: nil
            case nil: object == nil ? nil : .some(nil)
            }
        }
        guard values.contains(where: { $0 == nil }) else { return values.map { $0! } }
        let whole = ReportValue.parse(bytes)
        return fields.map { whole?[$0] }
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
