import Foundation
import Testing
@testable import CopydeskCLI

struct DirectoryWalkerTests {
    /// Regular files at any depth are listed; hidden entries, links (to a file or a folder),
    /// pipes and names the filter refuses are not.
    @Test func listsRegularFilesOnly() throws {
        let scratch = try ScratchDirectory("walker")
        defer { scratch.remove() }
        let elsewhere = try ScratchDirectory("walker-elsewhere")
        defer { elsewhere.remove() }
        for name in ["a.txt", "sub/b.md", "sub/deeper/c.txt", ".hidden/h.txt", ".dot.txt", "sub/skip.pdf"] {
            try scratch.write("Text.", to: name)
        }
        try elsewhere.write("Text.", to: "linked.txt")
        let files = FileManager.default
        try files.createSymbolicLink(atPath: scratch.path("alias.txt"), withDestinationPath: scratch.path("a.txt"))
        try files.createSymbolicLink(atPath: scratch.path("broken.txt"), withDestinationPath: scratch.path("missing.txt"))
        try files.createSymbolicLink(atPath: scratch.path("linked"), withDestinationPath: elsewhere.url.path)
        try files.createDirectory(atPath: scratch.path("folder.txt"), withIntermediateDirectories: true)
        #expect(mkfifo(scratch.path("pipe.txt"), 0o600) == 0)

        var skipped: [String] = []
        let found = DirectoryWalker.files(under: scratch.url.path, wanted: { !$0.hasSuffix(".pdf") }) { skipped.append($0 + ": " + $1) }
        let root = scratch.url.path + "/"
        #expect(found.sorted() == ["a.txt", "sub/b.md", "sub/deeper/c.txt"].map { root + $0 })
        #expect(skipped.isEmpty)
        // A root given with its trailing slash is not doubled.
        #expect(DirectoryWalker.files(under: root, wanted: { _ in true }, unreadable: { _, _ in }).sorted()
                == ["a.txt", "sub/b.md", "sub/deeper/c.txt", "sub/skip.pdf"].map { root + $0 })
    }

    /// A folder that cannot be read is reported, not silently left out (only testable when the
    /// tests do not run as root, which reads any folder).
    @Test func anUnreadableFolderIsReported() throws {
        guard getuid() != 0 else { return }
        let scratch = try ScratchDirectory("walker-locked")
        defer {
            chmod(scratch.path("locked"), 0o755)
            scratch.remove()
        }
        try scratch.write("Text.", to: "locked/a.txt")
        try scratch.write("Text.", to: "open.txt")
        #expect(chmod(scratch.path("locked"), 0) == 0)
        var skipped: [String] = []
        let found = DirectoryWalker.files(under: scratch.url.path, wanted: { _ in true }) { directory, _ in skipped.append(directory) }
        #expect(found == [scratch.path("open.txt")])
        #expect(skipped == [scratch.path("locked")])
    }
}
