import CopydeskHTML
import Foundation

// Article extraction (`HTMLArticleExtractor`: charset, libxml2's parse, the copied tree, metadata,
// pruning, scoring, rendering) over every page of a folder, on the main thread and nothing
// else: `pipeline-pass`'s counterpart for web pages, for `valgrind --tool=callgrind`, which
// cannot follow `analyze`'s worker threads. See README.md, "How to rerun", step 4.
//
//   html-pass FOLDER [LIMIT]   prints pages, bytes and the characters extracted to stderr
//
// Instructions of the extraction alone (not of reading the files):
//   valgrind --tool=callgrind --toggle-collect='*extractAll*' .build/release/html-pass FOLDER

/// The bytes of the first `limit` `.html` and `.htm` files of `folder`, in sorted order.
func loadPages(folder: String, limit: Int) -> [[UInt8]]? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
    let pages = names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted().prefix(limit)
    return pages.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
}

/// Extracts the article of every page and prints what it read.
func extractAll(_ pages: [[UInt8]]) {
    let extractor = HTMLArticleExtractor()
    var bytes = 0, characters = 0
    for page in pages {
        bytes += page.count
        characters += extractor.extract(page).text.unicodeScalars.count
    }
    FileHandle.standardError.write(Data("pages \(pages.count), bytes \(bytes), characters extracted \(characters)\n".utf8))
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let pages = loadPages(folder: arguments[1], limit: arguments.count >= 3 ? Int(arguments[2]) ?? .max : .max) else {
    FileHandle.standardError.write(Data("usage: html-pass FOLDER [LIMIT]\n".utf8))
    exit(64)
}
extractAll(pages)
