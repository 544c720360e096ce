/// A run's analyzers, set up once and ordered by their declared requirements, applied to
/// documents one at a time. Sendable: share one pipeline between tasks, but give each task its
/// own `CoreAnalysis` (it owns ICU iterators).
public struct Pipeline: Sendable {
    /// The analyzers in run order, by id.
    public let analyzers: [(id: String, analyzer: any Analyzer)]
    /// The ids some analyzer of the run requires: only their reports go into the context.
    private let required: Set<String>

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
        required = Set(created.flatMap { type(of: $0.analyzer).description.requires })
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
        var result = DocumentResult(id: id, source: source, document: analyzed)
        var context = AnalysisContext()
        var failed = Set<String>()
        for (pluginID, analyzer) in analyzers {
            let missing = failed.isEmpty ? [] : type(of: analyzer).description.requires.filter { failed.contains($0) }
            if !missing.isEmpty {
                failed.insert(pluginID)
                result.issues.append(DocumentIssue(code: "plugin_failed", message: "needs \(missing.joined(separator: ", ")), which failed", plugin: pluginID))
                continue
            }
            do {
                let report = try analyzer.analyze(analyzed, context: context)
                if required.contains(pluginID) { context.store(report, for: pluginID) }
                result.reports.append((pluginID, report))
            } catch {
                failed.insert(pluginID)
                result.issues.append(DocumentIssue(code: "plugin_failed", message: error.description, plugin: pluginID))
            }
        }
        return result
    }
}
