/// The dense ids of a document's case-folded word forms, by `TermHash` key: 0, 1, 2… in order of
/// first insertion. Open addressing over stamped slots, kept from one document to the next in a
/// `LexicalWorkspace` — emptying it is one increment, and its storage is kept.
///
/// The lexical pass inserts through an ``Inserter``, which reads and writes the slots through a
/// pointer with the table's size and stamp in locals: no uniqueness check or bounds check per
/// word, and nothing reloaded from the table between words. Ids never change when the table grows,
/// and no result depends on where a key sits.
struct FormIndex {
    struct Slot {
        var key: UInt64
        var id: Int32
        /// The contents the slot was filled for; any other stamp is an empty slot.
        var stamp: UInt32
    }

    /// Storage: at least `mask + 1` slots (more when an earlier document needed more).
    private(set) var slots: [Slot] = []
    /// The slots in use are `0...mask`, a power of two of them.
    private(set) var mask = 7
    private(set) var stamp: UInt32 = 1
    /// The number of keys.
    private(set) var count = 0

    /// The number of slots stored, for the largest document so far.
    var capacity: Int { slots.count }

    /// Empties the index, keeping its storage. The next keys start in the first slots, with room
    /// for `expectedCount` of them before it grows, so a small document's keys stay in a few cache
    /// lines after a large one.
    mutating func removeAll(expectingCount expectedCount: Int = 0) {
        mask = Self.slotsNeeded(for: expectedCount) - 1
        count = 0
        advanceStamp()
    }

    /// Room for `additional` more keys, the slots at most half full: the index grows (by doubling)
    /// when needed, so that an ``Inserter`` may insert that many.
    mutating func reserve(additional: Int) {
        let needed = Self.slotsNeeded(for: count + additional)
        if needed > mask + 1 { rehash(slotCount: needed) }
        if slots.count <= mask { grow(to: mask + 1) }
    }

    /// The id of `key`, inserted with the next id when it is new.
    mutating func id(for key: UInt64) -> (id: Int32, inserted: Bool) {
        withInserter(room: 1) { $0.id(for: key) }
    }

    /// Calls `body` with an inserter that may add up to `room` keys.
    mutating func withInserter<Result>(room: Int, _ body: (inout Inserter) -> Result) -> Result {
        reserve(additional: room)
        let mask = mask, stamp = stamp, count = count
        var newCount = count
        let result = slots.withUnsafeMutableBufferPointer { slots in
            var inserter = Inserter(slots: slots.baseAddress!, mask: mask, stamp: stamp, count: Int32(truncatingIfNeeded: count))
            defer { newCount = Int(inserter.count) }
            return body(&inserter)
        }
        self.count = newCount
        return result
    }

    /// Looks keys up and inserts them, within room reserved beforehand.
    struct Inserter {
        let slots: UnsafeMutablePointer<Slot>
        let mask: Int
        let stamp: UInt32
        /// The keys so far: the id of the next new key.
        var count: Int32

        /// The id of `key`; a new key gets the next id (`inserted` true). Without a branch on
        /// whether the key is new (a branch that text cannot predict): the slot found is written
        /// either way, and the id and count chosen by condition.
        @inline(__always)
        mutating func id(for key: UInt64) -> (id: Int32, inserted: Bool) {
            var slot = FormIndex.home(of: key, mask: mask)
            // One exit from the probe, on both tests at once: with an exit per test, the compiler
            // would branch on which one ended it (that is, on whether the key is new).
            while Self.holdsOtherKey(slots[slot], key: key, stamp: stamp) { slot = (slot &+ 1) & mask }
            // 1 for a new key (a stale slot), in arithmetic: a condition here became a branch.
            let fresh = Int32(truncatingIfNeeded: (UInt64(slots[slot].stamp ^ stamp) &+ 0xFFFF_FFFF) >> 32)
            let id = slots[slot].id &+ fresh &* (count &- slots[slot].id)
            slots[slot] = Slot(key: key, id: id, stamp: stamp)
            count &+= fresh
            return (id, fresh != 0)
        }

        /// Whether `slot` holds another key of the current contents (the probe goes on), as one
        /// unsigned comparison: `stale` is zero for a current slot, below 2³² otherwise, and
        /// `barrier` all ones for a stale slot (no difference exceeds it), zero for a current one.
        /// Two tests (stamp, then key) were compiled into a branch on whether the key is new,
        /// which text cannot predict.
        @inline(__always)
        static func holdsOtherKey(_ slot: Slot, key: UInt64, stamp: UInt32) -> Bool {
            let stale = UInt64(slot.stamp ^ stamp)
            let barrier = UInt64(bitPattern: Int64(bitPattern: 0 &- stale) >> 63)
            return slot.key ^ key > barrier
        }
    }

    @inline(__always)
    static func home(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    /// The slots that hold `keys` at most half full: a power of two, eight at least.
    static func slotsNeeded(for keys: Int) -> Int {
        var slots = 8
        while slots < keys * 2 { slots <<= 1 }
        return slots
    }

    /// Moves the keys to `slotCount` slots in use (their ids unchanged).
    private mutating func rehash(slotCount: Int) {
        var live: [Slot] = []
        live.reserveCapacity(count)
        if slots.count > mask {
            for index in 0...mask where slots[index].stamp == stamp { live.append(slots[index]) }
        }
        mask = slotCount - 1
        if slots.count <= mask { grow(to: mask + 1) }
        advanceStamp()
        for entry in live {
            var slot = Self.home(of: entry.key, mask: mask)
            while slots[slot].stamp == stamp { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: entry.key, id: entry.id, stamp: stamp)
        }
    }

    /// Storage of `slotCount` slots; the new ones are empty (stamp 0, which is never current).
    private mutating func grow(to slotCount: Int) {
        slots.append(contentsOf: repeatElement(Slot(key: 0, id: 0, stamp: 0), count: slotCount - slots.count))
    }

    /// Moves to a stamp no slot carries; every slot reads as empty.
    private mutating func advanceStamp() {
        if stamp == .max {
            for index in slots.indices { slots[index].stamp = 0 }
            stamp = 0
        }
        stamp += 1
    }
}
