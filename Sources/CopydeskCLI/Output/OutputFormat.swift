import ArgumentParser

/// How `analyze` reports.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A readable summary for a person.
    case text
    /// One JSON object per document (an array when there are several).
    case json
    /// One JSON object per line.
    case jsonl
    /// One CSV row per document with flattened `<plugin>_<field>` columns.
    case csv
    /// One self-contained HTML page: each document's figures and its text with what the plugins
    /// found marked.
    case html
}
