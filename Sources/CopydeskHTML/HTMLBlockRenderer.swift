/// Turns the chosen subtrees into paragraphs: each block element starts a new paragraph, inline
/// text is joined with collapsed whitespace, `<br>` is a line break, and link-heavy containers
/// other than lists (tag clouds, link bars) are skipped.
struct HTMLBlockRenderer {
    private(set) var blocks: [String] = []
    /// Whether each block is a heading (`h1`–`h6`), parallel to `blocks`.
    private var headings: [Bool] = []
    private var headingDepth = 0
    private var current = ""
    private var pendingSpace = false
    private var preformatted = 0

    static let containerTags: Set<String> = ["div", "section", "ul", "ol", "table", "dl", "tbody"]

    static func render(_ roots: [HTMLNode]) -> [String] {
        var r = HTMLBlockRenderer()
        for root in roots { r.walk(root) }
        r.flush()
        return r.withoutTrailingHeadings()
    }

    /// The blocks without headings left at the end with no text under them ("Recommended for
    /// you", "Get our newsletter": the title of a box whose links or form were pruned). A text
    /// that is only headings is kept whole.
    func withoutTrailingHeadings() -> [String] {
        guard let lastText = headings.lastIndex(of: false) else { return blocks }
        return Array(blocks[...lastText])
    }

    /// Whether a container inside the article is a link list or other non-prose. A paragraph is
    /// never one: a paragraph that is a single link ("Related: …", a further-reading title) is
    /// part of the article as its author wrote it.
    static func isLinkCluster(_ node: HTMLNode) -> Bool {
        guard node.textLength > 0 else { return false }
        if isListInArticle(node) { return false }
        if containerTags.contains(node.tag) && node.commas < 10 && node.linkDensity > 0.5 { return true }
        return false
    }

    /// Whether `node` is a list or list item. Inside the article a list of links is part of the
    /// text (sources, further reading, a list of fixed bugs), as readability.js keeps it; lists
    /// marked as boilerplate ("related", "share", navigation) were already pruned by their markup.
    static func isListInArticle(_ node: HTMLNode) -> Bool {
        node.tag == "ul" || node.tag == "ol" || node.tag == "li"
    }

    private mutating func walk(_ node: HTMLNode) {
        if node.removed { return }
        if node.isText {
            append(node.text)
            return
        }
        if node.tag == "br" {
            if preformatted > 0 { current += "\n" } else { current += "\n"; pendingSpace = false }
            return
        }
        if node.tag == "hr" || node.tag == "img" { if node.tag == "hr" { flush() }; return }
        if Self.isLinkCluster(node) { return }
        let block = HTMLContentScorer.blockTags.contains(node.tag)
        if block { flush() }
        let heading = Self.isHeading(node.tag)
        if node.tag == "pre" { preformatted += 1 }
        if heading { headingDepth += 1 }
        for c in node.children { walk(c) }
        if node.tag == "pre" { preformatted -= 1 }
        if block { flush() } else if node.tag == "td" || node.tag == "th" { pendingSpace = true }
        if heading { headingDepth -= 1 }
    }

    static func isHeading(_ tag: String) -> Bool {
        tag.count == 2 && tag.first == "h" && ("1"..."6").contains(tag.last!)
    }

    private mutating func append(_ text: String) {
        if preformatted > 0 {
            if pendingSpace && !current.isEmpty { current += " " }
            pendingSpace = false
            current += text
            return
        }
        for scalar in text.unicodeScalars {
            // White space, no-break space included; ASCII answered without the property lookup
            // (~60 ns a character, a tenth of reading a page).
            let isSpace = scalar.value < 0x80 ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = true
            } else {
                if pendingSpace && !current.isEmpty && current.last != "\n" { current += " " }
                pendingSpace = false
                current.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func flush() {
        var lines: [Substring] = []
        for line in current.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.drop { $0 == " " || $0 == "\t" }
            if !t.isEmpty || preformatted > 0 { lines.append(t) }
        }
        let text = lines.joined(separator: "\n")
        if !text.allSatisfy({ $0.isWhitespace }) {
            blocks.append(text)
            headings.append(headingDepth > 0)
        }
        current = ""
        pendingSpace = false
    }
}
