/// What a block (paragraph or line) of scraped text is. Body, title and dek are article text;
/// everything else is dropped before analysis and reported in `cleaning`.
public enum BlockLabel: String, Sendable, Codable, CaseIterable {
    case body, title, dek, caption, credit, byline, dateline, boilerplate

    /// Whether the block is article text that analysis reads.
    public var isKept: Bool { self == .body || self == .title || self == .dek }
}
