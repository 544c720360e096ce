import Copydesk

/// The source of each merging key of a `SourceRegistry` ("mayor", "fiona reid"): what a
/// `[String: Int]` gives, without its seeded hash of every key, and emptied for the next
/// document by one increment (`ReusableTermTable`) rather than a pass over its slots.
///
/// Keys of ASCII text are found by a hash of their bytes and then compared, so a rare hash
/// collision is noticed. `String` equality is canonical equivalence, under which a byte hash
/// cannot decide for other text (U+037E equals ";"): the first key that is not ASCII, or a
/// collision, moves the document's keys into a `Dictionary`, which answers from then on.
struct SourceKeyTable {
    /// Per key hash: the position of the key in `entries`.
    private var positions = ReusableTermTable<Int32>(placeholder: -1)
    private var entries: [(key: String, source: Int)] = []
    /// Every key, once a key was not ASCII or two keys shared a hash (nil before).
    private var fallback: [String: Int]? = nil

    /// Whether no key was added since the last `removeAll()` (a removed key may still count:
    /// false says only that a look-up may find something).
    var isEmpty: Bool { fallback.map { $0.isEmpty } ?? entries.isEmpty }

    /// Forgets every key, keeping the storage (that of many keys is dropped).
    mutating func removeAll() {
        if fallback != nil { fallback = nil }
        guard !entries.isEmpty else { return }
        if entries.count <= Self.keptCapacity {
            positions.removeAll()
            entries.removeAllKeepingCapacity()
        } else {
            positions = ReusableTermTable(placeholder: -1)
            entries = []
        }
    }

    /// The storage of more keys than this is not kept by `removeAll()`: a single long document
    /// should not leave a large table to every later one.
    private static let keptCapacity = 256

    /// The source of `key`, if any. A key that is not ASCII moves the keys into the dictionary.
    mutating func source(for key: String) -> Int? {
        if fallback != nil { return fallback![key] }
        guard let hash = Self.asciiHash(key) else { return moveToFallback()[key] }
        return storedSource(hash: hash, key: key)
    }

    /// Whether `key` has a source, without moving the keys (a key that is not ASCII is compared
    /// with each: a rare case, asked once per pronoun's subject).
    func contains(_ key: String) -> Bool {
        if let fallback { return fallback[key] != nil }
        guard let hash = Self.asciiHash(key) else { return entries.contains { $0.source >= 0 && $0.key == key } }
        return storedSource(hash: hash, key: key) != nil
    }

    /// Before any move: keys that are ASCII are stored each under its own hash, so an ASCII
    /// key is either the one stored under its hash or absent.
    private func storedSource(hash: UInt64, key: String) -> Int? {
        guard let position = positions[hash] else { return nil }
        let entry = entries[Int(position)]
        return entry.key == key && entry.source >= 0 ? entry.source : nil
    }

    /// Adds `key` with `source`, or gives it `source` when it is there.
    mutating func setSource(_ source: Int, for key: String) {
        assert(source >= 0, "a source index")
        if fallback != nil { fallback![key] = source; return }
        guard let hash = Self.asciiHash(key) else { moveToFallback(); fallback![key] = source; return }
        if let position = positions.value(for: hash, insertingIfAbsent: Int32(entries.count)) {
            if entries[Int(position)].key == key { entries[Int(position)].source = source; return }
            // Two keys of one hash.
            moveToFallback()
            fallback![key] = source
            return
        }
        entries.append((key, source))
    }

    /// Removes `key` (a key that is not ASCII moves the keys into the dictionary). Before a move
    /// the key keeps its entry, with no source (-1), which a later `setSource` fills again.
    mutating func removeSource(for key: String) {
        if fallback != nil { fallback![key] = nil; return }
        guard let hash = Self.asciiHash(key) else { moveToFallback(); fallback![key] = nil; return }
        guard let position = positions[hash], entries[Int(position)].key == key else { return }
        entries[Int(position)].source = -1
    }

    /// The keys so far moved into `fallback`, which answers from now on for the document.
    @discardableResult
    private mutating func moveToFallback() -> [String: Int] {
        var dictionary: [String: Int] = [:]
        dictionary.reserveCapacity(entries.count)
        for entry in entries where entry.source >= 0 { dictionary[entry.key] = entry.source }
        fallback = dictionary
        return dictionary
    }

    /// A hash of the key's bytes when they are all ASCII, else nil: eight bytes at a time, each
    /// word multiplied in, the length mixed last.
    static func asciiHash(_ key: String) -> UInt64? {
        if let hash = key.utf8.withContiguousStorageIfAvailable({ asciiHash(bytes: $0) }) { return hash }
        var copy = key
        return copy.withUTF8 { asciiHash(bytes: $0) }
    }

    /// `asciiHash(_:)` of UTF-8 bytes.
    static func asciiHash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return 0x9E37_79B9_7F4A_7C15 }
        let raw = UnsafeRawPointer(base)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            high |= word
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            for k in offset..<count { word |= UInt64(base[k]) << UInt64((k - offset) * 8) }
            high |= word
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        hash = (hash ^ UInt64(count)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
