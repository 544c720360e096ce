/// The ids of a document's case-folded word forms, by `TermHash` key: open addressing over a
/// power-of-two array of slots that is kept from one document to the next. A slot belongs to the
/// current document only when it carries the document's stamp, so emptying the table for the next
/// document is one increment, not a pass over every slot (nor a new allocation).
///
/// Not generic, unlike the core's `TermTable`: its creation and probes need no type metadata.
struct FormTable {
    private struct Slot {
        var key: UInt64
        var id: Int32
        /// The document the slot was filled for; an older stamp is an empty slot.
        var stamp: UInt32
    }

    private var slots: [Slot] = []
    private var mask = -1
    private var stamp: UInt32 = 0
    /// Keys stored for the current document.
    private var count = 0

    /// Up to this many expected forms are given room up front; a document with more grows the
    /// table by doubling, so memory follows its distinct forms, not its length.
    static let upfrontLimit = 1 << 16

    /// The number of slots stored (for the largest document so far).
    var capacity: Int { slots.count }

    /// Empties the table for a document with up to `maximumCount` forms, growing the storage first
    /// when needed. The document probes only the first slots — twice `maximumCount` (at most
    /// twice `upfrontLimit`), rounded up to a power of two — however large an earlier document made
    /// the storage: a short article's forms stay in a few cache lines.
    mutating func reset(maximumCount: Int) {
        var used = 16
        while used < min(maximumCount, Self.upfrontLimit) * 2 { used <<= 1 }
        if used > slots.count || stamp == .max {
            slots = [Slot](repeating: Slot(key: 0, id: 0, stamp: 0), count: used)
            stamp = 0
        }
        mask = used - 1
        stamp += 1
        count = 0
    }

    /// The id of `key`; when it has none yet, `newID` becomes its id and nil is returned.
    @inline(__always)
    mutating func id(of key: UInt64, orInsert newID: Int32) -> Int32? {
        var slot = Self.home(of: key, mask: mask)
        // Probes read the slots (no uniqueness check); only a new form writes one.
        while slots[slot].stamp == stamp {
            if slots[slot].key == key { return slots[slot].id }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, id: newID, stamp: stamp)
        count += 1
        if count * 2 > mask + 1 { grow() }
        return nil
    }

    @inline(__always)
    private static func home(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    /// Doubles the slots the document probes (more than half are taken), moving its keys into new
    /// storage under a fresh stamp.
    private mutating func grow() {
        let used = (mask + 1) * 2
        var grown = [Slot](repeating: Slot(key: 0, id: 0, stamp: 0), count: max(used, slots.count))
        let newMask = used - 1
        for old in slots[0...mask] where old.stamp == stamp {
            var slot = Self.home(of: old.key, mask: newMask)
            while grown[slot].stamp == 1 { slot = (slot + 1) & newMask }
            grown[slot] = Slot(key: old.key, id: old.id, stamp: 1)
        }
        slots = grown
        mask = newMask
        stamp = 1
    }
}
