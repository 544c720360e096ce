import Foundation

/// A directory of a test's own under the system's temporary directory. Its name is unique, so
/// two test runs at once never share a file; `remove()` (call it in a `defer`) deletes it with
/// everything in it, so a test leaves nothing behind.
struct ScratchDirectory {
    let url: URL

    /// Creates `copydesk-<purpose>-<UUID>` in the temporary directory.
    init(_ purpose: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` (which may hold subfolders) inside the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `bytes` to `name` inside the directory, creating its subfolders; returns its path.
    @discardableResult
    func write(_ bytes: Data, to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 to `name` inside the directory; returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Data(text.utf8), to: name)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
