import Synchronization

/// Workspaces waiting for a document: each caller gets one no other caller uses meanwhile, and
/// gives it back for the next document. An analyzer keeps one pool in a stored property (the
/// one exception to "no per-document state": see `Docs/writing-an-analyzer.md`).
///
/// ```swift
/// private let workspaces = WorkspacePool<CounterWorkspace>()
/// func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
///     workspaces.withWorkspace { workspace in count(document, using: workspace) }
/// }
/// ```
public final class WorkspacePool<Workspace: ReusableWorkspace>: Sendable {
    @usableFromInline let idle = Mutex<[Workspace]>([])
    /// At most this many workspaces wait (more callers than this at once get fresh ones).
    @usableFromInline let idleLimit: Int

    /// An empty pool keeping at most `idleLimit` idle workspaces.
    public init(idleLimit: Int = 64) {
        self.idleLimit = idleLimit
    }

    /// The number of idle workspaces.
    public var idleCount: Int { idle.withLock { $0.count } }

    /// Runs `body` with a workspace no other caller uses meanwhile, then keeps it for the next
    /// caller unless it is oversized or the pool is full.
    @inlinable
    public func withWorkspace<Result>(_ body: (Workspace) throws -> Result) rethrows -> Result {
        let workspace = idle.withLock { $0.popLast() } ?? Workspace()
        defer {
            if !workspace.isOversized {
                idle.withLock { if $0.count < idleLimit { $0.append(workspace) } }
            }
        }
        return try body(workspace)
    }
}
