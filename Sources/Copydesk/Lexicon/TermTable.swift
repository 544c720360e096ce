/// A hash table keyed by `TermHash` values: open addressing over a power-of-two array, probing
/// from the key's own bits. `TermHash` keys are already well mixed, so this skips the seeded
/// SipHash that `Dictionary` runs on every lookup — the lookup that every word of every document
/// goes through. Lookups and updates are inlinable, so they are specialized in the analyzer
/// modules that call them. Iteration order depends only on the keys inserted, never on the process.
///
/// Entries can be added and updated but not removed.
public struct TermTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    @usableFromInline var occupied: Int
    /// The number of entries.
    public var count: Int { occupied }

    /// An empty table with room for `minimumCapacity` entries before it grows.
    @inlinable
    public init(minimumCapacity: Int = 0) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        occupied = 0
    }

    /// A table of `entries`; a later entry with the same key replaces an earlier one.
    public init<S: Sequence>(_ entries: S) where S.Element == (UInt64, Value) {
        let list = Array(entries)
        self.init(minimumCapacity: list.count)
        for (key, value) in list { self[key] = value }
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inlinable @inline(__always)
    func slot(of key: UInt64) -> Int {
        var slot = Self.slot(key, mask)
        while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The value for `key`, if any. Setting a value adds or replaces the entry; setting `nil` is
    /// not allowed (entries cannot be removed).
    @inlinable
    public subscript(key: UInt64) -> Value? {
        get { values[slot(of: key)] }
        set {
            guard let newValue else { preconditionFailure("TermTable entries cannot be removed") }
            let slot = claimSlot(for: key)
            values[slot] = newValue
        }
    }

    /// The slot of `key`, its key stored (the table grown first when needed); the value of a
    /// new slot is still nil.
    @inlinable
    mutating func claimSlot(for key: UInt64) -> Int {
        var slot = slot(of: key)
        if values[slot] == nil {
            if (occupied + 1) * 2 > mask + 1 {
                grow()
                slot = self.slot(of: key)
            }
            keys[slot] = key
            occupied += 1
        }
        return slot
    }

    /// The value for `key`, or `defaultValue` — which an update stores first. In a hot loop prefer
    /// a lookup, then the plain setter: the default's closure can cost an allocation per call.
    @inlinable
    public subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        get { values[slot(of: key)] ?? defaultValue() }
        _modify {
            let slot = claimSlot(for: key)
            if values[slot] == nil { values[slot] = defaultValue() }
            yield &values[slot]!
        }
    }

    @inlinable
    mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let capacity = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for index in oldValues.indices {
            guard let value = oldValues[index] else { continue }
            let slot = slot(of: oldKeys[index])
            keys[slot] = oldKeys[index]
            values[slot] = value
        }
    }

    /// Whether `key` is in the table.
    @inlinable
    public func contains(_ key: UInt64) -> Bool { values[slot(of: key)] != nil }

    /// Whether the table is empty.
    public var isEmpty: Bool { count == 0 }

    /// Every entry, in slot order (which depends only on the keys inserted). Inlinable, so that
    /// it is specialized for the caller's `Value` rather than run as generic code.
    @inlinable
    public var entries: [(key: UInt64, value: Value)] {
        var result: [(key: UInt64, value: Value)] = []
        result.reserveCapacity(count)
        for index in values.indices {
            if let value = values[index] { result.append((keys[index], value)) }
        }
        return result
    }
}

extension TermTable where Value == Bool {
    /// A set of keys.
    public init<S: Sequence>(keys: S) where S.Element == UInt64 {
        self.init(keys.map { ($0, true) })
    }

    /// Adds `key` to a set.
    public mutating func insert(_ key: UInt64) { self[key] = true }
}

/// A set of `TermHash` keys.
public typealias TermSet = TermTable<Bool>
