import Copydesk

/// Where each capitalized token occurs, by its hash, in text order: a linked list per hash, so
/// that building it allocates two arrays for the document, not one array per distinct word.
///
/// Built on the first look-up: most documents never look a name up elsewhere in the text, and
/// for them the pass over every token is saved. A class, so that the builder's non-mutating
/// methods can fill it in.
final class CapitalizedOccurrences {
    private let view: TokenView
    /// The first capitalized token of each hash.
    private var firstByHash: TermTable<Int32>? = nil
    /// For each token, the next capitalized token with the same hash, or -1.
    private var nextByToken: [Int32] = []

    init(_ view: TokenView) {
        self.view = view
    }

    private func build() -> TermTable<Int32> {
        let count = view.tokens.count
        var first = TermTable<Int32>(minimumCapacity: count / 4)
        var next = [Int32](repeating: -1, count: count)
        // Backwards, so that each list starts at the earliest occurrence.
        for i in stride(from: count - 1, through: 0, by: -1) where view.isCapitalized(i) {
            let hash = view.hashes[i]
            next[i] = first[hash] ?? -1
            first[hash] = Int32(i)
        }
        firstByHash = first
        nextByToken = next
        return first
    }

    /// The capitalized tokens whose hash is `hash`, in text order.
    func tokens(withHash hash: UInt64) -> UnfoldSequence<Int, Int32> {
        let table = firstByHash ?? build()
        return sequence(state: table[hash] ?? -1) { [nextByToken] token in
            guard token >= 0 else { return nil }
            defer { token = nextByToken[Int(token)] }
            return Int(token)
        }
    }
}
