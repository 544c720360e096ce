import Synchronization

/// Says when reading must wait for input that has not arrived yet (a pipe fed as articles are
/// published), so that the records finished so far are written out instead of sitting in the
/// output buffer until more input comes. A reader that waits also stops waiting when the run is
/// interrupted.
final class InputIdleSignal: Sendable {
    private let idle = Atomic<Bool>(false)
    private let handler = Mutex<(@Sendable () -> Void)?>(nil)
    private let stop: FlagBox?

    /// A signal whose waiting readers give up once `stop` is set (Ctrl-C).
    init(stop: FlagBox? = nil) {
        self.stop = stop
    }

    /// Whether a waiting reader should give up and end its input.
    var stopRequested: Bool { stop?.isSet ?? false }

    /// Sets what runs each time reading starts to wait (flushing the output).
    func onIdle(_ body: @escaping @Sendable () -> Void) {
        handler.withLock { $0 = body }
    }

    /// Whether reading waits for input right now.
    var isIdle: Bool { idle.load(ordering: .acquiring) }

    /// Runs `wait` (a read that may block) with the signal raised, after calling the handler.
    func waiting<Result>(_ wait: () -> Result) -> Result {
        idle.store(true, ordering: .releasing)
        defer { idle.store(false, ordering: .releasing) }
        handler.withLock { $0 }?()
        return wait()
    }
}
