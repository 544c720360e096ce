import Copydesk

/// Turns the chosen subtrees into paragraphs: each block element starts a new paragraph, inline
/// text is joined with collapsed whitespace, `<br>` is a line break, and link-heavy containers
/// other than lists (tag clouds, link bars) are skipped.
struct HTMLBlockRenderer {
    private(set) var blocks: [String] = []
    /// Whether each block is a heading (`h1`–`h6`), parallel to `blocks`.
    private var headings: [Bool] = []
    private var headingDepth = 0
    /// The block being written, as UTF-8.
    private var current: [UInt8] = []
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
            current.append(0x0A)
            if preformatted == 0 { pendingSpace = false }
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
        var text = text
        if preformatted > 0 {
            if pendingSpace && !current.isEmpty { current.append(0x20) }
            pendingSpace = false
            text.withUTF8 { current.append(contentsOf: $0) }
            return
        }
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                let length: Int
                let isSpace: Bool
                if byte < 0x80 {
                    // White space answered without the property lookup (~60 ns a character, a
                    // tenth of reading a page).
                    length = 1
                    isSpace = byte == 0x20 || byte &- 0x09 < 5
                } else {
                    // White space past ASCII, no-break space included, by its property.
                    let (scalar, scalarLength) = UTF8Scanning.scalar(at: offset, in: bytes)
                    length = scalarLength
                    isSpace = scalar.properties.isWhitespace
                }
                if isSpace {
                    pendingSpace = true
                } else {
                    if pendingSpace && !current.isEmpty && !Self.endsWithLineFeed(current) { current.append(0x20) }
                    pendingSpace = false
                    if length == 1 {
                        current.append(byte)
                    } else {
                        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]))
                    }
                }
                offset += length
            }
        }
    }

    /// Whether the last character of `text` is a line feed: its last byte is one, and not the
    /// end of a CR LF (one character).
    static func endsWithLineFeed(_ text: [UInt8]) -> Bool {
        text.last == 0x0A && (text.count == 1 || text[text.count - 2] != 0x0D)
    }

    /// Ends the current block: its lines without leading spaces and tabs, the empty ones left
    /// out (kept in preformatted text); a block of white space only is dropped.
    private mutating func flush() {
        defer {
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        let text: String?
        switch Self.blockText(fromBytes: current, preformatted: preformatted > 0) {
        case .text(let bytesText): text = bytesText
        case .whiteSpace: text = nil
        case .undecided: text = Self.blockTextByCharacters(current, preformatted: preformatted > 0)
        }
        guard let text else { return }
        blocks.append(text)
        headings.append(headingDepth > 0)
    }

    /// What a block's bytes tell of its text.
    enum BytesVerdict: Equatable {
        /// The block's text.
        case text(String)
        /// Only white space: no block.
        case whiteSpace
        /// Only its characters tell: read them (`blockTextByCharacters`).
        case undecided
    }

    /// `blockTextByCharacters` from the bytes, where they decide it. A line ends at a line feed
    /// that is not part of a CR LF (one character); a leading space or tab is a character of
    /// its own unless a byte past ASCII follows it (a combining mark joins a space). A printable
    /// ASCII byte always lies in a character that is not white space, and so does an ASCII
    /// control other than white space; text past ASCII without either is undecided.
    static func blockText(fromBytes bytes: [UInt8], preformatted: Bool) -> BytesVerdict {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lineStart = 0, wroteLine = false
        var visible = false, beyondASCII = false
        for index in 0...bytes.count {
            guard index == bytes.count || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) else { continue }
            var start = lineStart
            while start < index, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            if start > lineStart, start < index, bytes[start] >= 0x80 { return .undecided }
            if start < index || preformatted {
                if wroteLine { out.append(0x0A) }
                for byte in bytes[start..<index] {
                    if byte >= 0x80 { beyondASCII = true } else if byte != 0x20 && byte &- 0x09 >= 5 { visible = true }
                }
                out.append(contentsOf: bytes[start..<index])
                wroteLine = true
            }
            lineStart = index + 1
        }
        if visible { return .text(String(decoding: out, as: UTF8.self)) }
        return beyondASCII ? .undecided : .whiteSpace
    }

    /// The block's text as `flush` defines it, read character by character: `Character`s, not
    /// bytes, are what a line feed ends and a space is.
    static func blockTextByCharacters(_ bytes: [UInt8], preformatted: Bool) -> String? {
        let current = String(decoding: bytes, as: UTF8.self)
        var lines: [Substring] = []
        for line in current.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.drop { $0 == " " || $0 == "\t" }
            if !t.isEmpty || preformatted { lines.append(t) }
        }
        let text = lines.joined(separator: "\n")
        return text.allSatisfy({ $0.isWhitespace }) ? nil : text
    }
}
