import Copydesk
import Foundation
import Testing
@testable import CopydeskCLI

/// A report with a value of every form a CSV cell meets, some in columns of another kind.
private struct Mixed: Encodable, Sendable {
    struct Inner: Encodable, Sendable { var a: Int }
    var text = #"a, "quoted" text"#
    var plain = "plain"
    var flag = true
    var count = 3
    var ratio = 0.25
    var nothing: Double?
    var longFraction = 0.123456789012345678
    var huge = 1e300
    var flagAsNumber = true
    var numberAsFlag = 2
    var inner = Inner(a: 1)

    enum CodingKeys: String, CodingKey {
        case text, plain, flag, count, ratio, nothing, longFraction, huge, flagAsNumber, numberAsFlag, inner
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(plain, forKey: .plain)
        try container.encode(flag, forKey: .flag)
        try container.encode(count, forKey: .count)
        try container.encode(ratio, forKey: .ratio)
        try container.encode(nothing, forKey: .nothing)  // an explicit null
        try container.encode(longFraction, forKey: .longFraction)
        try container.encode(huge, forKey: .huge)
        try container.encode(flagAsNumber, forKey: .flagAsNumber)
        try container.encode(numberAsFlag, forKey: .numberAsFlag)
        try container.encode(inner, forKey: .inner)
    }
}

/// Declares the fields of `Mixed` to test: `T` picks which.
private protocol MixedFields { static var fields: [OutputField] { get } }

private struct MixedAnalyzer<Fields: MixedFields>: Analyzer {
    static var description: AnalyzerDescription {
        AnalyzerDescription(id: "mixed", name: "Mixed", summary: "s", version: "1.0.0", outputFields: Fields.fields)
    }
    init(options: AnalyzerOptions) throws(AnalyzerError) {}
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Mixed { Mixed() }
}

/// Values read without Foundation.
private enum PlainFields: MixedFields {
    static let fields = [
        OutputField("text", .string, "t"), OutputField("plain", .string, "p"), OutputField("flag", .boolean, "f"),
        OutputField("count", .integer, "c"), OutputField("ratio", .number, "r"), OutputField("nothing", .number, "n"),
        OutputField("absent", .number, "a"), OutputField("inner", .object, "not a column"),
    ]
}

/// Each needs Foundation's reading: the whole report goes through `JSONSerialization`.
private enum FoundationFields: MixedFields {
    static let fields = PlainFields.fields + [
        OutputField("long_fraction", .number, "l"), OutputField("huge", .number, "h"),
        OutputField("flag_as_number", .number, "f"), OutputField("number_as_flag", .boolean, "n"),
        OutputField("inner", .string, "a nested value in a scalar column"),
    ]
}

struct CSVTableTests {
    /// The plugin cells of a row as they were made before rows were written as bytes: the
    /// report's JSON read by `JSONSerialization`, each value turned into text.
    private func foundationCells(_ report: some Encodable, _ fields: [OutputField]) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(ReportEncoder().encode(report))) as! [String: Any]
        return fields.filter(\.kind.isScalar).map { field in
            let cell: String
            switch object[field.name] {
            case nil, is NSNull: cell = ""
            case let flag as Bool where field.kind == .boolean: cell = flag ? "true" : "false"
            case let number as NSNumber:
                cell = field.kind == .boolean ? (number.boolValue ? "true" : "false") : RecordJSON.number(number.doubleValue)
            case let string as String: cell = string
            case let value?: cell = "\(value)"
            }
            return CSVTable.escape(cell)
        }
    }

    private func check<Fields: MixedFields>(_ fields: Fields.Type) throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry([MixedAnalyzer<Fields>.self]), requested: ["mixed"])
        let table = CSVTable(pipeline: pipeline)
        let result = pipeline.run(id: "doc, 1", source: "a:1", text: "A short text. Another one.", language: .english, core: CoreAnalysis())
        let row = table.row(result)
        #expect(row.hasPrefix(#""doc, 1",a:1,en,,"#))
        #expect(row.hasSuffix("\r\n"))
        let expected = try foundationCells(Mixed(), Fields.fields).joined(separator: ",") + "\r\n"
        #expect(row.hasSuffix("," + expected), "\(row)")
        #expect(row.split(separator: ",", omittingEmptySubsequences: false).count >= table.columns.count)
        // The bytes lent for a row are the row's.
        #expect(table.withRow(result) { String(decoding: $0, as: UTF8.self) } == row)
    }

    @Test func plainValuesAreWrittenAsFoundationReadsThem() throws {
        try check(PlainFields.self)
    }

    @Test func otherValuesAreReadByFoundation() throws {
        try check(FoundationFields.self)
    }

    /// A document that could not be analyzed has its own cells and empty ones after them.
    @Test func failedDocumentsHaveEmptyCells() throws {
        let pipeline = try Pipeline(registry: AnalyzerRegistry([MixedAnalyzer<PlainFields>.self]), requested: ["mixed"])
        let table = CSVTable(pipeline: pipeline)
        let row = table.row(.failure(id: "x", source: "x:2", DocumentIssue(code: "empty_input", message: "empty")))
        #expect(row == "x,x:2,,empty" + String(repeating: ",", count: table.columns.count - 4) + "\r\n")
    }
}
