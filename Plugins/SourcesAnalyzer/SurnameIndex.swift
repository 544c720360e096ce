import Copydesk

/// The sources of each surname hash, in the order they were given it: a chain per surname
/// through one entry list, so that an index costs a few arrays for the document rather than an
/// array per surname. A source has at most one surname; giving it another (or the same again)
/// moves it to the end of that surname's chain and leaves its old entry stale.
struct SurnameIndex {
    /// The first and last entry of a surname's chain.
    private struct Chain {
        var first: Int32
        var last: Int32
    }

    private struct Entry {
        var source: Int32
        var next: Int32
    }

    /// Per surname hash: the first and last entry of its chain.
    private var chains = ReusableTermTable<Chain>(placeholder: Chain(first: -1, last: -1))
    private var entries: [Entry] = []
    /// Per source: its live entry, or -1.
    private var entryOf: [Int32] = []

    /// Forgets every source, keeping the storage (that of many surnames is dropped, as a long
    /// document's should not be kept for every later one).
    mutating func removeAll() {
        guard !entries.isEmpty else { return }     // nothing was given a surname
        if chains.count <= 256 { chains.removeAll() } else { chains = ReusableTermTable(placeholder: Chain(first: -1, last: -1)) }
        entries.removeAllKeepingCapacity()
        entryOf.removeAllKeepingCapacity()
    }

    /// Gives `source` the surname `hash`, at the end of its chain (removing it from any other).
    mutating func append(_ source: Int, surname hash: UInt64) {
        while entryOf.count <= source { entryOf.append(-1) }
        let entry = Int32(entries.count)
        entries.append(Entry(source: Int32(source), next: -1))
        let alone = Chain(first: entry, last: entry)
        if let chain = chains.value(for: hash, insertingIfAbsent: alone) {
            entries[Int(chain.last)].next = entry
            chains[hash, default: alone].last = entry
        }
        entryOf[source] = entry
    }

    /// Takes `source` out of its surname's chain.
    mutating func remove(_ source: Int) {
        if source < entryOf.count { entryOf[source] = -1 }
    }

    /// The first source of surname `hash`, in chain order, for which `accept` is true.
    func first(withSurname hash: UInt64, where accept: (Int) -> Bool) -> Int? {
        var entry = chains[hash]?.first ?? -1
        while entry >= 0 {
            let source = Int(entries[Int(entry)].source)
            if entryOf[source] == entry, accept(source) { return source }
            entry = entries[Int(entry)].next
        }
        return nil
    }

    /// Whether some source has surname `hash`.
    func contains(surname hash: UInt64) -> Bool { first(withSurname: hash) { _ in true } != nil }
}
