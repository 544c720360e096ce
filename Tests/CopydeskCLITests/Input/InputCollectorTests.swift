import Foundation
import Testing
@testable import CopydeskCLI

struct InputCollectorTests {
    private let collector = InputCollector(format: .auto, textField: "text", idField: "id", strict: false, warn: { _ in })

    /// The extension is what Foundation's `NSString.pathExtension` gives, lowercased.
    @Test(arguments: ["a.txt", "A.TXT", ".txt", "a.", "a", "dir.d/a", "x.jsonl.gz", "a..txt", "/abs/f.md",
                      "a b.html", "ünï.Txt", "..", ".", "a/.b.txt", "x.jsonl/", "x.ndjson//", ""])
    func extensionsAgreeWithFoundation(_ path: String) {
        #expect(InputCollector.fileExtension(path) == (path as NSString).pathExtension.lowercased())
    }

    @Test func directoriesReadTextPagesAndJSONLines() {
        for name in ["a.txt", "a.TEXT", "a.md", "a.html", "a.HTM", "a.jsonl", "a.ndjson", "a.jsonl.gz", "a.NDJSON.GZ"] {
            #expect(InputCollector.isReadFromDirectories(name), "\(name)")
        }
        for name in ["a.pdf", "a.gz", "a.txt.gz", "a.json", "txt", "a"] {
            #expect(!InputCollector.isReadFromDirectories(name), "\(name)")
        }
    }

    /// A directory expands to its files in sorted order, its path written as given.
    @Test func directoriesExpandSorted() throws {
        let scratch = try ScratchDirectory("collector")
        defer { scratch.remove() }
        for name in ["b.txt", "a/z.md", "a/c.jsonl", "B.txt", ".hidden.txt", "notes.pdf"] { try scratch.write("Text.", to: name) }
        let root = scratch.url.path
        let expanded = collector.expand([root, root + "/"]).map(\.path)
        let names = ["B.txt", "a/c.jsonl", "a/z.md", "b.txt"]
        #expect(expanded == names.map { root + "/" + $0 } + names.map { root + "/" + $0 })
    }

    /// A folder named through a symbolic link is read (Foundation's enumerator found nothing in
    /// it and only warned that the folder held no articles); links inside it are still skipped.
    @Test func aLinkedFolderIsRead() throws {
        let scratch = try ScratchDirectory("collector-link")
        defer { scratch.remove() }
        try scratch.write("Text.", to: "archive/2024/a.txt")
        let link = scratch.path("latest")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path("archive"))
        #expect(collector.expand([link]).map(\.path) == [link + "/2024/a.txt"])
    }
}
