/// What one document adds to the run summary (`--summary`): read from its result by the worker
/// that analyzed it (`SummaryFigureReader`), so the sink, which holds a lock, only adds numbers up.
struct SummaryFigures: Sendable {
    /// Whether the document failed.
    var failed = false
    /// Its words (0 when it has no analysis).
    var words = 0
    /// Each figure it has, by its name in the summary, in the summary's order.
    var values: [(name: String, value: Double)] = []
}
