import Copydesk

/// One document read from the inputs, or the reason it could not be read.
struct InputDocument: Sendable {
    /// The id: the record's id field, or the path for a text file.
    var id: String
    /// Where it came from: a path, `path:line`, or `<stdin>`.
    var source: String
    /// The text, when it could be read.
    var text: String?
    /// The language given by the record (`lang`/`language` field), if any.
    var language: String?
    /// Why it could not be read.
    var issue: DocumentIssue?
    /// Title, byline and date found in a web page's markup.
    var metadata: HTMLMetadata?
}
