/// A read-only hash table keyed by `TermHash` values: open addressing over a power-of-two array,
/// probing from the key's own bits. `TermHash` keys are already well mixed, so this skips the
/// seeded SipHash that `Dictionary` runs on every lookup — the lookup that every word of every
/// document goes through.
public struct TermTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    /// The number of entries.
    public private(set) var count: Int

    /// A table of `entries`; a later entry with the same key replaces an earlier one.
    public init<S: Sequence>(_ entries: S) where S.Element == (UInt64, Value) {
        let list = Array(entries)
        var capacity = 8
        while capacity < list.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        count = 0
        for (key, value) in list { insert(key, value) }
    }

    /// An empty table.
    public init() { self.init(EmptyCollection<(UInt64, Value)>()) }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var slot = Self.slot(key, mask)
        while values[slot] != nil {
            if keys[slot] == key { values[slot] = value; return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    /// The value for `key`, if any.
    @inlinable
    public subscript(key: UInt64) -> Value? { lookup(key) }

    @usableFromInline
    func lookup(_ key: UInt64) -> Value? {
        var slot = Self.slot(key, mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether `key` is in the table.
    @inlinable
    public func contains(_ key: UInt64) -> Bool { lookup(key) != nil }

    /// Whether the table is empty.
    public var isEmpty: Bool { count == 0 }
}

extension TermTable where Value == Bool {
    /// A set of keys.
    public init<S: Sequence>(keys: S) where S.Element == UInt64 {
        self.init(keys.map { ($0, true) })
    }
}

/// A set of `TermHash` keys.
public typealias TermSet = TermTable<Bool>
