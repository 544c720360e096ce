import Foundation

/// A progress line on standard error: documents, megabytes, rates and, when the input size is
/// known, a bar and the time left. Drawn at most five times a second; plain text (no colour).
final class Progress {
    private let enabled: Bool
    private let totalBytes: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var documents = 0
    private var bytes = 0

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func advance(documents count: Int, bytes size: Int) {
        documents += count
        bytes += size
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.2 else { return }
        draw()
    }

    /// Prints `message` on a line of its own: the progress line, when drawn, is erased first and
    /// drawn again at the next advance.
    func print(_ message: String) {
        if enabled && lastDraw != .distantPast {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            lastDraw = .distantPast
        }
        printError(message)
    }

    func finish() {
        guard enabled else { return }
        draw()
        printError("")
    }

    private func draw() {
        lastDraw = Date()
        let seconds = max(lastDraw.timeIntervalSince(start), 0.001)
        let megabytes = Double(bytes) / 1_048_576
        var line = String(format: "%d docs  %.1f MB  %.0f docs/s  %.1f MB/s", documents, megabytes, Double(documents) / seconds, megabytes / seconds)
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            let remaining = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
                + String(format: "%3.0f%%  ", fraction * 100) + line + String(format: "  ETA %.0fs", remaining)
        }
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }
}
