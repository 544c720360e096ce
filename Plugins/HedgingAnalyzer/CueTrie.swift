import Copydesk

/// Cues keyed by the `TermHash` of each token, so a document is matched in one pass over its
/// tokens without creating strings: at each token, walk down the trie as far as the following
/// tokens go, then try the terminals from the longest down.
struct CueTrie: Sendable {
    /// One cue ending at a node.
    struct Entry: Sendable {
        var category: HedgeCategory?
        var rule: HedgeRule
    }

    private struct Node: Sendable {
        var children = TermTable<Int32>()
        var entries: [Entry] = []
    }

    private var nodes: [Node] = [Node()]

    /// Number of phrases stored.
    private(set) var phraseCount = 0

    /// Adds the token sequences of `lines` (later lines add entries after earlier ones at a node).
    mutating func insert(_ lines: [CueLine]) {
        for line in lines {
            for sequence in line.sequences {
                var node = 0
                for word in sequence {
                    let hash = TermHash.hash(word)
                    if let child = nodes[node].children[hash] {
                        node = Int(child)
                    } else {
                        nodes.append(Node())
                        nodes[node].children[hash] = Int32(nodes.count - 1)
                        node = nodes.count - 1
                    }
                }
                let entry = Entry(category: line.category, rule: line.rule)
                if !nodes[node].entries.contains(where: { $0.category == entry.category && $0.rule == entry.rule }) {
                    nodes[node].entries.append(entry)
                    phraseCount += 1
                }
            }
        }
    }

    /// Whether some cue starts with the word `hash` (a child of the root).
    @inline(__always)
    func startsCue(_ hash: UInt64) -> Bool { nodes[0].children.contains(hash) }

    /// The entries of a node returned by `matches`.
    @inline(__always)
    func entries(at node: Int) -> [Entry] { nodes[node].entries }

    /// The matches starting at `start` (before `limit`), longest first: the end of each and the node
    /// holding its entries (read them with `entries(at:)`; nodes, not entry arrays, so that no
    /// array is retained per match).
    func matches(_ hashes: UnsafeBufferPointer<UInt64>, from start: Int, limit: Int, into result: inout [(end: Int, node: Int)]) {
        result.removeAll(keepingCapacity: true)
        var node = 0
        var index = start
        while index < limit, let child = nodes[node].children[hashes[index]] {
            node = Int(child)
            index += 1
            if !nodes[node].entries.isEmpty { result.append((index, node)) }
        }
        result.reverse()
    }
}
