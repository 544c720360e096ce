import Synchronization

/// Workspaces waiting for a document: one per concurrent caller at most, reused across the run.
final class LexicalWorkspacePool: Sendable {
    private let idle = Mutex<[LexicalWorkspace]>([])
    /// At most this many workspaces wait (more callers than this at once get fresh ones).
    private static let idleLimit = 64

    /// Runs `body` with a workspace no other caller uses meanwhile, then keeps it for the next one.
    func withWorkspace<Result>(_ body: (LexicalWorkspace) throws -> Result) rethrows -> Result {
        let workspace = idle.withLock { $0.popLast() } ?? LexicalWorkspace()
        defer {
            if !workspace.isOversized { idle.withLock { if $0.count < Self.idleLimit { $0.append(workspace) } } }
        }
        return try body(workspace)
    }
}
