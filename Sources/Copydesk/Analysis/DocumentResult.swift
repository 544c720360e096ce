/// Everything the pipeline produced for one input document: the analyzed document (nil when it
/// could not be read or segmented), each plugin's report, and the issues met.
public struct DocumentResult: Sendable {
    /// The document's identifier.
    public var id: String
    /// Where it came from: a path, `path:line` for JSON Lines, or `<stdin>`.
    public var source: String
    /// The analyzed document.
    public var document: AnalyzedDocument?
    /// Plugin reports in run order, by plugin id.
    public var reports: [(id: String, report: any Encodable & Sendable)]
    /// Problems; a result with issues but a document is partial (a plugin failed).
    public var issues: [DocumentIssue]
    /// What the reader learned about the input besides its text: a web page's `title`, `byline`
    /// and `published` date.
    public var metadata: [String: String] = [:]

    public init(id: String, source: String, document: AnalyzedDocument?, reports: [(id: String, report: any Encodable & Sendable)] = [], issues: [DocumentIssue] = []) {
        self.id = id
        self.source = source
        self.document = document
        self.reports = reports
        self.issues = issues
    }

    /// A result for an input that could not be analyzed at all.
    public static func failure(id: String, source: String, _ issue: DocumentIssue) -> DocumentResult {
        DocumentResult(id: id, source: source, document: nil, issues: [issue])
    }

    /// Whether anything went wrong.
    public var failed: Bool { !issues.isEmpty }
}
