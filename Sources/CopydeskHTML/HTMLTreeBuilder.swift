import CLibXML2

/// Parses HTML bytes with libxml2 and copies the document into `HTMLNode`s.
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
        xmlInitParser()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let count = Int32(clamping: bytes.count)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: Int(count)) { pointer in
                htmlReadMemory(pointer, count, nil, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var result = Result(root: HTMLNode(tag: "#document"), jsonLD: [], metas: [], links: [])
        guard let top = xmlDocGetRootElement(doc) else { return result }

        // Iterative copy: (libxml2 node, parent copy, depth).
        var stack: [(xmlNodePtr, HTMLNode, Int)] = [(top, result.root, 0)]
        while let (xnode, parent, depth) = stack.popLast() {
            let type = xnode.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let content = xnode.pointee.content {
                    let node = HTMLNode(tag: "", text: String(cString: content))
                    node.parent = parent
                    parent.children.append(node)
                }
                continue
            }
            guard type == XML_ELEMENT_NODE, let namePointer = xnode.pointee.name else { continue }
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
                var child = xnode.pointee.children
                var heads: [xmlNodePtr] = []
                while let c = child { heads.append(c); child = c.pointee.next }
                for c in heads.reversed() { stack.append((c, HTMLNode(tag: "#discard"), depth + 1)) }
                continue
            }
            if skippedTags.contains(tag) { continue }
            let node = HTMLNode(tag: tag, attributes: attributes)
            let target = depth >= maximumDepth ? parent : node
            if target === node {
                node.parent = parent
                parent.children.append(node)
            }
            var children: [xmlNodePtr] = []
            var child = xnode.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            for c in children.reversed() { stack.append((c, target, min(depth + 1, maximumDepth))) }
        }
        return result
    }

    static func attributes(of node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var attr = node.pointee.properties
        while let a = attr {
            if let name = a.pointee.name {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                out[String(cString: name).lowercased()] = value
            }
            attr = a.pointee.next
        }
        return out
    }

    /// The concatenated text below `node` (no recursion: an explicit stack).
    static func textContent(of node: xmlNodePtr) -> String {
        var out = ""
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        var first: [xmlNodePtr] = []
        while let c = child { first.append(c); child = c.pointee.next }
        stack.append(contentsOf: first.reversed())
        while let n = stack.popLast() {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = n.pointee.content { out += String(cString: content) }
            }
            var kids: [xmlNodePtr] = []
            var k = n.pointee.children
            while let c = k { kids.append(c); k = c.pointee.next }
            stack.append(contentsOf: kids.reversed())
        }
        return out
    }
}
