/// Reads title, byline and publication date from markup: `<meta>` tags, `rel=author`,
/// `<time datetime>`, microdata and JSON-LD (`NewsArticle` and friends).
struct HTMLMetadataReader {
    var metas: [String: String] = [:]
    var jsonLD: [JSONLDValue] = []

    init(metas: [HTMLNode], jsonLD: [String]) {
        for m in metas {
            guard let key = (m.attributes["property"] ?? m.attributes["name"] ?? m.attributes["itemprop"])?.lowercased(),
                  let content = m.attributes["content"]?.trimmed, !content.isEmpty, self.metas[key] == nil else { continue }
            self.metas[key] = content
        }
        for text in jsonLD {
            guard let value = JSONLDReader.parse(text) else { continue }
            Self.collectArticles(value, into: &self.jsonLD, depth: 0)
        }
    }

    /// Objects that look like articles (have a headline or an Article-ish @type), depth-first.
    static func collectArticles(_ value: JSONLDValue, into out: inout [JSONLDValue], depth: Int) {
        guard depth < 8 else { return }
        switch value {
        case .array(let items):
            for item in items { collectArticles(item, into: &out, depth: depth + 1) }
        case .object(let members):
            let types = value.types.map { $0.lowercased() }
            if value["headline"] != nil || types.contains(where: { $0.contains("article") || $0.contains("posting") || $0.contains("report") }) {
                out.append(value)
            }
            for (key, member) in members where key == "@graph" || key == "mainEntity" || key == "mainEntityOfPage" {
                collectArticles(member, into: &out, depth: depth + 1)
            }
        default:
            break
        }
    }

    func jsonLDString(_ key: String) -> String? {
        for a in jsonLD { if let s = a[key]?.string?.trimmed, !s.isEmpty { return s } }
        return nil
    }

    func jsonLDAuthor() -> String? {
        func names(_ v: JSONLDValue?) -> [String] {
            switch v {
            case .string(let s)?: return [s]
            case .object?: return v?["name"]?.string.map { [$0] } ?? []
            case .array(let items)?: return items.flatMap { names($0) }
            default: return []
            }
        }
        for a in jsonLD {
            let n = names(a["author"]).map(\.trimmed).filter { !$0.isEmpty }
            if !n.isEmpty { return n.joined(separator: ", ") }
        }
        return nil
    }

    func title(articleRoot: HTMLNode?, body: HTMLNode, fallback: String?) -> String? {
        if let root = articleRoot, let h1 = root.firstDescendant(where: { $0.tag == "h1" }), let t = Self.plainText(h1) {
            return t
        }
        if let t = metas["og:title"] ?? metas["twitter:title"] { return t }
        if let t = jsonLDString("headline") { return t }
        if let h1s = Optional(body.descendants(includingRemoved: true).filter { $0.tag == "h1" }), h1s.count == 1,
           let t = Self.plainText(h1s[0]) { return t }
        return fallback.map(\.collapsed).flatMap { $0.isEmpty ? nil : $0 }
    }

    func byline(body: HTMLNode) -> String? {
        let all = body.descendants(includingRemoved: true)
        if let a = all.first(where: { ($0.attributes["rel"] ?? "").lowercased().split(separator: " ").contains("author") }),
           let t = Self.plainText(a) { return t }
        if let t = metas["author"] ?? metas["article:author"], !t.hasPrefix("http") { return t }
        if let t = jsonLDAuthor() { return t }
        for n in all {
            let tokens = HTMLBoilerplateRules.classTokens(n.attributes["class"] ?? "")
            if n.attributes["itemprop"]?.lowercased() == "author" || tokens.contains("byline") {
                let name = n.firstDescendant(includingRemoved: true) { $0.attributes["itemprop"]?.lowercased() == "name" } ?? n
                if let t = Self.plainText(name), t.count <= 120 { return t }
            }
        }
        return nil
    }

    func published(body: HTMLNode) -> String? {
        if let t = body.firstDescendant(includingRemoved: true, where: { $0.tag == "time" && $0.attributes["datetime"] != nil }),
           let d = t.attributes["datetime"]?.trimmed, !d.isEmpty { return d }
        if let d = metas["article:published_time"] ?? metas["datepublished"] ?? metas["pubdate"] { return d }
        return jsonLDString("datePublished")
    }

    /// Whitespace-collapsed text of a subtree, removed parts included (metadata may be in a header).
    static func plainText(_ node: HTMLNode) -> String? {
        var out = ""
        var stack = [node]
        while let n = stack.popLast() {
            if n.isText { out += n.text + " " } else { stack.append(contentsOf: n.children.reversed()) }
        }
        let t = out.collapsed
        return t.isEmpty ? nil : t
    }
}
