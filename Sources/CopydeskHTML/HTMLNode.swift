/// A lightweight element or text node copied out of libxml2's tree, with the statistics the
/// extractor computes on it. Internal: libxml2 pointers never outlive the parse.
final class HTMLNode {
    /// Lowercased tag name for elements; empty for text nodes.
    let tag: String
    /// Attribute values by lowercased name (elements only).
    let attributes: HTMLAttributes
    /// The raw text of a text node (empty for elements).
    let text: String
    var children: [HTMLNode] = []
    unowned(unsafe) var parent: HTMLNode?

    /// Set when the element is boilerplate or hidden and must not be rendered.
    var removed = false
    /// Visible non-whitespace characters in the (unremoved) subtree.
    var textLength = 0
    /// Of those, the characters inside links.
    var linkLength = 0
    /// Commas in the subtree's text.
    var commas = 0
    /// Readability-style content score.
    var score = 0.0
    /// Whether the subtree holds the page's headline or a semantic article container.
    var protected = false

    /// A text node's bytes above 20 (all but ASCII white space and the controls below it; a
    /// character past ASCII counts once per byte) and its commas: what it adds to its parent's
    /// counts, read once.
    let visibleBytes: Int
    let commasInText: Int

    init(tag: String, attributes: HTMLAttributes = [:], text: String = "") {
        self.tag = tag
        self.attributes = attributes
        var text = text
        (visibleBytes, commasInText) = text.withUTF8 { bytes in
            var visible = 0, commas = 0
            for byte in bytes {
                visible &+= byte > 0x20 ? 1 : 0
                commas &+= byte == UInt8(ascii: ",") ? 1 : 0
            }
            return (visible, commas)
        }
        self.text = text
    }

    var isText: Bool { tag.isEmpty }

    /// Whether a text child holds a character that is not white space (words an inline child
    /// may sit between). Worked out once: every inline child of a paragraph asks it, and the
    /// children are final once the tree is built.
    lazy var holdsVisibleText: Bool = children.contains { $0.isText && $0.text.hasVisibleCharacter }

    var linkDensity: Double { textLength == 0 ? 0 : Double(linkLength) / Double(textLength) }

    /// Whether `self` is `other` or one of its ancestors.
    func contains(_ other: HTMLNode) -> Bool {
        var node: HTMLNode? = other
        while let n = node {
            if n === self { return true }
            node = n.parent
        }
        return false
    }

    /// Elements of the subtree (including `self`) in document order, without recursion.
    func descendants(includingRemoved: Bool = false) -> [HTMLNode] {
        var out: [HTMLNode] = []
        forEachDescendant(includingRemoved: includingRemoved) { out.append($0); return true }
        return out
    }

    /// The first element of `descendants(includingRemoved:)` that satisfies `predicate`, found
    /// without listing the rest.
    func firstDescendant(includingRemoved: Bool = false, where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        var found: HTMLNode?
        forEachDescendant(includingRemoved: includingRemoved) { node in
            if predicate(node) { found = node; return false }
            return true
        }
        return found
    }

    /// Calls `body` with the elements of the subtree in document order until it returns false.
    private func forEachDescendant(includingRemoved: Bool, _ body: (HTMLNode) -> Bool) {
        var stack: [HTMLNode] = [self]
        while let n = stack.popLast() {
            if n.isText || (!includingRemoved && n.removed) { continue }
            guard body(n) else { return }
            for index in n.children.indices.reversed() { stack.append(n.children[index]) }
        }
    }
}
