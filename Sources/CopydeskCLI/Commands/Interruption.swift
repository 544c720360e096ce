import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT (Ctrl-C) into a request to stop after the current batch, so what is done is
/// written and the run reports how far it got. A second Ctrl-C ends the process at once.
final class Interruption {
    private let flag = FlagBox()
    private let source: DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let flag = self.flag
        source.setEventHandler {
            if flag.value.exchange(true, ordering: .relaxed) { _exit(130) }
            printError("analyze: interrupted — finishing the current batch (Ctrl-C again to quit now)")
        }
        source.resume()
    }

    /// Whether the user asked to stop.
    var requested: Bool { flag.value.load(ordering: .relaxed) }
}

/// A shareable atomic flag.
private final class FlagBox: Sendable {
    let value = Atomic<Bool>(false)
}
