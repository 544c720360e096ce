import Foundation

/// The built `analyze` running with its standard streams as pipes, for tests that feed it input
/// bit by bit or interrupt it. A watchdog ends the process after 30 s, so a test that waits for
/// output that never comes fails instead of hanging.
final class RunningAnalyze {
    private let process = Process()
    private let input = Pipe(), output = Pipe(), errors = Pipe()
    private let watchdog: DispatchWorkItem

    init(_ arguments: [String]) throws {
        process.executableURL = AnalyzeProcess.executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let process = self.process
        watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
    }

    deinit {
        watchdog.cancel()
        try? input.fileHandleForWriting.close()
    }

    /// Writes `text` to its standard input, which stays open.
    func write(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Standard output up to and with its first line break (less if the process ends first).
    func firstOutputLine() -> String {
        var received = Data()
        while !received.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Sends SIGINT (Ctrl-C) and waits for the process to end: its exit status, the rest of its
    /// standard output and its standard error.
    func interrupt() -> (status: Int32, stdout: Data, stderr: String) {
        process.interrupt()
        process.waitUntilExit()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, stdout, stderr)
    }
}
