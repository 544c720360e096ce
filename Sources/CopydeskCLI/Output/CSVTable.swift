import Copydesk
import Foundation

/// CSV output (RFC 4180): a header row, then one row per document. Columns, in a stable order:
/// `id, source, language, errors`, every count as `stats_<count>`, every formula as
/// `readability_<formula>`, then each plugin's scalar fields as `<plugin>_<field>` in the order
/// its description lists them, then one `<name>_json` column per exec plugin holding its reply
/// object as JSON text (an exec plugin declares no fields, so its reply is kept whole).
///
/// A row is written as bytes into a buffer reused from one row to the next. A plugin's cells
/// come from its report's JSON, read with `JSONLineObject` (only the top-level fields of its
/// columns are decoded); a report whose values that reader leaves to Foundation — exec plugins'
/// raw JSON, a nested or long number value, a type other than its column's — goes through
/// `JSONSerialization`, as all reports once did.
struct CSVTable {
    let columns: [String]
    /// The columns of each plugin with scalar fields, in column order, and the field names to
    /// decode from its report.
    private let pluginColumns: [(plugin: String, fields: [(name: String, kind: OutputField.Kind)], names: [String])]
    /// The names of the exec plugins, in column order.
    private let execPlugins: [String]
    private let encoder = ReportEncoder()

    static let countNames = ["characters", "letters", "words", "sentences", "paragraphs", "syllables",
                             "polysyllabic_words", "complex_words", "long_words", "monosyllabic_words",
                             "average_sentence_length", "average_syllables_per_word", "reading_time_minutes"]

    init(pipeline: Pipeline, execPlugins: [String] = []) {
        var fields: [(String, String, OutputField.Kind)] = []
        var groups: [(plugin: String, fields: [(name: String, kind: OutputField.Kind)], names: [String])] = []
        for (id, analyzer) in pipeline.analyzers {
            var group: [(name: String, kind: OutputField.Kind)] = []
            for field in type(of: analyzer).description.outputFields where field.kind.isScalar {
                fields.append((id, field.name, field.kind))
                group.append((field.name, field.kind))
            }
            if !group.isEmpty { groups.append((id, group, group.map(\.name))) }
        }
        pluginColumns = groups
        self.execPlugins = execPlugins
        columns = ["id", "source", "language", "errors"]
            + Self.countNames.map { "stats_" + $0 }
            + ReadabilityFormulas.ids.map { "readability_" + $0 }
            + fields.map { "\($0.0)_\($0.1)" }
            + execPlugins.map { $0 + "_json" }
    }

    /// The header line.
    var header: String { columns.map(Self.escape).joined(separator: ",") + "\r\n" }

    /// One row.
    func row(_ result: DocumentResult) -> String {
        withRow(result) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of `row(result)`, borrowed from a buffer reused from one row
    /// to the next.
    func withRow<Result>(_ result: DocumentResult, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        encoder.withBytes(building: { out in write(result, to: &out) }, body)
    }

    /// Writes the row of `result` into `out`.
    private func write(_ result: DocumentResult, to out: inout JSONByteBuffer) {
        Self.appendCell(result.id, to: &out)
        out.append(0x2C)
        Self.appendCell(result.source, to: &out)
        out.append(0x2C)
        if let document = result.document { Self.appendCell(document.language.rawValue, to: &out) }
        out.append(0x2C)
        if !result.issues.isEmpty {
            Self.appendCell(result.issues.map { ($0.plugin.map { "\($0): " } ?? "") + $0.message }.joined(separator: "; "), to: &out)
        }
        guard let document = result.document else {
            for _ in 4..<columns.count { out.append(0x2C) }
            out.append("\r\n")
            return
        }
        let counts = document.readability.counts
        for count in [counts.characters, counts.letters, counts.words, counts.sentences, counts.paragraphs, counts.syllables,
                      counts.polysyllabicWords, counts.complexWords, counts.longWords, counts.monosyllabicWords] {
            out.append(0x2C)
            RecordJSON.appendNumber(Double(count), to: &out)
        }
        for average in [counts.averageSentenceLength, counts.averageSyllablesPerWord, counts.readingTimeMinutes] {
            out.append(0x2C)
            RecordJSON.appendNumber(average, to: &out)
        }
        document.readability.formulas.withUnsafeBufferPointer { formulas in
            for index in formulas.indices {
                out.append(0x2C)
                if let value = formulas[index].value { RecordJSON.appendNumber(value, to: &out) }
            }
        }
        for group in pluginColumns {
            guard let report = result.reports.first(where: { $0.id == group.plugin })?.report else {
                for _ in group.fields { out.append(0x2C) }
                continue
            }
            appendCells(of: report, group.fields, names: group.names, to: &out)
        }
        for name in execPlugins {
            out.append(0x2C)
            if let reply = result.reports.first(where: { $0.id == name })?.report as? RawJSONReport {
                Self.appendCell(String(decoding: reply.bytes, as: UTF8.self), to: &out)
            }
        }
        out.append("\r\n")
    }

    /// Appends `,cell` for each of `fields` of `report`.
    private func appendCells(of report: any Encodable & Sendable, _ fields: [(name: String, kind: OutputField.Kind)], names: [String], to out: inout JSONByteBuffer) {
        guard type(of: report) != RawJSONReport.self else { return appendFoundationCells(of: report, fields, to: &out) }
        // The report's JSON is written after the row so far, read, and dropped again.
        let start = out.count
        let values: JSONLineObject?
        do {
            try encoder.encode(report, into: &out)
            values = JSONLineObject.parse(UnsafeBufferPointer(rebasing: out.bytes[start...]), keeping: names)
            out.count = start
        } catch {
            out.count = start
            for _ in fields { out.append(0x2C) }  // a report that cannot be encoded has empty cells
            return
        }
        guard let values else { return appendFoundationCells(of: report, fields, to: &out) }
        for field in fields {
            out.append(0x2C)
            guard Self.appendCell(values[field.name], kind: field.kind, to: &out) else {
                out.count = start
                return appendFoundationCells(of: report, fields, to: &out)
            }
        }
    }

    /// Appends the cell of `value` as `cell(_:kind:)` writes what `JSONSerialization` reads, when
    /// it is sure to read it the same way: text, `null`, a flag in a boolean column, or a finite
    /// number in another column whose literal is at most 17 characters long
    /// (`JSONSerialization` reads a longer one with a fraction as a `Decimal`). `false` otherwise.
    private static func appendCell(_ value: JSONLineObject.Value?, kind: OutputField.Kind, to out: inout JSONByteBuffer) -> Bool {
        switch value {
        case nil, .null?:
            return true
        case .string(let text)?:
            appendCell(text, to: &out)
            return true
        case .bool(let flag)?:
            guard kind == .boolean else { return false }
            out.append(flag ? "true" : "false")
            return true
        case .number(let literal)?:
            guard kind != .boolean, literal.utf8.count <= 17, let number = Double(literal), number.isFinite else { return false }
            RecordJSON.appendNumber(number, to: &out)
            return true
        case .nested?:
            return false
        }
    }

    /// Appends `,cell` for each of `fields` of `report` as read by `JSONSerialization`.
    private func appendFoundationCells(of report: any Encodable & Sendable, _ fields: [(name: String, kind: OutputField.Kind)], to out: inout JSONByteBuffer) {
        var object: [String: Any]?
        if let data = try? encoder.encode(report) {
            object = try? JSONSerialization.jsonObject(with: Data(data)) as? [String: Any]
        }
        for field in fields {
            out.append(0x2C)
            Self.appendCell(Self.cell(object?[field.name], kind: field.kind), to: &out)
        }
    }

    /// Appends `escape(text)`: the text's bytes as they are when none is a comma, a quote or a
    /// line break.
    private static func appendCell(_ text: String, to out: inout JSONByteBuffer) {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return false }
            out.append(bytes)
            return true
        }
        if plain == true { return }
        var escaped = escape(text)
        escaped.withUTF8 { out.append($0) }
    }

    private static func cell(_ value: Any?, kind: OutputField.Kind) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let flag as Bool where kind == .boolean: return flag ? "true" : "false"
        case let number as NSNumber:
            if kind == .boolean { return number.boolValue ? "true" : "false" }
            return RecordJSON.number(number.doubleValue)
        case let string as String: return string
        default: return "\(value!)"
        }
    }

    static func escape(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
