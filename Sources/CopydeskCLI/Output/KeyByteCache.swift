import Copydesk

/// The JSON of object keys — `"snake_case_key":` — remembered by the identity of the key's
/// `String`, so that the keys of a report type are converted once per run rather than once per
/// member.
///
/// A string's identity is its two machine words: a short string (up to 15 UTF-8 bytes) holds its
/// bytes in them, a longer one the address of its immutable storage, which the cache keeps alive
/// while the entry stands, so the address cannot come to name another text. The same words thus
/// always mean the same key; the same key may have other words (a copy built at run time), which
/// only costs a miss. Two-way: a key may sit in either slot of its pair; a new key takes the
/// first and moves the older entry to the second. Keys whose JSON does not fit a slot are not
/// remembered.
///
/// Keys that come in a fixed order (a record's readability formulas) can instead be remembered
/// by position, `slot` naming the slot: no hash, and the entries of one record lie together in
/// a small table. A cache is used one way or the other.
final class KeyByteCache {
    /// How many slots the tables hold (a power of two).
    let slotCount: Int
    /// A length byte, then up to 47 bytes of JSON.
    static let slotSize = 48

    private typealias Identity = (UInt64, UInt64)

    private let identities: UnsafeMutablePointer<Identity>
    /// Slot `i` starts at `i * slotSize`: the length, 0 for an empty slot, then the bytes. One
    /// word of padding at the end, for whole-word copies out of the last slot.
    private let slots: UnsafeMutablePointer<UInt8>
    /// The strings of the entries, kept alive for their identity.
    private var keys: [String]

    /// A cache of `slotCount` slots (a power of two, at least 2).
    init(slotCount: Int = 512) {
        precondition(slotCount >= 2 && slotCount & (slotCount - 1) == 0, "slotCount must be a power of two")
        self.slotCount = slotCount
        identities = .allocate(capacity: slotCount)
        slots = .allocate(capacity: slotCount * Self.slotSize + 8)
        keys = [String](repeating: "", count: slotCount)
        identities.initialize(repeating: (0, 0), count: slotCount)
        slots.initialize(repeating: 0, count: slotCount * Self.slotSize + 8)
    }

    deinit {
        identities.deallocate()
        slots.deallocate()
    }

    /// Whether identity by machine words works on this platform (64-bit strings).
    private static let enabled = MemoryLayout<String>.size == MemoryLayout<Identity>.size

    @inline(__always)
    private static func identity(_ key: String) -> Identity {
        unsafeBitCast(key, to: Identity.self)
    }

    /// The first slot of the pair of `identity`.
    @inline(__always)
    private func pair(_ identity: Identity) -> Int {
        let mixed = (identity.0 &* 0x9E37_79B9_7F4A_7C15 ^ identity.1) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & (slotCount - 2)
    }

    @inline(__always)
    private func holds(_ slot: Int, _ identity: Identity) -> Bool {
        let stored = identities[slot]
        return stored.0 == identity.0 && stored.1 == identity.1 && slots[slot * Self.slotSize] != 0
    }

    /// Appends the remembered JSON of `key` to `buffer`; `false`, appending nothing, when `key`
    /// is not remembered.
    @inline(__always)
    func append(_ key: String, to buffer: inout JSONByteBuffer) -> Bool {
        guard Self.enabled else { return false }
        return append(identity: Self.identity(key), to: &buffer)
    }

    /// `append(_:to:)` for the string at `key` — a `String`, or a `String?` that holds one (laid
    /// out as the string) — whose identity is read where it lies: a string passed from an array
    /// element next to the `inout` buffer would be retained and released.
    @inline(__always)
    func append(stringAt key: UnsafeRawPointer, to buffer: inout JSONByteBuffer) -> Bool {
        guard Self.enabled else { return false }
        return append(identity: key.loadUnaligned(as: Identity.self), to: &buffer)
    }

    @inline(__always)
    private func append(identity: Identity, to buffer: inout JSONByteBuffer) -> Bool {
        var slot = pair(identity)
        if !holds(slot, identity) {
            slot += 1
            guard holds(slot, identity) else { return false }
        }
        copy(slot, to: &buffer)
        return true
    }

    /// `append(stringAt:to:)` for a key remembered by position, in `slot`.
    @inline(__always)
    func append(stringAt key: UnsafeRawPointer, slot: Int, to buffer: inout JSONByteBuffer) -> Bool {
        guard Self.enabled, slot >= 0, slot < slotCount, holds(slot, key.loadUnaligned(as: Identity.self)) else { return false }
        copy(slot, to: &buffer)
        return true
    }

    /// Appends the JSON of `slot`.
    @inline(__always)
    private func copy(_ slot: Int, to buffer: inout JSONByteBuffer) {
        // Whole words, slot padding included: cheaper than a call to `memmove` for a few bytes.
        let entry = UnsafeRawPointer(slots + slot * Self.slotSize)
        let count = Int(entry.load(as: UInt8.self))
        buffer.reserve(Self.slotSize)
        let target = UnsafeMutableRawPointer(buffer.base + buffer.count)
        var offset = 0
        while offset < count {
            target.storeBytes(of: entry.loadUnaligned(fromByteOffset: 1 + offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        buffer.count += count
    }

    /// Remembers `json` as the JSON of `key`.
    func remember(_ key: String, json: UnsafeBufferPointer<UInt8>) {
        guard Self.enabled, !json.isEmpty, json.count < Self.slotSize, let source = json.baseAddress else { return }
        let identity = Self.identity(key)
        let first = pair(identity)
        if holds(first, identity) || holds(first + 1, identity) { return }
        // The older entry moves to the second slot of the pair.
        keys[first + 1] = keys[first]
        identities[first + 1] = identities[first]
        (slots + (first + 1) * Self.slotSize).update(from: slots + first * Self.slotSize, count: Self.slotSize)
        keys[first] = key
        identities[first] = identity
        let entry = slots + first * Self.slotSize
        entry.pointee = UInt8(json.count)
        (entry + 1).update(from: source, count: json.count)
    }

    /// Remembers `json` as the JSON of `key`, by position: in `slot` (a slot past the table's is
    /// not remembered).
    func remember(_ key: String, json: UnsafeBufferPointer<UInt8>, slot: Int) {
        guard Self.enabled, slot >= 0, slot < slotCount, !json.isEmpty, json.count < Self.slotSize, let source = json.baseAddress else { return }
        keys[slot] = key
        identities[slot] = Self.identity(key)
        let entry = slots + slot * Self.slotSize
        entry.pointee = UInt8(json.count)
        (entry + 1).update(from: source, count: json.count)
    }
}
