/// A pluggable analysis of a document — the unit users write to measure something new.
///
/// An analyzer describes itself (`description`), is created once per run from its checked
/// options, then called for each document, possibly from several tasks at once (so it must be
/// `Sendable` and keep no per-document state). It returns an `Encodable` report, emitted under
/// `plugins.<id>` in JSON with snake_case keys (a report that also conforms to `JSONWritable`
/// writes the same JSON itself, faster). Throwing an `AnalyzerError` for one document
/// records an error for that document only.
///
/// ```swift
/// struct ExclamationAnalyzer: Analyzer {
///     static let description = AnalyzerDescription(
///         id: "exclamations", name: "Exclamations", summary: "Counts exclamation marks.",
///         version: "1.0.0", outputFields: [OutputField("count", .integer, "Exclamation marks.")])
///     struct Report: Encodable, Sendable { var count: Int }
///     init(options: AnalyzerOptions) throws(AnalyzerError) {}
///     func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
///         Report(count: document.tokens.count { document.string($0) == "!" })
///     }
/// }
/// ```
public protocol Analyzer: Sendable {
    /// The report for one document.
    associatedtype Report: Encodable & Sendable

    /// What the analyzer is, needs and reports.
    static var description: AnalyzerDescription { get }

    /// Creates the analyzer for a run. `options` were checked against `description.options`.
    init(options: AnalyzerOptions) throws(AnalyzerError)

    /// Analyzes one document. Results of the analyzers named in `requires` are in `context`.
    func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report
}
