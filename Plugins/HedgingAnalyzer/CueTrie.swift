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

    /// A match found by `matches`: where it ends and the node holding its entries. A struct, not
    /// a tuple: an array of tuples looked the tuple's type up at run time when allocated.
    struct Candidate {
        var end: Int
        var node: Int
    }

    private struct Node: Sendable {
        /// nil for a leaf: most nodes end a phrase, and a table each cost two allocations.
        var children: TermTable<Int32>? = nil
        var entries: [Entry] = []
        /// `!entries.isEmpty`, kept in the node: the walk tests it at every step without reading
        /// the array's storage.
        var hasEntries = false
    }

    private var nodes: [Node] = [Node()]
    /// The words that are a whole cue, and the pairs of words (`pairKey`) that start a longer
    /// one: a match needs one or the other at its start, and most tokens — even common words
    /// that start some cue, "it", "in", "is" — are turned away by these two filters from the
    /// cache, before the trie's tables.
    private var singleWordCues = TermFilter()
    private var startingPairs = TermFilter()

    /// Number of phrases stored.
    private(set) var phraseCount = 0

    /// Adds the token sequences of `lines` (later lines add entries after earlier ones at a node).
    mutating func insert(_ lines: [CueLine]) {
        for line in lines {
            for sequence in line.sequences {
                var node = 0
                var first: UInt64 = 0
                for (position, word) in sequence.enumerated() {
                    // Each word hashed once, from its bytes.
                    var bytes = word
                    let hash = bytes.withUTF8 { TermHash.hash($0) }
                    if position == 0 { first = hash }
                    if position == 1 { startingPairs.insert(Self.pairKey(first, hash)) }
                    if let child = nodes[node].children?[hash] {
                        node = Int(child)
                    } else {
                        let child = Int32(nodes.count)
                        nodes.append(Node())
                        if nodes[node].children == nil { nodes[node].children = TermTable() }
                        nodes[node].children?[hash] = child
                        node = nodes.count - 1
                    }
                }
                if sequence.count == 1 { singleWordCues.insert(first) }
                let entry = Entry(category: line.category, rule: line.rule)
                if !nodes[node].entries.contains(where: { $0.category == entry.category && $0.rule == entry.rule }) {
                    nodes[node].entries.append(entry)
                    nodes[node].hasEntries = true
                    phraseCount += 1
                }
            }
        }
    }

    /// The filter key of two consecutive words, mixed so that the filter's bits spread.
    @inline(__always)
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var key = first ^ (second &* 0x9E37_79B9_7F4A_7C15)
        key = (key ^ (key >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return key ^ (key >> 29)
    }

    /// False when no cue can match at `start` (before `limit`): then `matches` finds nothing
    /// there. True when one may.
    @inline(__always)
    func mayMatch(_ hashes: UnsafeBufferPointer<UInt64>, at start: Int, limit: Int) -> Bool {
        let first = hashes[start]
        if singleWordCues.mayContain(first) { return true }
        return start + 1 < limit && startingPairs.mayContain(Self.pairKey(first, hashes[start + 1]))
    }

    /// The entries of a node returned by `matches`.
    @inline(__always)
    func entries(at node: Int) -> [Entry] { nodes[node].entries }

    /// The matches starting at `start` (before `limit`), longest first: the end of each and the node
    /// holding its entries (read them with `entries(at:)`; nodes, not entry arrays, so that no
    /// array is retained per match).
    func matches(_ hashes: UnsafeBufferPointer<UInt64>, from start: Int, limit: Int, into result: inout [Candidate]) {
        result.removeAll(keepingCapacity: true)
        var node = 0
        var index = start
        while index < limit, let child = nodes[node].children?[hashes[index]] {
            node = Int(child)
            index += 1
            if nodes[node].hasEntries { result.append(Candidate(end: index, node: node)) }
        }
        result.reverse()
    }
}
