import ArgumentParser

/// How inputs are read.
enum InputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// By file extension: `.jsonl`/`.ndjson` are JSON Lines, everything else plain text.
    case auto
    /// One document per file.
    case text
    /// One JSON object per line, with the text in `--text-field`.
    case jsonl
}
