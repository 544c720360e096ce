import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT (Ctrl-C) into a request to stop after the documents in progress, so what is done is
/// written and the run reports how far it got. A second Ctrl-C ends the process at once.
final class Interruption {
    private let flagBox = FlagBox()
    private let source: DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        // A queue of its own (overcommitting), so the handler runs even while every core analyzes.
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "copydesk.interruption"))
        let flag = self.flagBox
        source.setEventHandler {
            if flag.value.exchange(true, ordering: .relaxed) { _exit(130) }
            printError("analyze: interrupted — finishing the documents in progress (Ctrl-C again to quit now)")
        }
        source.resume()
    }

    /// Whether the user asked to stop.
    var requested: Bool { flagBox.value.load(ordering: .relaxed) }

    /// The flag itself, for worker tasks to check.
    var flag: FlagBox { flagBox }
}
