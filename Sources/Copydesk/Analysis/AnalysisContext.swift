/// What an analyzer sees of the other analyzers' work on the same document: the reports of the
/// analyzers it declared in `requires` (which the pipeline runs first).
public struct AnalysisContext: Sendable {
    private var reports: [String: any Sendable]

    /// A context holding no results.
    public init() { reports = [:] }

    /// The report of analyzer `id`, if it ran and produced one of type `type`.
    public func report<R: Sendable>(of id: String, as type: R.Type = R.self) -> R? {
        reports[id] as? R
    }

    /// Stores a report (used by the pipeline).
    public mutating func store(_ report: any Sendable, for id: String) {
        reports[id] = report
    }
}
