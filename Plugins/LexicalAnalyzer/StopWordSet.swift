import Copydesk
import Synchronization

/// A language's function words as a perfect hash set of `TermHash` keys: each key has a slot of
/// its own, chosen by a seed of its bucket, so that a lookup is two loads and one comparison —
/// no probe loop, and no branch on the answer. The lexical pass asks it once per distinct form,
/// and about as many forms are function words as are not, which no branch predicts.
///
/// Built once per language (a few hundred keys; the seeds are searched for at construction).
struct StopWordSet: Sendable {
    /// Per bucket, the seed that places its keys.
    private let seeds: [UInt16]
    /// Per slot, its key; a slot no key took holds a key of the set (one that belongs to another
    /// slot), which no other key equals.
    private let slots: [UInt64]
    private let bucketShift: UInt64
    private let slotShift: UInt64
    private let isEmpty: Bool

    /// The set of `keys` (duplicates allowed).
    init(keys: some Sequence<UInt64>) {
        var unique = Array(Set(keys))
        unique.sort()
        isEmpty = unique.isEmpty
        // About two keys per bucket, at most half of the slots filled; twice the slots whenever
        // some bucket finds no seed (in practice, never).
        let bucketBits = Self.bits(for: max(1, unique.count / 2))
        var slotBits = Self.bits(for: max(8, unique.count * 2))
        while true {
            if let (seeds, slots) = Self.place(unique, bucketBits: bucketBits, slotBits: slotBits) {
                self.seeds = seeds
                self.slots = slots
                break
            }
            slotBits += 1
        }
        bucketShift = UInt64(64 - bucketBits)
        slotShift = UInt64(64 - slotBits)
    }

    /// The set of the keys of `set`.
    init(_ set: TermSet) {
        self.init(keys: set.entries.lazy.map(\.key))
    }

    /// The function words of `language` (English for undetermined; empty when there is no list),
    /// built on first use and kept.
    static func forLanguage(_ language: Language) -> StopWordSet {
        cache.withLock { cache in
            if let found = cache[language] { return found }
            let set = StopWordSet(StopWords.forLanguage(language))
            cache[language] = set
            return set
        }
    }

    private static let cache = Mutex<[Language: StopWordSet]>([:])

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let mixed = Self.mixed(key)
        let seed = seeds.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: mixed &>> bucketShift)] }
        let stored = slots.withUnsafeBufferPointer { $0[Self.slot(mixed, seed: seed, shift: slotShift)] }
        return (stored == key) && !isEmpty
    }

    @inline(__always)
    static func mixed(_ key: UInt64) -> UInt64 {
        (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    static func slot(_ mixed: UInt64, seed: UInt16, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mixed ^ UInt64(seed)) &* 0xBF58_476D_1CE4_E5B9) &>> shift)
    }

    /// The bits of a power of two of at least `count` (one at least).
    static func bits(for count: Int) -> Int {
        var bits = 1
        while 1 << bits < count { bits += 1 }
        return bits
    }

    /// Seeds that give every key a slot of its own, the largest buckets placed first; nil when
    /// some bucket finds none.
    static func place(_ keys: [UInt64], bucketBits: Int, slotBits: Int) -> (seeds: [UInt16], slots: [UInt64])? {
        let bucketShift = UInt64(64 - bucketBits), slotShift = UInt64(64 - slotBits)
        var buckets = [[UInt64]](repeating: [], count: 1 << bucketBits)
        for key in keys { buckets[Int(truncatingIfNeeded: mixed(key) &>> bucketShift)].append(key) }
        let order = buckets.indices.sorted { buckets[$0].count != buckets[$1].count ? buckets[$0].count > buckets[$1].count : $0 < $1 }
        var seeds = [UInt16](repeating: 0, count: buckets.count)
        var taken = [Bool](repeating: false, count: 1 << slotBits)
        var slots = [UInt64](repeating: keys.first ?? 0, count: 1 << slotBits)
        for bucket in order where !buckets[bucket].isEmpty {
            var placed = false
            for seed in 0...UInt16.max {
                let chosen = buckets[bucket].map { slot(mixed($0), seed: seed, shift: slotShift) }
                guard Set(chosen).count == chosen.count, !chosen.contains(where: { taken[$0] }) else { continue }
                for (key, index) in zip(buckets[bucket], chosen) {
                    taken[index] = true
                    slots[index] = key
                }
                seeds[bucket] = seed
                placed = true
                break
            }
            if !placed { return nil }
        }
        return (seeds, slots)
    }
}
