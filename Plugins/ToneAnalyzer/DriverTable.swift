/// The driver totals of a document by driver key, kept in a workspace from one document to the
/// next. Its slots are laid out exactly as a fresh `TermTable<DriverTotal>` fed the same updates
/// lays out its own (eight slots at first, doubled when more than half full, linear probing from
/// the same hash), so `forEach` visits the keys in the order `TermTable.entries` gave them and the
/// drivers tied in the ranking come out as before. Unlike such a table it allocates nothing per
/// document: a slot belongs to the current document only when it carries the current stamp, so
/// emptying it is one increment.
struct DriverTable {
    private struct Slot {
        var key: UInt64
        var total: DriverTotal
        /// The table generation the slot was filled in; an older stamp is an empty slot.
        var stamp: UInt32
    }

    /// Storage: at least `mask + 1` slots (more when an earlier document needed more).
    private var slots: [Slot] = []
    /// Slots in use are `0...mask`, a power of two of them.
    private var mask = Self.initialCapacity - 1
    private var occupied = 0
    private var stamp: UInt32 = 0
    /// The entries being moved when the table grows.
    private var moving: [Slot] = []

    /// A fresh `TermTable`'s number of slots.
    private static let initialCapacity = 8

    /// The number of keys.
    var count: Int { occupied }

    /// Empties the table (its storage is kept).
    mutating func removeAll() {
        mask = Self.initialCapacity - 1
        occupied = 0
        advanceStamp()
    }

    /// Adds one contribution of `value` to the total of `key`.
    mutating func add(_ value: Double, to key: UInt64) {
        if slots.count <= mask { reallocate(capacity: mask + 1) }
        var slot = slot(of: key)
        if slots[slot].stamp != stamp {
            if (occupied + 1) * 2 > mask + 1 {
                grow()
                slot = self.slot(of: key)
            }
            slots[slot] = Slot(key: key, total: DriverTotal(), stamp: stamp)
            occupied += 1
        }
        slots[slot].total.sum += value
        slots[slot].total.count += 1
    }

    /// Calls `body` with each key and its total, in slot order.
    func forEach(_ body: (UInt64, DriverTotal) -> Void) {
        guard occupied > 0 else { return }
        for index in 0...mask where slots[index].stamp == stamp { body(slots[index].key, slots[index].total) }
    }

    /// The slot holding `key`, or the empty slot where it would go (`TermTable`'s probe).
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
        while slots[slot].stamp == stamp, slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slots in use and moves the entries over in slot order, as `TermTable.grow` does.
    private mutating func grow() {
        moving.removeAll(keepingCapacity: true)
        for index in 0...mask where slots[index].stamp == stamp { moving.append(slots[index]) }
        mask = (mask + 1) * 2 - 1
        if slots.count <= mask { reallocate(capacity: mask + 1) }
        advanceStamp()
        for entry in moving {
            let slot = slot(of: entry.key)
            slots[slot] = Slot(key: entry.key, total: entry.total, stamp: stamp)
        }
    }

    /// New empty storage of `capacity` slots (the current entries are in `moving` or none).
    private mutating func reallocate(capacity: Int) {
        slots = [Slot](repeating: Slot(key: 0, total: DriverTotal(), stamp: 0), count: capacity)
        stamp = 0
        advanceStamp()
    }

    private mutating func advanceStamp() {
        if stamp == .max {
            for index in slots.indices { slots[index].stamp = 0 }
            stamp = 0
        }
        stamp += 1
    }
}
