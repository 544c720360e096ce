/// A small Bloom filter of `TermHash` keys (two bits of an 8 KB bit array per key): it answers
/// "certainly absent" for most words of a text from the cache, before a probe of a larger table
/// that would miss it. "Maybe present" is then settled by that table.
///
/// `tone` keeps one of the first words of its lexicon's entries, `hedging` one of the words that
/// start a cue. With 2,000 keys, about 0.4 % of other keys are false positives.
public struct TermFilter: Sendable {
    /// 2¹⁶ bits (2¹⁰ words; `mayContain` relies on the count).
    @usableFromInline var words = [UInt64](repeating: 0, count: 1 << 10)

    /// An empty filter.
    public init() {}

    /// The two bit positions of a key, from different bits of the (already mixed) hash.
    @inlinable @inline(__always)
    static func bits(_ key: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: key & 0xFFFF), Int(truncatingIfNeeded: (key >> 40) & 0xFFFF))
    }

    /// Adds `key`.
    public mutating func insert(_ key: UInt64) {
        let (a, b) = Self.bits(key)
        words[a >> 6] |= 1 << UInt64(a & 63)
        words[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// The key of two consecutive words (their `TermHash` hashes) in a filter of word pairs: the
    /// first one's hash multiplied by an odd constant (a bijection that moves its bits up into the
    /// upper bit position), exclusive-or the second one's. Cheaper than `TermHash.pair`, which
    /// mixes further: the two bit positions are already spread by the words' own hashes, and a
    /// filter only turns pairs away, so the key decides what is probed, never what matches.
    /// `tone` and `hedging` make it at every word for their filters of the pairs that start an
    /// entry.
    @inlinable @inline(__always)
    public static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// False when `key` was never inserted; true when it was, and for a few keys that were not.
    /// Reads `words` unchecked: a bit position is 16 bits, so `position >> 6` is below 2¹⁰, the
    /// number of words, which never changes.
    @inlinable @inline(__always)
    public func mayContain(_ key: UInt64) -> Bool {
        let (a, b) = Self.bits(key)
        return words.withUnsafeBufferPointer { words in
            words[a >> 6] & (1 << UInt64(a & 63)) != 0 && words[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
    }
}
