import Copydesk

/// The tone lexicon's keys (`TermHash` values of words and chains of words) and what each stands
/// for, in one array of 16-byte slots: a lookup reads the key and what it stands for from one
/// slot, mostly in one cache line.
///
/// The scanner looks up every word that passes the lexicon's filters (the lexicon's words and a
/// few others), and these lookups mostly miss the cache: a `TermTable<KeyInfo>` kept keys and
/// 32-byte optional values in two arrays of twice as many slots, two misses per lookup (the
/// lookup's read was about a third of the hit search's own time in profiles). Here a slot holds
/// its valence as an index into the few distinct valences of the lexicon (the built-in one has
/// twenty), and the longest entry starting with a word as a byte; values beyond those (more
/// than 65,535 distinct valences, entries of 255 words or more) are kept exactly, in side
/// tables read only for them.
///
/// Open addressing with linear probing, at most three quarters full. Keys can be added and
/// updated, not removed.
struct ToneKeyTable: Sendable {
    /// A key and what it stands for; `longest == 0` marks an empty slot.
    struct Slot: Sendable {
        var key: UInt64 = 0
        var entry: Int32 = -1
        /// An index into `valences`, or `overflowValence` (the valence is in `valenceOverflow`).
        var valence: UInt16 = 0
        /// The longest entry starting with the key (1 when none is longer), or `overflowLongest`
        /// (255 words or more: the count is in `longestOverflow`); 0 for an empty slot.
        var longest: UInt8 = 0
        var category = ToneLexicon.Category.neutral
    }

    /// Up to this many distinct valences, `valenceIndex` searches the list, not the dictionary.
    private static let searchedValences = 32

    /// The valence index and length that mean "look in the side table".
    private static let overflowValence = UInt16.max
    private static let overflowLongest = UInt8.max

    private var slots: [Slot]
    private var mask: Int
    /// The number of keys.
    private(set) var count = 0
    /// The distinct valences, in the order first added; a slot holds an index into this list.
    private var valences: [Double] = [0]
    /// The index of each valence in `valences`, by its bit pattern (used while adding).
    private var valenceIndices: [UInt64: UInt16] = [Double(0).bitPattern: 0]
    /// The valences of keys whose slot holds `overflowValence`.
    private var valenceOverflow: [UInt64: Double] = [:]
    /// The longest entry of keys whose slot holds `overflowLongest`.
    private var longestOverflow: [UInt64: Int32] = [:]

    /// An empty table with room for `minimumCapacity` keys before it grows.
    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity * 3 < minimumCapacity * 4 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
    }

    /// Whether the table holds no key.
    var isEmpty: Bool { count == 0 }

    /// The number of slots.
    var capacity: Int { slots.count }

    @inline(__always)
    private static func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func index(of key: UInt64) -> Int {
        var index = Self.home(key) & mask
        while slots[index].longest != 0 && slots[index].key != key { index = (index + 1) & mask }
        return index
    }

    /// What `key` stands for, if it is in the table. Setting a value adds or replaces it; setting
    /// nil is not allowed (keys cannot be removed).
    subscript(key: UInt64) -> ToneLexicon.KeyInfo? {
        @inline(__always) get {
            let slot = slots[index(of: key)]
            guard slot.longest != 0 else { return nil }
            let valence = slot.valence == Self.overflowValence ? valenceOverflow[key, default: 0] : valences[Int(slot.valence)]
            let longest = slot.longest == Self.overflowLongest ? longestOverflow[key, default: 1] : Int32(slot.longest)
            return ToneLexicon.KeyInfo(entry: slot.entry, longest: longest, valence: valence, category: slot.category)
        }
        set {
            guard let info = newValue else { preconditionFailure("ToneKeyTable keys cannot be removed") }
            precondition(info.longest >= 1, "ToneKeyTable: a key's longest entry is at least one word")
            var index = index(of: key)
            if slots[index].longest == 0 {
                if (count + 1) * 4 > slots.count * 3 {
                    grow()
                    index = self.index(of: key)
                }
                count += 1
            }
            var slot = Slot(key: key, entry: info.entry, category: info.category)
            slot.valence = valenceIndex(info.valence)
            // The side tables are mostly empty: a removal from them is skipped then, not hashed.
            if slot.valence == Self.overflowValence {
                valenceOverflow[key] = info.valence
            } else if !valenceOverflow.isEmpty {
                valenceOverflow[key] = nil
            }
            if info.longest >= Int32(Self.overflowLongest) {
                slot.longest = Self.overflowLongest
                longestOverflow[key] = info.longest
            } else {
                slot.longest = UInt8(info.longest)
                if !longestOverflow.isEmpty { longestOverflow[key] = nil }
            }
            slots[index] = slot
        }
    }

    /// The index of `valence` in `valences` (added when new), or `overflowValence` when the list
    /// is full.
    private mutating func valenceIndex(_ valence: Double) -> UInt16 {
        // A short list is searched (the built-in lexicon has twenty valences): that costs less
        // than hashing the valence for the dictionary, which is kept for longer lists.
        if valences.count <= Self.searchedValences {
            if let index = valences.firstIndex(where: { $0.bitPattern == valence.bitPattern }) { return UInt16(index) }
        } else if let index = valenceIndices[valence.bitPattern] {
            return index
        }
        guard valences.count < Int(Self.overflowValence) else { return Self.overflowValence }
        let index = UInt16(valences.count)
        valences.append(valence)
        valenceIndices[valence.bitPattern] = index
        return index
    }

    /// Doubles the slots and puts every key back.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.longest != 0 { slots[index(of: slot.key)] = slot }
    }
}
