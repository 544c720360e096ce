import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running out-of-process plugin: a shell command that reads one JSON line per document on
/// its standard input and answers with one JSON line on its standard output. Restarted after a
/// crash or a time-out; not thread-safe (`ExecPlugin` serializes access).
final class ExecPluginProcess {
    let command: String
    private var pid: pid_t = 0
    private var inputDescriptor: Int32 = -1
    private var outputDescriptor: Int32 = -1
    private var pending: [UInt8] = []

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(command: String) {
        self.command = command
        signal(SIGPIPE, SIG_IGN)  // a dead plugin must not kill the run
    }

    deinit { stop() }

    /// Starts `/bin/sh -c COMMAND` in its own process group, so that stopping it also stops
    /// whatever the command started.
    private func start() throws {
        try Self.spawning.withLock { _ throws(Failure) in try startHoldingTheSpawnLock() }
    }

    private func startHoldingTheSpawnLock() throws(Failure) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard Self.makePipe(&toChild), Self.makePipe(&fromChild) else { throw Failure(description: "cannot create pipes") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, &argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw Failure(description: "cannot start '\(command)': error \(status)")
        }
        pid = child
        inputDescriptor = toChild[1]
        outputDescriptor = fromChild[0]
        pending.removeAll()
    }

    /// A pipe whose two ends close when a process is started. Without that, every plugin
    /// process started later (another copy, another plugin) would inherit this one's input:
    /// closing it at the end of a run would then not reach the plugin, which waited for its
    /// time-out (0.2 s) to be stopped. The child gets its ends through `dup2`, which clears it.
    /// (`start` runs under `spawning`, so no process is started between `pipe` and `fcntl`.)
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Held while a plugin process is started, by any copy of any plugin.
    private static let spawning = Mutex(())

    private var isRunning: Bool {
        guard pid > 0 else { return false }
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    /// Stops the process group (closing its input first, so a well-behaved plugin exits by itself).
    func stop() {
        if inputDescriptor >= 0 { close(inputDescriptor); inputDescriptor = -1 }
        if outputDescriptor >= 0 { close(outputDescriptor); outputDescriptor = -1 }
        guard pid > 0 else { return }
        var status: Int32 = 0
        var waited = 0
        while waitpid(pid, &status, WNOHANG) == 0 && waited < 20 {   // up to 0.2 s to exit on its own
            usleep(10_000)
            waited += 1
        }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(-pid, SIGTERM)
            usleep(50_000)
            if waitpid(pid, &status, WNOHANG) == 0 { kill(-pid, SIGKILL); waitpid(pid, &status, 0) }
        }
        kill(-pid, SIGKILL)   // anything the command left behind in its group
        pid = 0
    }

    /// Sends `line` (no line break) and returns the reply line, within `timeout` seconds.
    func request(_ line: [UInt8], timeout: Double) throws -> [UInt8] {
        if !isRunning { stop(); try start() }
        var message = line
        message.append(0x0A)
        let written = message.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(inputDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        guard written else {
            stop()
            throw Failure(description: "plugin closed its input (it exited?)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let reply = Array(pending[..<newline])
                pending.removeFirst(newline + 1)
                return reply
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                stop()
                throw Failure(description: "no reply within \(RecordJSON.number(timeout)) s (plugin stopped; it is restarted for the next document)")
            }
            var poller = pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining * 1000, 1000)))
            if ready < 0 { if errno == EINTR { continue }; stop(); throw Failure(description: "poll failed") }
            if ready == 0 { continue }
            let n = chunk.withUnsafeMutableBytes { read(outputDescriptor, $0.baseAddress!, $0.count) }
            if n <= 0 {
                stop()
                throw Failure(description: "plugin exited without a reply")
            }
            pending.append(contentsOf: chunk[0..<n])
        }
    }
}
