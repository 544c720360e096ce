import Synchronization
import Testing
@testable import CopydeskCLI

struct InputIdleSignalTests {
    /// The signal is raised only while the wait runs, after the handler was called.
    @Test func isRaisedWhileWaiting() {
        let signal = InputIdleSignal()
        let seen = Mutex<[Bool]>([])
        signal.onIdle { [signal] in seen.withLock { $0.append(signal.isIdle) } }
        #expect(!signal.isIdle)
        let during = signal.waiting { signal.isIdle }
        #expect(during)
        #expect(!signal.isIdle)
        #expect(seen.withLock { $0 } == [true])
    }

    /// A stop flag tells waiting readers to give up.
    @Test func reportsTheStopFlag() {
        let stop = FlagBox()
        let signal = InputIdleSignal(stop: stop)
        #expect(!signal.stopRequested)
        stop.value.store(true, ordering: .relaxed)
        #expect(signal.stopRequested)
        #expect(!InputIdleSignal().stopRequested)
    }
}
