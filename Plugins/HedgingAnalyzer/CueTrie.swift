import Copydesk

/// Cues keyed by the `TermHash` of each token, so a document is matched in one pass over its
/// tokens without creating strings: at each token, walk down the trie as far as the following
/// tokens go, then try the terminals from the longest down.
///
/// The walk reads three flat arrays of plain values (`nodes`, `edges`, `entryList`): each node's
/// children are a small open-addressing table in a segment of `edges`, its entries a range of
/// `entryList`. A table of its own per node (`TermTable`) was two heap arrays per node, scattered
/// in memory and retained and released at every step of the walk.
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

    /// A node as the walk reads it: its children are `edges[edgeBase + (slot & edgeMask)]`
    /// (probed linearly within the segment), its entries `entryList[entryStart..<entryEnd]`.
    /// A leaf has the one empty slot `edges[0]` as its segment.
    private struct Node: Sendable {
        var edgeBase: Int32 = 0
        var edgeMask: Int32 = 0
        var entryStart: Int32 = 0
        var entryEnd: Int32 = 0
    }

    /// A slot of a node's child table: the word leading to `child`, or empty (`child == 0`: the
    /// root is no node's child). Whether the child holds entries is kept here, so that a step of
    /// the walk reads one slot.
    private struct Edge: Sendable {
        var word: UInt64 = 0
        var child: Int32 = 0
        var childHasEntries = false
    }

    /// An edge while the trie is built: the word leading from `parent` to `child` (`child == 0`:
    /// an empty slot of `pendingEdges`).
    private struct PendingEdge: Sendable {
        var word: UInt64 = 0
        var parent: Int32 = 0
        var child: Int32 = 0
    }

    /// An entry while the trie is built, in its node's list: `next` is the index of the node's
    /// next entry in `pendingEntries`, or -1.
    private struct PendingEntry: Sendable {
        var entry: Entry
        var next: Int32 = -1
    }

    /// The trie as `insert` builds it, laid out as `nodes`, `edges` and `entryList` by `layOut`:
    /// the edges of every node in one open-addressing table keyed by parent and word, each node's
    /// entries a list in `pendingEntries` (`firstEntry`, `lastEntry`: -1 for none), and its
    /// number of children. Flat arrays of plain values: a table and an entry array of its own
    /// per node cost allocations per node.
    private var pendingEdges = [PendingEdge](repeating: PendingEdge(), count: 16)
    private var pendingEdgeCount = 0
    private var childCounts: [Int32] = [0]
    private var firstEntry: [Int32] = [-1]
    private var lastEntry: [Int32] = [-1]
    private var pendingEntries: [PendingEntry] = []

    private var nodes: [Node] = [Node()]
    private var edges: [Edge] = [Edge()]
    private var entryList: [Entry] = []

    /// The first word of every cue: most tokens start no cue and are turned away by this one
    /// probe (nearly every token of a text in a language without cues of its own).
    private var startingWords = TermFilter()
    /// The words that are a whole cue, and the pairs of words (`TermFilter.pairKey`) that start a longer
    /// one: a match needs one or the other at its start, and the tokens that pass `startingWords`
    /// — common words that start some cue, "it", "in", "is" — are mostly turned away by these two
    /// filters from the cache, before the trie's tables.
    private var singleWordCues = TermFilter()
    private var startingPairs = TermFilter()

    /// Number of phrases stored.
    private(set) var phraseCount = 0

    /// The most words of a phrase: the most matches `matches` finds at one token.
    private(set) var depth = 0

    /// Adds the token sequences of `lines` (later lines add entries after earlier ones at a node).
    mutating func insert(_ lines: [CueLine]) {
        // Room for the nodes, edges and entries the lines can add, allocated once rather than
        // grown by copying: a node per step of the walk at most (a choice's tokens, once per
        // prefix reaching its slot), an entry per phrase.
        var steps = 0, phrases = 0
        for line in lines {
            var prefixes = 1
            for slot in line.slotEnds.indices {
                let choices = line.choices(ofSlot: slot)
                if !choices.isEmpty {
                    let tokens = line.tokens(ofChoice: choices.upperBound - 1).upperBound - line.tokens(ofChoice: choices.lowerBound).lowerBound
                    steps += prefixes * tokens
                }
                prefixes *= choices.count
            }
            phrases += prefixes
        }
        childCounts.reserveCapacity(childCounts.count + steps)
        firstEntry.reserveCapacity(firstEntry.count + steps)
        lastEntry.reserveCapacity(lastEntry.count + steps)
        pendingEntries.reserveCapacity(pendingEntries.count + phrases)
        if (pendingEdgeCount + steps) * 2 > pendingEdges.count { resizeEdges(toHold: pendingEdgeCount + steps) }
        for line in lines {
            insert(line, from: 0, node: 0, length: 0, first: 0, entry: Entry(category: line.category, rule: line.rule))
        }
        layOut()
    }

    /// Adds `entry` for every sequence of the slots of `line` from `slot` on, after the `length`
    /// words leading to `node` (`first`: the first of them): each choice of a slot walks down
    /// from the node its prefix reached, so a prefix shared by many sequences is walked once, not
    /// once per sequence.
    private mutating func insert(_ line: CueLine, from slot: Int, node: Int, length: Int, first: UInt64, entry: Entry) {
        guard slot < line.slotEnds.count else {
            guard length > 0 else { return }
            if length == 1 { singleWordCues.insert(first) }
            depth = max(depth, length)
            var index = firstEntry[node]
            while index >= 0 {
                let existing = pendingEntries[Int(index)]
                if existing.entry.category == entry.category && existing.entry.rule == entry.rule { return }
                index = existing.next
            }
            let added = Int32(pendingEntries.count)
            pendingEntries.append(PendingEntry(entry: entry))
            if lastEntry[node] >= 0 { pendingEntries[Int(lastEntry[node])].next = added } else { firstEntry[node] = added }
            lastEntry[node] = added
            phraseCount += 1
            return
        }
        for choice in line.choices(ofSlot: slot) {
            var node = node, length = length, first = first
            for index in line.tokens(ofChoice: choice) {
                let word = line.tokens[index]
                if length == 0 { first = word; startingWords.insert(word) }
                if length == 1 { startingPairs.insert(TermFilter.pairKey(first, word)) }
                node = child(of: node, word: word)
                length += 1
            }
            insert(line, from: slot + 1, node: node, length: length, first: first, entry: entry)
        }
    }

    /// The first probe of the edge from `parent` along `word` in `pendingEdges`.
    @inline(__always)
    private static func pendingSlot(_ parent: Int, _ word: UInt64) -> Int {
        slot(word ^ (UInt64(parent) &* 0xBF58_476D_1CE4_E5B9))
    }

    /// The pending child of `node` along `word`, added when there is none.
    private mutating func child(of node: Int, word: UInt64) -> Int {
        var mask = pendingEdges.count - 1
        var slot = Self.pendingSlot(node, word) & mask
        while pendingEdges[slot].child != 0 {
            if pendingEdges[slot].word == word && pendingEdges[slot].parent == node { return Int(pendingEdges[slot].child) }
            slot = (slot + 1) & mask
        }
        // At most half full.
        if (pendingEdgeCount + 1) * 2 > pendingEdges.count {
            resizeEdges(toHold: pendingEdgeCount + 1)
            mask = pendingEdges.count - 1
            slot = Self.pendingSlot(node, word) & mask
            while pendingEdges[slot].child != 0 { slot = (slot + 1) & mask }
        }
        let child = Int32(childCounts.count)
        pendingEdges[slot] = PendingEdge(word: word, parent: Int32(node), child: child)
        pendingEdgeCount += 1
        childCounts[node] += 1
        childCounts.append(0)
        firstEntry.append(-1)
        lastEntry.append(-1)
        return Int(child)
    }

    /// Makes `pendingEdges` at least twice `count` slots (a power of two), its edges put back.
    private mutating func resizeEdges(toHold count: Int) {
        var size = pendingEdges.count
        while size < count * 2 { size <<= 1 }
        let old = pendingEdges
        pendingEdges = [PendingEdge](repeating: PendingEdge(), count: size)
        let mask = size - 1
        for edge in old where edge.child != 0 {
            var free = Self.pendingSlot(Int(edge.parent), edge.word) & mask
            while pendingEdges[free].child != 0 { free = (free + 1) & mask }
            pendingEdges[free] = edge
        }
    }

    /// Lays the pending trie out as `nodes`, `edges` and `entryList` (each allocated once, at its size).
    private mutating func layOut() {
        // A node's segment: a power of two of slots, at least twice its children.
        func segmentSize(_ children: Int) -> Int {
            var size = 2
            while size < children * 2 { size <<= 1 }
            return size
        }
        let nodeCount = childCounts.count
        nodes = [Node](repeating: Node(), count: nodeCount)
        var base = 1
        for node in 0..<nodeCount where childCounts[node] > 0 {
            let size = segmentSize(Int(childCounts[node]))
            nodes[node].edgeBase = Int32(base)
            nodes[node].edgeMask = Int32(size - 1)
            base += size
        }
        edges = [Edge](repeating: Edge(), count: base)
        for edge in pendingEdges where edge.child != 0 {
            let laid = nodes[Int(edge.parent)]
            let mask = Int(laid.edgeMask), segment = Int(laid.edgeBase)
            var slot = Self.slot(edge.word) & mask
            while edges[segment + slot].child != 0 { slot = (slot + 1) & mask }
            edges[segment + slot] = Edge(word: edge.word, child: edge.child, childHasEntries: firstEntry[Int(edge.child)] >= 0)
        }
        entryList = []
        entryList.reserveCapacity(pendingEntries.count)
        for node in 0..<nodeCount {
            nodes[node].entryStart = Int32(entryList.count)
            var index = firstEntry[node]
            while index >= 0 {
                entryList.append(pendingEntries[Int(index)].entry)
                index = pendingEntries[Int(index)].next
            }
            nodes[node].entryEnd = Int32(entryList.count)
        }
    }

    /// The first probe of a word in a node's child table.
    @inline(__always)
    private static func slot(_ word: UInt64) -> Int {
        Int(truncatingIfNeeded: (word ^ (word >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32)
    }

    /// False when no cue can match at `start` (before `limit`): then `matches` finds nothing
    /// there. True when one may.
    @inline(__always)
    func mayMatch(_ hashes: UnsafeBufferPointer<UInt64>, at start: Int, limit: Int) -> Bool {
        let first = hashes[start]
        guard startingWords.mayContain(first) else { return false }
        if singleWordCues.mayContain(first) { return true }
        return start + 1 < limit && startingPairs.mayContain(TermFilter.pairKey(first, hashes[start + 1]))
    }

    /// The indices of the entries of a node returned by `matches`, for `entry(_:)`.
    @inline(__always)
    func entryIndices(at node: Int) -> Range<Int> {
        Int(nodes[node].entryStart)..<Int(nodes[node].entryEnd)
    }

    /// An entry by an index from `entryIndices(at:)`.
    @inline(__always)
    func entry(_ index: Int) -> Entry { entryList[index] }

    /// The matches starting at `start` (before `limit`), longest first, written to the front of
    /// `result` (room for `depth` of them); returns how many. Each is the end of the match and the
    /// node holding its entries (read them with `entryIndices(at:)`; nodes, not entry arrays, so
    /// that no array is retained per match). A buffer rather than an array: an array of candidates
    /// was allocated per document.
    func matches(_ hashes: UnsafeBufferPointer<UInt64>, from start: Int, limit: Int, into result: UnsafeMutableBufferPointer<Candidate>) -> Int {
        var count = 0
        var node = 0
        var index = start
        walk: while index < limit {
            let word = hashes[index]
            let base = Int(nodes[node].edgeBase), mask = Int(nodes[node].edgeMask)
            var slot = Self.slot(word) & mask
            while true {
                let edge = edges[base + slot]
                if edge.child == 0 { break walk }
                if edge.word == word {
                    node = Int(edge.child)
                    index += 1
                    if edge.childHasEntries {
                        result[count] = Candidate(end: index, node: node)
                        count += 1
                    }
                    continue walk
                }
                slot = (slot + 1) & mask
            }
        }
        var found = UnsafeMutableBufferPointer(rebasing: result[..<count])
        found.reverse()
        return count
    }
}
