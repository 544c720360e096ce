/// Finds the article body: prunes boilerplate, counts text, scores containers readability-style
/// (paragraph length and commas, shared with ancestors, damped by link density), and prefers a
/// semantic container (`<article>`, `<main>`, `[itemprop=articleBody]`) when it holds the text.
struct HTMLContentScorer {
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "dd"]
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br", "center", "details", "summary",
    ]

    /// Marks protected nodes (ancestors of semantic containers and the first `<h1>`), then removed ones.
    static func prune(_ root: HTMLNode) {
        let all = root.descendants(includingRemoved: true)
        var marks: [HTMLNode] = all.filter {
            $0.tag == "article" || $0.tag == "main" || $0.attributes["itemprop"]?.lowercased() == "articlebody"
                || $0.tag == "body" || $0.tag == "html"
        }
        if let h1 = all.first(where: { $0.tag == "h1" }) { marks.append(h1) }
        for m in marks {
            var n: HTMLNode? = m
            while let x = n, !x.protected { x.protected = true; n = x.parent }
        }
        // Top-down: a removed element hides its subtree, so only unremoved nodes are examined.
        for node in all where node.tag != "#document" {
            if node.parent?.removed == true { node.removed = true; continue }
            if HTMLBoilerplateRules.isBoilerplate(node) { node.removed = true }
        }
    }

    /// Bottom-up text, link and comma counts over unremoved nodes.
    static func count(_ root: HTMLNode) {
        let order = root.descendants()
        for node in order.reversed() {
            var text = 0, links = 0, commas = 0
            for c in node.children where !c.removed {
                if c.isText {
                    text += c.visibleBytes
                    commas += c.commasInText
                } else {
                    text += c.textLength
                    links += c.linkLength
                    commas += c.commas
                }
            }
            node.textLength = text
            node.linkLength = node.tag == "a" ? text : links
            node.commas = commas
        }
    }

    /// Whether an element has no block-level children (a `div` used as a paragraph).
    static func isParagraphLike(_ node: HTMLNode) -> Bool {
        if node.tag == "li" || node.tag == "td" || node.tag == "dd" {
            // A list item or cell holding blocks is a container: its own paragraphs score.
            return !node.children.contains { !$0.isText && !$0.removed && blockTags.contains($0.tag) }
        }
        if paragraphTags.contains(node.tag) { return true }
        guard node.tag == "div" || node.tag == "section" || node.tag == "span" || node.tag == "font" else { return false }
        return !node.children.contains { !$0.isText && !$0.removed && blockTags.contains($0.tag) }
    }

    static func classWeight(_ node: HTMLNode) -> Double {
        let tokens = HTMLBoilerplateRules.classTokens((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? ""))
        var w = 0.0
        if tokens.contains(where: HTMLBoilerplateRules.contentTokens.contains) { w += 25 }
        if tokens.contains(where: HTMLBoilerplateRules.weakTokens.contains) { w -= 25 }
        return w
    }

    static func tagWeight(_ tag: String) -> Double {
        switch tag {
        case "div", "article", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// The readability-style best container, or nil when no paragraph has any weight.
    static func densest(_ root: HTMLNode) -> HTMLNode? {
        var candidates: [ObjectIdentifier: HTMLNode] = [:]
        for node in root.descendants() where isParagraphLike(node) && node.textLength >= 25 {
            if node.tag == "li" || node.tag == "td" || node.tag == "dd" {
                // List items and cells only count when they read like prose.
                if node.textLength < 80 || node.linkDensity > 0.3 { continue }
            }
            let s = 1 + Double(node.commas) + min(Double(node.textLength) / 100, 3)
            var ancestor = node.parent
            var level = 0
            while let a = ancestor, level < 5, a.tag != "#document" {
                if candidates[ObjectIdentifier(a)] == nil {
                    a.score = tagWeight(a.tag) + classWeight(a)
                    candidates[ObjectIdentifier(a)] = a
                }
                a.score += s / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                ancestor = a.parent
                level += 1
            }
        }
        var best: HTMLNode?
        var bestScore = -Double.infinity
        for c in candidates.values {
            c.score *= (1 - c.linkDensity)
            if c.score > bestScore || (c.score == bestScore && best.map { c.contains($0) } == true) {
                best = c
                bestScore = c.score
            }
        }
        // Several strong candidates (steps, sections) under one ancestor: that ancestor is the
        // article (readability.js: at least 3 of the top 5 within 75 % of the best).
        if let b = best, bestScore > 0 {
            let top = candidates.values.filter { $0 !== b }.sorted { $0.score > $1.score }.prefix(4)
            let strong = top.filter { $0.score >= bestScore * 0.75 }
            if strong.count >= 3 {
                var p = b.parent
                while let a = p, a.tag != "body", a.tag != "#document" {
                    if strong.filter({ a.contains($0) }).count >= 3 { best = a; break }
                    p = a.parent
                }
            }
        }
        // A lone winner whose parent holds most of the same text is usually one of several
        // sibling blocks: climb while the parent is nearly as good.
        while let b = best, let p = b.parent, p.tag != "#document", p.tag != "body", p.tag != "html",
              p.score >= b.score * 0.8, candidates[ObjectIdentifier(p)] != nil {
            best = p
        }
        // An ancestor that outscores the chain below it holds more of the article (a lede and
        // first paragraphs beside a "read more" container): readability.js's parent climb.
        if let b = best {
            let floor = b.score / 3
            var lastScore = b.score
            var a = b.parent
            while let x = a, x.tag != "body", x.tag != "html", x.tag != "#document" {
                if candidates[ObjectIdentifier(x)] != nil {
                    if x.score < floor { break }
                    if x.score > lastScore { best = x; break }
                    lastScore = x.score
                }
                a = x.parent
            }
        }
        return best
    }

    /// The blocks to render: the top candidate and its siblings that read like content.
    static func withSiblings(_ top: HTMLNode) -> [HTMLNode] {
        guard let parent = top.parent, parent.tag != "#document" else { return [top] }
        let threshold = max(10, top.score * 0.2)
        var out: [HTMLNode] = []
        for s in parent.children where !s.isText && !s.removed {
            if s === top { out.append(s); continue }
            var keep = s.score >= threshold && s.score > 0 && s.textLength > 0
            if let c = top.attributes["class"], !c.isEmpty, s.attributes["class"] == c, s.textLength > 0, s.linkDensity < 0.5 {
                keep = true
            }
            if !keep, s.tag == "p" {
                if s.textLength > 80 && s.linkDensity < 0.25 { keep = true }
                else if s.textLength > 0 && s.linkDensity == 0 && s.commas + 1 >= 1 && s.textLength > 40 { keep = true }
            }
            if keep { out.append(s) }
        }
        return out + splitParts(of: top, besides: out)
    }

    /// Other parts of a body split across containers: elsewhere in the page, blocks with the
    /// same class as the top candidate that score well and are not link lists.
    static func splitParts(of top: HTMLNode, besides chosen: [HTMLNode]) -> [HTMLNode] {
        guard let cls = top.attributes["class"], !cls.isEmpty else { return [] }
        var root = top
        while let p = root.parent, p.tag != "#document" { root = p }
        var out: [HTMLNode] = []
        for n in root.descendants() where n.attributes["class"] == cls && n.score >= max(10, top.score * 0.3)
            && n.linkDensity < 0.3 && !chosen.contains(where: { $0.contains(n) || n.contains($0) })
            && !out.contains(where: { $0.contains(n) }) {
            out.append(n)
        }
        return out
    }
}
