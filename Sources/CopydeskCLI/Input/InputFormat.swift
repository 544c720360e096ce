import ArgumentParser

/// How inputs are read.
enum InputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// By file extension: `.jsonl`/`.ndjson` (optionally `.gz`) are JSON Lines, `.html`/`.htm`
    /// web pages, everything else plain text.
    case auto
    /// One document per file.
    case text
    /// One JSON object per line, with the text in `--text-field` (or HTML in `--html-field`).
    case jsonl
    /// A web page: the article is extracted with libxml2's HTML parser, then cleaned.
    case html
}
