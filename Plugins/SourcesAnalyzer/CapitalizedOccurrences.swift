/// Where each capitalized token occurs, by its hash, in text order: a chain per hash through a
/// column of the tokens, its first link in an open-addressing table of the hashes. The table and
/// the column are buffers kept from one document to the next.
///
/// Built on a document's `scansBeforeBuilding + 1`-th look-up: most documents look a name up
/// elsewhere in the text a few times if at all, and a scan of the view's columns answers those
/// for less than building the chains (a document of many look-ups still costs a few scans and
/// one build, linear in its length). A class kept by the workspace, so
/// that the builder's non-mutating methods can fill it in and its storage serves every document.
/// Like the workspace's buffers, its storage serves one document at a time, without overlapping
/// accesses (`@exclusivity(unchecked)`).
final class CapitalizedOccurrences {
    /// Per slot: a hash, and its first capitalized token (-1 for an empty slot).
    @exclusivity(unchecked) private var slotHashes: [UInt64] = []
    @exclusivity(unchecked) private var slotFirsts: [Int32] = []
    /// Per token: the next capitalized token with the same hash, or -1.
    @exclusivity(unchecked) private var nextByToken: [Int32] = []
    @exclusivity(unchecked) private var isBuilt = false
    /// The look-ups of the document answered by a scan so far.
    @exclusivity(unchecked) private var scans = 0

    /// The look-ups of a document answered by a scan of the columns before the chains are built.
    static let scansBeforeBuilding = 4

    /// Forgets the document: the next look-ups are for the view they are given.
    func reset() {
        isBuilt = false
        scans = 0
    }

    private func build(_ view: TokenView) {
        let count = view.tokens.count
        // The view's columns are read through buffers: the loops then index plain memory rather
        // than the class's arrays (a load, a bounds check and a retain at each token).
        let traits = view.traits, tokenHashes = view.hashes
        precondition(traits.count >= count && tokenHashes.count >= count, "a column per token")
        var capitalized = 0
        traits.withUnsafeBufferPointer { traits in
            for i in 0..<count where traits[i].has(TokenTraits.Bit.capitalized) { capitalized += 1 }
        }
        var capacity = 8
        while capacity < capitalized * 2 { capacity <<= 1 }
        var hashes = SourcesWorkspace.take(&slotHashes), firsts = SourcesWorkspace.take(&slotFirsts)
        var next = SourcesWorkspace.take(&nextByToken)
        hashes.append(contentsOf: repeatElement(0, count: capacity))
        firsts.append(contentsOf: repeatElement(-1, count: capacity))
        next.append(contentsOf: repeatElement(-1, count: count))
        let mask = capacity - 1
        traits.withUnsafeBufferPointer { traits in
            tokenHashes.withUnsafeBufferPointer { tokenHashes in
                hashes.withUnsafeMutableBufferPointer { hashes in
                    firsts.withUnsafeMutableBufferPointer { firsts in
                        next.withUnsafeMutableBufferPointer { next in
                            // Backwards, so that each chain starts at the earliest occurrence.
                            for i in stride(from: count - 1, through: 0, by: -1) where traits[i].has(TokenTraits.Bit.capitalized) {
                                let hash = tokenHashes[i]
                                var slot = Self.slot(hash, mask)
                                while firsts[slot] >= 0, hashes[slot] != hash { slot = (slot + 1) & mask }
                                hashes[slot] = hash
                                next[i] = firsts[slot]
                                firsts[slot] = Int32(i)
                            }
                        }
                    }
                }
            }
        }
        slotHashes = hashes
        slotFirsts = firsts
        nextByToken = next
        isBuilt = true
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The capitalized tokens of `view` whose hash is `hash`, in text order. `view` must be the
    /// view of the document since the last `reset()`.
    func tokens(withHash hash: UInt64, in view: TokenView) -> Tokens {
        if !isBuilt {
            if scans < Self.scansBeforeBuilding {
                scans += 1
                return Tokens(scanning: view, for: hash)
            }
            build(view)
        }
        let mask = slotFirsts.count - 1
        var slot = Self.slot(hash, mask)
        while slotFirsts[slot] >= 0, slotHashes[slot] != hash { slot = (slot + 1) & mask }
        return Tokens(chainFrom: slotFirsts[slot], next: nextByToken)
    }

    /// The capitalized tokens of one hash, in text order: the hash's chain followed, or the view's
    /// columns scanned.
    struct Tokens: Sequence, IteratorProtocol {
        /// The chain's links (empty when scanning).
        private let links: [Int32]
        /// The columns scanned (empty when following a chain), and the hash looked for.
        private let traits: [TokenTraits]
        private let hashes: [UInt64]
        private let hash: UInt64
        private let scanning: Bool
        /// The next token to return (a chain) or to test (a scan); -1 ends a chain.
        private var token: Int

        init(chainFrom first: Int32, next: [Int32]) {
            links = next
            traits = []; hashes = []; hash = 0
            scanning = false
            token = Int(first)
        }

        init(scanning view: TokenView, for hash: UInt64) {
            links = []
            traits = view.traits; hashes = view.hashes
            self.hash = hash
            scanning = true
            token = 0
        }

        mutating func next() -> Int? {
            if scanning {
                let count = Swift.min(traits.count, hashes.count), start = token, hash = hash, traits = traits
                // The hashes are read as plain memory (without a bounds check per token), the
                // traits only at a token of the hash.
                let found = hashes.withUnsafeBufferPointer { hashes in
                    var i = start
                    while i < count, hashes[i] != hash || !traits[i].has(TokenTraits.Bit.capitalized) { i += 1 }
                    return i
                }
                token = Swift.min(found + 1, count)
                return found < count ? found : nil
            }
            guard token >= 0 else { return nil }
            defer { token = Int(links[token]) }
            return token
        }
    }
}
