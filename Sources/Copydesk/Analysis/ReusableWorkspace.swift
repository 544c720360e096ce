/// Scratch space an analyzer reuses from one document to the next: buffers and tables whose
/// storage is then allocated once per worker instead of once per document (most articles are
/// short, and their allocations are a large share of an analyzer's cost). Hand it out with a
/// `WorkspacePool`.
///
/// A workspace must empty what it holds before each use, so that no result depends on an
/// earlier document; test that with documents in shuffled order. It is mutable, but a pool
/// hands it to one caller at a time and passes it between tasks only through its lock: declare
/// the class `@unchecked Sendable`.
public protocol ReusableWorkspace: AnyObject, Sendable {
    /// An empty workspace.
    init()
    /// Whether it grew too large to keep (after a huge document): the pool then drops it.
    var isOversized: Bool { get }
}
