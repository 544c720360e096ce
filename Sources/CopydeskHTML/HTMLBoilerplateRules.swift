/// Which elements are never article text: by tag, by visibility, by role, and by words in their
/// `class` and `id` (matched as whole tokens, camelCase and `-`/`_` split).
struct HTMLBoilerplateRules {
    static let droppedTags: Set<String> = [
        "nav", "header", "footer", "aside", "form", "dialog", "menu", "fieldset", "label", "option",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search",
    ]
    /// Token prefixes that mark boilerplate whatever else the class says.
    static let strongPrefixes = [
        "sharing", "sharebar", "sharetool", "sharethis", "sharedaddy", "addthis", "social", "newsletter", "cookie", "consent", "gdpr", "subscri", "promo", "advert",
        "breadcrumb", "related", "sponsor", "outbrain", "taboola", "disqus", "popup", "modal", "signup",
        "recommend", "trending", "mostread", "mostpopular", "paywall", "teaser",
    ]
    /// `strongPrefixes` by their first byte: a token can start with a prefix only when its first
    /// byte is the prefix's (an ASCII letter, a character of its own), so each token is compared
    /// with a few of them instead of all.
    static let strongPrefixesByFirstByte: [[String]] = {
        var buckets = [[String]](repeating: [], count: 128)
        for prefix in strongPrefixes { buckets[Int(prefix.utf8.first!)].append(prefix) }
        return buckets
    }()
    /// Whole tokens that mark boilerplate whatever else the class says.
    static let strongTokens: Set<String> = [
        "share", "shares", "ad", "ads", "adv", "adslot", "adunit", "adsbygoogle", "dfp", "comment", "comments", "commentlist",
        "follow", "print", "skip", "toolbar", "tools", "newsletters", "banner", "popular",
    ]
    /// Whole tokens that mark boilerplate unless the class also says content.
    static let weakTokens: Set<String> = [
        "sidebar", "footer", "header", "menu", "nav", "navbar", "navigation", "pagination", "pager", "masthead",
        "rss", "skyscraper", "supplemental", "agegate", "shoutbox", "combx", "remark", "replies",
        "community", "extra", "tags", "tagcloud", "meta", "byline", "author", "dateline", "timestamp", "date", "hidden",
        "bio", "links", "login", "search", "masthead", "topbar", "bottom",
    ]
    /// Whole tokens that mark a byline or dateline: a short element (under 100 characters) with
    /// one is dropped even when its class also says article or post ("article-dateline",
    /// "post_datetimes"), as readability.js drops its byline — but not an author box or bio (see
    /// `isAuthorBox`). The metadata reader reads the byline and date before pruning.
    static let creditLineTokens: Set<String> = [
        "byline", "bylines", "author", "dateline", "date", "datetime", "datetimes", "timestamp", "writtenby",
    ]
    static let contentTokens: Set<String> = [
        "article", "body", "content", "main", "column", "story", "post", "entry", "text", "page",
    ]

    /// Whether `node` is hidden or boilerplate by its own markup.
    static func isBoilerplate(_ node: HTMLNode) -> Bool {
        let a = node.attributes
        if a["hidden"] != nil { return true }
        if a["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = a["style"], hidesByStyle(style) { return true }
        if let role = a["role"]?.lowercased(), droppedRoles.contains(role) { return true }
        if node.protected { return false }
        if droppedTags.contains(node.tag) && !isLedeHeader(node) { return true }
        if isInRunningText(node) { return false }
        // Long ids are usually slugs of headings ("section-shared-history"), not roles.
        let idTokens = classTokens(a["id"] ?? "")
        let tokens = classTokens(a["class"] ?? "") + (idTokens.count > 3 ? [] : idTokens)
        if tokens.isEmpty { return false }
        for t in tokens {
            if strongTokens.contains(t) { return true }
            if let first = t.utf8.first, first < 0x80, strongPrefixesByFirstByte[Int(first)].contains(where: { t.hasPrefix($0) }) { return true }
        }
        if node.textLength < 100 && tokens.contains(where: creditLineTokens.contains) && !isAuthorBox(node, tokens) {
            return true
        }
        let prose = node.textLength > 2000 && node.linkDensity < 0.3
        if !prose && tokens.contains(where: weakTokens.contains) && !tokens.contains(where: contentTokens.contains) {
            return true
        }
        return false
    }

    /// Whether an inline style hides the element (`display:none`, `visibility:hidden`; any case,
    /// spaces ignored). ASCII styles are read as bytes; others as characters, since lowercasing
    /// past ASCII may yield ASCII letters (the Kelvin sign becomes "k").
    static func hidesByStyle(_ style: String) -> Bool {
        var style = style
        let answer: Bool? = style.withUTF8 { bytes in
            var compact: [UInt8] = []
            compact.reserveCapacity(bytes.count)
            for byte in bytes where byte != 0x20 {
                guard byte < 0x80 else { return nil }
                compact.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
            return contains("display:none", in: compact) || contains("visibility:hidden", in: compact)
        }
        if let answer { return answer }
        let characters = style.lowercased().filter { $0 != " " }
        return characters.contains("display:none") || characters.contains("visibility:hidden")
    }

    /// Whether `bytes` hold the bytes of `needle` (ASCII) somewhere.
    static func contains(_ needle: StaticString, in bytes: [UInt8]) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard pattern.count <= bytes.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// Whether `node` is an author's bio or a box about the author (it holds a paragraph or a
    /// heading): sentences about the author, not a credit line.
    static func isAuthorBox(_ node: HTMLNode, _ tokens: [String]) -> Bool {
        if tokens.contains("bio") { return true }
        return node.firstDescendant { $0.tag == "p" || ($0.tag.count == 2 && $0.tag.first == "h" && $0.tag.last!.isNumber) } != nil
    }

    /// Whether `node` is a `<header>` that holds only a lede: a sentence or more of text and no
    /// links, headings or lists (a masthead or an article's header of title and byline has them).
    static func isLedeHeader(_ node: HTMLNode) -> Bool {
        guard node.tag == "header", node.textLength >= 80, node.linkLength == 0 else { return false }
        return !node.descendants().contains {
            ["nav", "ul", "ol", "form", "img", "h1", "h2", "h3", "h4", "h5", "h6"].contains($0.tag)
        }
    }

    /// Inline elements that can carry a sentence's words (a glossary link, an emphasized phrase).
    static let phrasingTags: Set<String> = [
        "a", "abbr", "b", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var", "font",
    ]

    /// Whether `node` is an inline element between words of its parent's text: its class names
    /// (a "popup" glossary link, a "highlight" span) style a phrase, and dropping it would cut
    /// the sentence.
    static func isInRunningText(_ node: HTMLNode) -> Bool {
        guard phrasingTags.contains(node.tag), let parent = node.parent else { return false }
        return parent.holdsVisibleText
    }

    /// Lowercased tokens of a class/id string, split at non-letters and camelCase humps.
    static func classTokens(_ s: String) -> [String] {
        var s = s
        if let tokens = s.withUTF8({ asciiClassTokens($0) }) { return tokens }
        return unicodeClassTokens(s)
    }

    /// `classTokens` of an ASCII string, from its bytes: each token is one lowercased copy of
    /// its bytes (the Unicode path appends a lowercased string per character). Nil when a byte
    /// is not ASCII.
    static func asciiClassTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var tokens: [String] = []
        var start = 0, previousLower = false
        func close(_ end: Int) {
            guard end > start else { return }
            tokens.append(String(unsafeUninitializedCapacity: end - start) { buffer in
                for offset in start..<end {
                    let byte = bytes[offset]
                    buffer[offset - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return end - start
            })
        }
        for (offset, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            let isUpper = byte &- 0x41 < 26
            let isAlnum = isUpper || byte &- 0x61 < 26 || byte &- 0x30 < 10
            if !isAlnum || (isUpper && previousLower) {
                close(offset)
                start = isAlnum ? offset : offset + 1
            }
            previousLower = isAlnum && !isUpper
        }
        close(bytes.count)
        return tokens
    }

    /// `classTokens` character by character, with Unicode's properties past ASCII.
    static func unicodeClassTokens(_ s: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var previousLower = false
        for ch in s.unicodeScalars {
            // Class names are mostly ASCII: answered without the property lookups.
            let isUpper = ch.value < 0x80 ? ("A"..."Z").contains(ch) : ch.properties.isUppercase
            let isAlnum = ch.value < 0x80 ? ("a"..."z").contains(ch) || ("A"..."Z").contains(ch) || ("0"..."9").contains(ch)
                : ch.properties.isAlphabetic
            if !isAlnum || (isUpper && previousLower) {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
            if isAlnum { current.unicodeScalars.append(contentsOf: String(ch).lowercased().unicodeScalars) }
            previousLower = isAlnum && !isUpper
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
