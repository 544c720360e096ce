/// An article extracted from a web page: metadata when the page marks it up, and the body as
/// plain text with one paragraph per block, separated by blank lines, ready for cleaning.
public struct HTMLArticle: Sendable, Equatable {
    /// From `<h1>`, `og:title`, JSON-LD `headline` or `<title>`.
    public var title: String?
    /// From `rel=author`, `meta name=author`, JSON-LD `author`.
    public var byline: String?
    /// From `<time datetime>`, `article:published_time`, JSON-LD `datePublished`.
    public var published: String?
    /// The language from `<html lang>`, if any.
    public var language: String?
    /// The title, then the body paragraphs, separated by blank lines.
    public var text: String
    /// Problems met (wrong or missing charset, no article found, truncated markup).
    public var warnings: [String]

    public init(title: String? = nil, byline: String? = nil, published: String? = nil, language: String? = nil, text: String, warnings: [String] = []) {
        self.title = title
        self.byline = byline
        self.published = published
        self.language = language
        self.text = text
        self.warnings = warnings
    }
}
