/// A `TermTable` to keep in a ``ReusableWorkspace`` from one document to the next: emptying it
/// is one increment, and its storage is kept, so a document allocates nothing.
///
/// A slot belongs to the current contents only when it carries the table's current stamp; any
/// other slot is empty. The layout is `TermTable`'s — the same probe from the same hash, the
/// same doubling when more than half full, entries moved over in slot order — so after
/// `removeAll(expectingCount: n)` and the same insertions, ``forEach(_:)`` visits the keys in the
/// order `TermTable(minimumCapacity: n).entries` lists them, however large an earlier document
/// made the storage. Results that depend on that order (ties ranked by it) stay the same when a
/// fresh table per document is replaced by a reused one.
public struct ReusableTermTable<Value> {
    @usableFromInline
    struct Slot {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Value
        /// The contents the slot was filled for; any other stamp is an empty slot.
        @usableFromInline var stamp: UInt32

        @inlinable
        init(key: UInt64, value: Value, stamp: UInt32) {
            self.key = key
            self.value = value
            self.stamp = stamp
        }
    }

    /// Storage: at least `mask + 1` slots (more when earlier contents needed more), allocated on
    /// first use.
    @usableFromInline var slots: [Slot] = []
    /// The value of slots that hold nothing (never returned).
    @usableFromInline let placeholder: Value
    /// The slots in use are `0...mask`, a power of two of them.
    @usableFromInline var mask = 7
    @usableFromInline var occupied = 0
    @usableFromInline var stamp: UInt32 = 1
    /// The entries being moved while the table grows (kept to avoid an allocation per growth).
    @usableFromInline var moving: [Slot] = []

    /// An empty table; it allocates on its first insertion. `placeholder` fills the slots that
    /// hold nothing and is never returned (a zero id, an empty total).
    public init(placeholder: Value) {
        self.placeholder = placeholder
    }

    /// The number of keys.
    public var count: Int { occupied }

    /// Whether the table is empty.
    public var isEmpty: Bool { occupied == 0 }

    /// The number of slots stored, for the largest contents so far.
    public var capacity: Int { slots.count }

    /// Empties the table, keeping its storage. The next contents start in the first slots —
    /// room for `expectedCount` keys before the table grows, as `TermTable(minimumCapacity:)`
    /// gives — so a small document's keys stay in a few cache lines after a large one.
    @inlinable
    public mutating func removeAll(expectingCount expectedCount: Int = 0) {
        var used = 8
        while used < expectedCount * 2 { used <<= 1 }
        mask = used - 1
        occupied = 0
        advanceStamp()
    }

    @inlinable @inline(__always)
    static func home(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    /// The slot holding `key`, or the empty slot where it would go (`TermTable`'s probe).
    @inlinable @inline(__always)
    func slot(of key: UInt64) -> Int {
        var slot = Self.home(of: key, mask: mask)
        while slots[slot].stamp == stamp, slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The value for `key`, if any.
    @inlinable
    public subscript(key: UInt64) -> Value? {
        guard slots.count > mask else { return nil }
        let slot = slot(of: key)
        return slots[slot].stamp == stamp ? slots[slot].value : nil
    }

    /// The value for `key`; when there is none yet, `newValue` is stored and nil returned. One
    /// probe either way — the lookup-or-insert of an interning table.
    @inlinable @inline(__always)
    public mutating func value(for key: UInt64, insertingIfAbsent newValue: Value) -> Value? {
        let slot = claimSlot(for: key, initialValue: newValue)
        return slot.inserted ? nil : slots[slot.index].value
    }

    /// The value for `key`, or `defaultValue` — which an update stores first.
    @inlinable
    public subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        _modify {
            let slot = claimSlot(for: key, initialValue: defaultValue())
            yield &slots[slot.index].value
        }
    }

    /// The slot of `key`, filled with `initialValue` when the key is new (the table grown first
    /// when needed, as `TermTable` does).
    @inlinable @inline(__always)
    mutating func claimSlot(for key: UInt64, initialValue: @autoclosure () -> Value) -> (index: Int, inserted: Bool) {
        if slots.count <= mask { growStorage(to: mask + 1) }
        var slot = slot(of: key)
        if slots[slot].stamp == stamp { return (slot, false) }
        if (occupied + 1) * 2 > mask + 1 {
            grow()
            slot = self.slot(of: key)
        }
        slots[slot] = Slot(key: key, value: initialValue(), stamp: stamp)
        occupied += 1
        return (slot, true)
    }

    /// Calls `body` with each key and its value, in slot order.
    @inlinable
    public func forEach(_ body: (UInt64, Value) throws -> Void) rethrows {
        guard occupied > 0 else { return }
        for index in 0...mask where slots[index].stamp == stamp { try body(slots[index].key, slots[index].value) }
    }

    /// Doubles the slots in use and moves the entries over in slot order, as `TermTable` does.
    /// Inlinable, as are the functions it calls: a client then runs code specialized for its
    /// `Value`, where the generic code read each slot through the type's metadata (a tone
    /// document's driver table grows from eight slots two or three times).
    @inlinable
    mutating func grow() {
        // `moving` is empty here: every growth empties it when done.
        for index in 0...mask where slots[index].stamp == stamp { moving.append(slots[index]) }
        mask = (mask + 1) * 2 - 1
        if slots.count <= mask { growStorage(to: mask + 1) }
        advanceStamp()
        for entry in moving {
            let slot = slot(of: entry.key)
            slots[slot] = Slot(key: entry.key, value: entry.value, stamp: stamp)
        }
        moving.removeAll(keepingCapacity: true)
    }

    /// Storage of `count` slots; the slots kept are all emptied by a new stamp.
    @inlinable
    mutating func growStorage(to count: Int) {
        advanceStamp()
        slots.append(contentsOf: repeatElement(Slot(key: 0, value: placeholder, stamp: 0), count: count - slots.count))
    }

    /// Moves to a stamp no slot carries; every slot reads as empty.
    @inlinable
    mutating func advanceStamp() {
        if stamp == .max {
            for index in slots.indices { slots[index].stamp = 0 }
            stamp = 0
        }
        stamp += 1
    }
}

extension ReusableTermTable: Sendable where Value: Sendable {}
extension ReusableTermTable.Slot: Sendable where Value: Sendable {}
