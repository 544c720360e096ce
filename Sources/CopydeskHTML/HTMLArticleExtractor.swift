import CLibXML2

/// Extracts the article from an HTML page with libxml2's HTML parser.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    /// The article in `html` (the page's bytes, any charset).
    public func extract(_ html: [UInt8]) -> HTMLArticle {
        HTMLArticle(text: "", warnings: ["HTML extraction is being written"])
    }
}
