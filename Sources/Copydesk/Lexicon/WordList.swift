/// Reads the plain-text word lists compiled into Copydesk (see `Resources/README.md`).
///
/// Format: one entry per line; `#` starts a comment line; blank lines are ignored; fields are
/// separated by a TAB.
public enum WordList {
    /// The entries of an embedded list, e.g. `"stopwords/en.txt"`; empty when there is none.
    public static func entries(_ path: String) -> [String] {
        guard let text = EmbeddedResources.text(path) else { return [] }
        return parse(text)
    }

    /// The entries of a list's text: trimmed lines, without comments and blank lines.
    public static func parse(_ text: String) -> [String] {
        var result: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append(String(line))
        }
        return result
    }

    /// The hashed keys (`TermHash`) of the first field of each entry of an embedded list.
    public static func hashes(_ path: String) -> TermSet {
        TermSet(keys: entries(path).map { TermHash.hash(fields($0)[0]) })
    }

    /// The TAB-separated fields of an entry.
    public static func fields(_ entry: String) -> [Substring] {
        entry.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingSpaces() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
