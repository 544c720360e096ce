import Synchronization
import Testing
@testable import Copydesk

/// A workspace counting its uses; oversized once it has served `limit` documents.
final class CountingWorkspace: ReusableWorkspace, @unchecked Sendable {
    static let created = Atomic<Int>(0)
    var uses = 0
    var limit = Int.max
    init() { Self.created.add(1, ordering: .relaxed) }
    var isOversized: Bool { uses >= limit }
}

/// Which workspaces are in use, and how often one was handed out twice at once.
final class UseTracker: Sendable {
    let inUse = Mutex<Set<ObjectIdentifier>>([])
    let clashes = Atomic<Int>(0)
}

@Suite("Workspace pool", .serialized)
struct WorkspacePoolTests {
    @Test("One caller after another reuses one workspace")
    func reuse() {
        let pool = WorkspacePool<CountingWorkspace>()
        let before = CountingWorkspace.created.load(ordering: .relaxed)
        for _ in 0..<10 { pool.withWorkspace { $0.uses += 1 } }
        #expect(CountingWorkspace.created.load(ordering: .relaxed) - before == 1)
        #expect(pool.idleCount == 1)
        #expect(pool.withWorkspace { $0.uses } == 10)
    }

    @Test("An oversized workspace is dropped, and a full pool keeps no more")
    func dropping() {
        let pool = WorkspacePool<CountingWorkspace>(idleLimit: 1)
        pool.withWorkspace { $0.limit = 1; $0.uses = 1 }
        #expect(pool.idleCount == 0)
        pool.withWorkspace { outer in
            pool.withWorkspace { inner in #expect(outer !== inner) }
        }
        #expect(pool.idleCount == 1)
    }

    @Test("Concurrent callers never share a workspace")
    func concurrent() async {
        let pool = WorkspacePool<CountingWorkspace>()
        let tracker = UseTracker()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<200 {
                        pool.withWorkspace { workspace in
                            let id = ObjectIdentifier(workspace)
                            if !tracker.inUse.withLock({ $0.insert(id).inserted }) { tracker.clashes.add(1, ordering: .relaxed) }
                            workspace.uses += 1
                            tracker.inUse.withLock { _ = $0.remove(id) }
                        }
                    }
                }
            }
        }
        #expect(tracker.clashes.load(ordering: .relaxed) == 0)
        #expect(pool.idleCount >= 1 && pool.idleCount <= 8)
    }
}
