/// A document handed out in input order but not read yet: the worker that takes it reads the
/// file, parses the JSON line or extracts the page's article (`InputCollector.load(_:)`), so
/// that work runs in parallel instead of under the input queue's lock.
enum PendingDocument: Sendable {
    /// Already known: a failure found while listing the inputs, or an empty page.
    case ready(InputDocument)
    /// One line of a JSON Lines file (its bytes copied out of the reader's buffer), with its
    /// number, its source (`file:line`) and the fields to decode.
    case jsonLine(bytes: [UInt8], lineNumber: Int, source: String, wanted: [String])
    /// A text file, read whole.
    case textFile(path: String, name: String)
    /// A web page, read and reduced to its article.
    case page(path: String, name: String)

    /// Where the document comes from: a path, `path:line` or `<stdin>`.
    var source: String {
        switch self {
        case .ready(let document): document.source
        case .jsonLine(_, _, let source, _): source
        case .textFile(_, let name), .page(_, let name): name
        }
    }
}
