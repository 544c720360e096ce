/// A small Bloom filter of the `TermHash` keys that start a cue (two bits of an 8 KB bit array per
/// key): it answers "certainly no cue starts here" for most tokens of a text from the cache,
/// without probing the trie's root table, whose probes mostly miss it. "Maybe" is settled by
/// the table.
struct CueStartFilter: Sendable {
    /// 2¹⁶ bits.
    private var words = [UInt64](repeating: 0, count: 1 << 10)

    init() {}

    /// The two bit positions of a key, from different bits of the (already mixed) hash.
    @inline(__always)
    private static func bits(_ key: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: key & 0xFFFF), Int(truncatingIfNeeded: (key >> 40) & 0xFFFF))
    }

    mutating func insert(_ key: UInt64) {
        let (a, b) = Self.bits(key)
        words[a >> 6] |= 1 << UInt64(a & 63)
        words[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False when `key` was never inserted; true when it was, and for a few keys that were not.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let (a, b) = Self.bits(key)
        return words[a >> 6] & (1 << UInt64(a & 63)) != 0 && words[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
