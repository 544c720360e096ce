
/// Extracts the article from an HTML page with libxml2's HTML parser.
///
/// Steps: find the charset and hand libxml2 UTF-8; copy the tree without scripts and styles;
/// read metadata (title, byline, date, language); drop boilerplate and hidden elements; choose the
/// article root (`<article>` unless the page is a list of article cards, `<main>`,
/// `[itemprop=articleBody]`, else the densest text block);
/// render its blocks as paragraphs. See `Docs/html-input.md`.
public struct HTMLArticleExtractor: Sendable {
    /// Pages beyond this many bytes are truncated (with a warning) to keep time and memory bounded.
    public static let maximumInputBytes = 64 << 20

    public init() {}

    /// The article in `html` (the page's bytes, any charset).
    public func extract(_ html: [UInt8]) -> HTMLArticle {
        var warnings: [String] = []
        var input = html
        if input.count > Self.maximumInputBytes {
            input = Array(input.prefix(Self.maximumInputBytes))
            warnings.append("the page is larger than \(Self.maximumInputBytes >> 20) MB; only its start was read")
        }
        if input.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return HTMLArticle(text: "", warnings: warnings + ["the page is empty"])
        }
        let decoded = HTMLCharsetSniffer.decode(input)
        warnings += decoded.warnings
        var parsed = HTMLTreeBuilder.build(decoded.bytes, encoding: decoded.encoding)
        if parsed == nil && decoded.encoding != "UTF-8" {
            warnings.append("unsupported charset \"\(decoded.encoding)\"; read as windows-1252")
            parsed = HTMLTreeBuilder.build(Array(HTMLCharsetSniffer.windows1252(input).utf8), encoding: "UTF-8")
        }
        guard let parsed else {
            return HTMLArticle(text: "", warnings: warnings + ["the page could not be parsed as HTML"])
        }
        let root = parsed.root
        let body = root.firstDescendant(includingRemoved: true) { $0.tag == "body" } ?? root
        let metadata = HTMLMetadataReader(metas: parsed.metas, jsonLD: parsed.jsonLD)

        HTMLContentScorer.count(root)
        HTMLContentScorer.prune(root)
        HTMLContentScorer.count(root)
        let (regions, articleRoot) = chooseRegions(body: body, warnings: &warnings)
        var blocks = HTMLBlockRenderer.render(regions)

        let title = metadata.title(articleRoot: articleRoot, body: body, fallback: parsed.titleElement)
        if let h1Title = articleRoot.flatMap({ r in r.firstDescendant { $0.tag == "h1" } }).flatMap(HTMLMetadataReader.plainText) {
            // The headline is emitted once, first.
            if let i = blocks.firstIndex(of: h1Title), i > 0 { blocks.remove(at: i) }
        }
        if let title, blocks.first?.collapsed != title.collapsed {
            blocks.insert(title, at: 0)
        }
        if blocks.isEmpty || (blocks.count == 1 && title != nil && blocks[0] == title) {
            warnings.append("the page has no text")
        }
        return HTMLArticle(
            title: title,
            byline: metadata.byline(body: body),
            published: metadata.published(body: body),
            language: parsed.language?.trimmed,
            text: blocks.joined(separator: "\n\n"),
            warnings: warnings
        )
    }

    /// The subtrees to render and the single root they share (for the headline).
    func chooseRegions(body: HTMLNode, warnings: inout [String]) -> ([HTMLNode], HTMLNode?) {
        let elements = body.descendants()
        let densest = HTMLContentScorer.densest(body)
        var order: [ObjectIdentifier: Int] = [:]
        for (i, e) in elements.enumerated() { order[ObjectIdentifier(e)] = i }
        let densestRegions = (densest.map(HTMLContentScorer.withSiblings) ?? [])
            .sorted { order[ObjectIdentifier($0), default: 0] < order[ObjectIdentifier($1), default: 0] }
        let densestText = densestRegions.reduce(0) { $0 + $1.textLength }

        func largest(_ match: (HTMLNode) -> Bool) -> HTMLNode? {
            elements.filter(match).max { $0.textLength < $1.textLength }
        }
        let semantic = (Self.isListOfCards(elements) ? nil : largest { $0.tag == "article" })
            ?? largest { $0.tag == "main" }
            ?? largest { $0.attributes["itemprop"]?.lowercased() == "articlebody" }
        if let s = semantic, s.textLength > 0 {
            // Trust the markup unless the densest text lies elsewhere and outweighs it.
            let overlaps = densest.map { s.contains($0) || $0.contains(s) } ?? true
            if overlaps || Double(s.textLength) >= 0.5 * Double(densestText) {
                return ([s], s)
            }
        }
        if let d = densest, densestText > 0 {
            return (densestRegions, densestRegions.count == 1 ? d : densestRegions.allSatisfy { $0.parent === d.parent } ? d.parent : body)
        }
        warnings.append("no article found; the whole page body was used")
        return ([body], nil)
    }

    /// Whether the page's `<article>` elements are cards of a list (a front page, an archive):
    /// three or more, none holding half of their text, so no single one is the article.
    static func isListOfCards(_ elements: [HTMLNode]) -> Bool {
        let articles = elements.filter { $0.tag == "article" && $0.textLength > 0 }
        let outermost = articles.filter { a in !articles.contains { $0 !== a && $0.contains(a) } }
        guard outermost.count >= 3, let largest = outermost.max(by: { $0.textLength < $1.textLength }) else { return false }
        let total = outermost.reduce(0) { $0 + $1.textLength }
        return Double(largest.textLength) < 0.5 * Double(total)
    }
}
