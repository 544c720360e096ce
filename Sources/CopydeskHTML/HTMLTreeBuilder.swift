import CopydeskXML

/// Parses HTML bytes with libxml2 (through the opaque `CopydeskXML` facade) and copies the
/// document into `HTMLNode`s.
///
/// `script`, `style` and other never-visible elements are skipped while copying, except the
/// contents of `<script type="application/ld+json">`, which are collected for metadata.
struct HTMLTreeBuilder {
    /// Deeper elements are attached to their ancestor at this depth, so later passes stay shallow.
    static let maximumDepth = 256
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "select", "textarea", "input", "button", "video", "audio", "map", "head",
    ]

    struct Result {
        var root: HTMLNode
        var jsonLD: [String]
        var metas: [HTMLNode]
        var links: [HTMLNode]
        var titleElement: String?
        var language: String?
    }

    /// Parses UTF-8 (or `encoding`) bytes; nil when libxml2 returns no document.
    static func build(_ bytes: [UInt8], encoding: String) -> Result? {
        let count = Int32(clamping: bytes.count)
        let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            encoding.withCString { cd_html_parse(buffer.baseAddress, count, $0) }
        }
        guard let doc = parsed else { return nil }
        defer { cd_html_free(doc) }
        var result = Result(root: HTMLNode(tag: "#document"), jsonLD: [], metas: [], links: [])
        guard let top = cd_html_root(doc) else { return result }

        // Iterative copy: (libxml2 node, parent copy, depth).
        var stack: [(OpaquePointer, HTMLNode, Int)] = [(top, result.root, 0)]
        while let (xnode, parent, depth) = stack.popLast() {
            let kind = cd_html_node_kind(xnode)
            if kind == Int32(CD_HTML_TEXT) || kind == Int32(CD_HTML_CDATA) {
                if let content = cd_html_node_content(xnode) {
                    let node = HTMLNode(tag: "", text: String(cString: content))
                    node.parent = parent
                    parent.children.append(node)
                }
                continue
            }
            guard kind == Int32(CD_HTML_ELEMENT), let namePointer = cd_html_node_name(xnode) else { continue }
            let tag = String(cString: namePointer).lowercased()
            let attributes = Self.attributes(of: xnode)
            switch tag {
            case "script":
                if attributes["type"]?.lowercased().contains("ld+json") == true {
                    result.jsonLD.append(Self.textContent(of: xnode))
                }
                continue
            case "meta":
                result.metas.append(HTMLNode(tag: tag, attributes: attributes))
                continue
            case "link":
                result.links.append(HTMLNode(tag: tag, attributes: attributes))
                continue
            case "title":
                if result.titleElement == nil { result.titleElement = Self.textContent(of: xnode) }
                continue
            case "html":
                if result.language == nil, let lang = attributes["lang"] ?? attributes["xml:lang"], !lang.isEmpty {
                    result.language = lang
                }
            default:
                break
            }
            if tag == "head" {
                // Keep reading metadata inside <head>, but copy nothing into the body tree.
                for c in Self.children(of: xnode).reversed() { stack.append((c, HTMLNode(tag: "#discard"), depth + 1)) }
                continue
            }
            if skippedTags.contains(tag) { continue }
            let node = HTMLNode(tag: tag, attributes: attributes)
            let target = depth >= maximumDepth ? parent : node
            if target === node {
                node.parent = parent
                parent.children.append(node)
            }
            for c in Self.children(of: xnode).reversed() { stack.append((c, target, min(depth + 1, maximumDepth))) }
        }
        return result
    }

    /// The children of a node, in order.
    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var children: [OpaquePointer] = []
        var child = cd_html_first_child(node)
        while let c = child { children.append(c); child = cd_html_next_sibling(c) }
        return children
    }

    static func attributes(of node: OpaquePointer) -> HTMLAttributes {
        var out = HTMLAttributes()
        var attribute = cd_html_first_attribute(node)
        while let a = attribute {
            if let name = cd_html_attribute_name(a) {
                var value = ""
                if let text = cd_html_attribute_text(a) {
                    value = String(cString: text)
                } else if let copy = cd_html_attribute_value(a) {
                    value = String(cString: copy)
                    cd_html_free_string(copy)
                }
                out[String(cString: name).lowercased()] = value
            }
            attribute = cd_html_next_attribute(a)
        }
        return out
    }

    /// The concatenated text below `node` (no recursion: an explicit stack).
    static func textContent(of node: OpaquePointer) -> String {
        var out = ""
        var stack: [OpaquePointer] = children(of: node).reversed()
        while let n = stack.popLast() {
            let kind = cd_html_node_kind(n)
            if kind == Int32(CD_HTML_TEXT) || kind == Int32(CD_HTML_CDATA) {
                if let content = cd_html_node_content(n) { out += String(cString: content) }
            }
            stack.append(contentsOf: children(of: n).reversed())
        }
        return out
    }
}
