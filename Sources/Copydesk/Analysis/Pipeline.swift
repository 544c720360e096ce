/// A run's analyzers, set up once and ordered by their declared requirements, applied to
/// documents one at a time. Sendable: share one pipeline between tasks, but give each task its
/// own `CoreAnalysis` (it owns ICU iterators).
public struct Pipeline: Sendable {
    /// The analyzers in run order, by id.
    public let analyzers: [(id: String, analyzer: any Analyzer)]
    /// Whether the report of `analyzers[i]` goes into the context: whether some analyzer of the
    /// run requires it. Decided once, so no document looks an id up.
    private let storesReport: [Bool]
    /// `analyzers[i].id`, read without copying the pair.
    private let ids: [String]
    /// `analyzers[i].analyzer.analyze`, its existential opened once for the run: a document's
    /// analyzers are called without copying a tuple or an existential.
    private let runners: [@Sendable (AnalyzedDocument, AnalysisContext) throws(AnalyzerError) -> any Encodable & Sendable]

    /// Plans `requested` plugin ids with `registry` and creates each analyzer with its options
    /// (`options[id]`, checked against the keys it declares).
    public init(registry: AnalyzerRegistry, requested: [String], options: [String: AnalyzerOptions] = [:]) throws(AnalyzerError) {
        for id in options.keys where registry.type(for: id) == nil {
            throw .invalidConfiguration("options given for unknown plugin '\(id)'. Available: \(registry.ids.joined(separator: ", "))")
        }
        var created: [(id: String, analyzer: any Analyzer)] = []
        for type in try registry.plan(requested) {
            let id = type.description.id
            let checked = try (options[id] ?? .none).validated(for: type.description)
            created.append((id, try type.init(options: checked)))
        }
        analyzers = created
        let required = Set(created.flatMap { type(of: $0.analyzer).description.requires })
        storesReport = created.map { required.contains($0.id) }
        ids = created.map(\.id)
        runners = created.map { entry in
            let analyzer = entry.analyzer   // a plain `any Analyzer` value, which the call opens
            return Self.runner(analyzer)
        }
    }

    private static func runner(_ analyzer: some Analyzer) -> @Sendable (AnalyzedDocument, AnalysisContext) throws(AnalyzerError) -> any Encodable & Sendable {
        { document, context throws(AnalyzerError) in try analyzer.analyze(document, context: context) }
    }

    /// Analyzes one text: the core stage, then every analyzer. A failing analyzer adds an issue
    /// and the others still run (except those that require it).
    public func run(id: String, source: String, text: String, language: Language?, core: CoreAnalysis, extractedFromHTML: Bool = false) -> DocumentResult {
        let analyzed: AnalyzedDocument
        do {
            analyzed = try core.analyze(id: id, text: text, language: language, extractedFromHTML: extractedFromHTML)
        } catch {
            return .failure(id: id, source: source, DocumentIssue(code: "segmentation_failed", message: "\(error)"))
        }
        let (reports, issues) = runAnalyzers(on: analyzed)
        return DocumentResult(id: id, source: source, document: analyzed, reports: reports, issues: issues)
    }

    /// The reports of the run's analyzers on `analyzed`, and the issues of those that failed.
    private func runAnalyzers(on analyzed: AnalyzedDocument) -> (reports: [(id: String, report: any Encodable & Sendable)], issues: [DocumentIssue]) {
        var reports: [(id: String, report: any Encodable & Sendable)] = []
        reports.reserveCapacity(analyzers.count)
        var issues: [DocumentIssue] = []
        var context = AnalysisContext()
        var failed = Set<String>()
        for index in runners.indices {
            let pluginID = ids[index]
            if !failed.isEmpty {
                let missing = type(of: analyzers[index].analyzer).description.requires.filter { failed.contains($0) }
                if !missing.isEmpty {
                    failed.insert(pluginID)
                    issues.append(DocumentIssue(code: "plugin_failed", message: "needs \(missing.joined(separator: ", ")), which failed", plugin: pluginID))
                    continue
                }
            }
            do {
                let report = try runners[index](analyzed, context)
                if storesReport[index] { context.store(report, for: pluginID) }
                reports.append((pluginID, report))
            } catch {
                failed.insert(pluginID)
                issues.append(DocumentIssue(code: "plugin_failed", message: error.description, plugin: pluginID))
            }
        }
        return (reports, issues)
    }
}
