import Copydesk
import Foundation

/// CSV output (RFC 4180): a header row, then one row per document. Columns, in a stable order:
/// `id, source, language, errors`, every count as `stats_<count>`, every formula as
/// `readability_<formula>`, then each plugin's scalar fields as `<plugin>_<field>` in the order
/// its description lists them.
struct CSVTable {
    let columns: [String]
    private let pluginFields: [(plugin: String, field: String, kind: OutputField.Kind)]
    private let encoder = ReportEncoder()

    static let countNames = ["characters", "letters", "words", "sentences", "paragraphs", "syllables",
                             "polysyllabic_words", "complex_words", "long_words", "monosyllabic_words",
                             "average_sentence_length", "average_syllables_per_word", "reading_time_minutes"]

    init(pipeline: Pipeline) {
        var fields: [(String, String, OutputField.Kind)] = []
        for (id, analyzer) in pipeline.analyzers {
            for field in type(of: analyzer).description.outputFields where field.kind.isScalar {
                fields.append((id, field.name, field.kind))
            }
        }
        pluginFields = fields
        columns = ["id", "source", "language", "errors"]
            + Self.countNames.map { "stats_" + $0 }
            + ReadabilityFormulas.ids.map { "readability_" + $0 }
            + fields.map { "\($0.0)_\($0.1)" }
    }

    /// The header line.
    var header: String { columns.map(Self.escape).joined(separator: ",") + "\r\n" }

    /// One row.
    func row(_ result: DocumentResult) -> String {
        var cells: [String] = [result.id, result.source, result.document?.language.rawValue ?? "",
                               result.issues.map { ($0.plugin.map { "\($0): " } ?? "") + $0.message }.joined(separator: "; ")]
        if let document = result.document {
            let counts = document.readability.counts
            let countValues: [Double] = [Double(counts.characters), Double(counts.letters), Double(counts.words), Double(counts.sentences),
                                         Double(counts.paragraphs), Double(counts.syllables), Double(counts.polysyllabicWords),
                                         Double(counts.complexWords), Double(counts.longWords), Double(counts.monosyllabicWords),
                                         counts.averageSentenceLength, counts.averageSyllablesPerWord, counts.readingTimeMinutes]
            cells += countValues.map(RecordJSON.number)
            cells += document.readability.formulas.map { $0.value.map(RecordJSON.number) ?? "" }
            var objects: [String: [String: Any]] = [:]
            for (id, report) in result.reports {
                if let data = try? encoder.encode(report), let object = try? JSONSerialization.jsonObject(with: Data(data)) as? [String: Any] {
                    objects[id] = object
                }
            }
            for (plugin, field, kind) in pluginFields {
                cells.append(Self.cell(objects[plugin]?[field], kind: kind))
            }
        } else {
            cells += Array(repeating: "", count: columns.count - cells.count)
        }
        return cells.map(Self.escape).joined(separator: ",") + "\r\n"
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
