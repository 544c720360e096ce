import Copydesk

/// The top-level fields of one JSON Lines record, read in one pass over its UTF-8 bytes without
/// Foundation: strings are decoded, numbers kept as their literal text, nested objects and
/// arrays checked but skipped. The grammar is RFC 8259's, strictly; anything this reader does not
/// accept makes `parse` return nil, and the caller falls back to `JSONSerialization`, whose verdict
/// and error stand. An unpaired surrogate escape (`\ud83d` alone: JavaScript writes one when a
/// string was cut between the halves of an emoji) is valid JSON but no Unicode text: it is
/// decoded as U+FFFD, and `firstUnpairedSurrogate` says where, so the caller can warn.
struct JSONLineObject {
    /// A top-level value.
    enum Value: Equatable {
        case string(String)
        /// A number, as written.
        case number(String)
        case bool(Bool)
        case null
        /// An object or array (not kept).
        case nested
    }

    /// The fields in the order first met; for a repeated key the last value wins. A record has
    /// a few fields, so a list searched in order costs less than hashing each key.
    private var members: [(key: String, value: Value)] = []

    /// The byte offset in the line of the first unpaired surrogate escape in a decoded string
    /// (replaced with U+FFFD), or nil.
    private(set) var firstUnpairedSurrogate: Int?

    /// The fields by key.
    var fields: [String: Value] {
        Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    subscript(key: String) -> Value? {
        get {
            for index in members.indices where members[index].key == key { return members[index].value }
            return nil
        }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// The string value of `key`, if it is a string.
    func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }

    /// Reads `bytes` (valid UTF-8) as one JSON object; nil when it is not one, or not plainly.
    /// With `keeping`, only those fields are decoded; the others are checked and skipped, so a
    /// large field nobody reads (a page's HTML next to its text) costs no copy.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, keeping: [String]? = nil) -> JSONLineObject? {
        var reader = JSONReader(bytes: bytes)
        var object = JSONLineObject()
        object.members.reserveCapacity(keeping?.count ?? 8)
        reader.skipSpace()
        guard reader.take(0x7B) else { return nil }
        reader.skipSpace()
        if !reader.take(0x7D) {
            repeat {
                reader.skipSpace()
                guard let key = reader.string() else { return nil }
                reader.skipSpace()
                guard reader.take(0x3A) else { return nil }
                reader.skipSpace()
                if let keeping, !keeping.contains(key) {
                    guard reader.skipValue(depth: 0) else { return nil }
                } else {
                    guard let value = Self.value(&reader) else { return nil }
                    object[key] = value
                }
                reader.skipSpace()
            } while reader.take(0x2C)
            guard reader.take(0x7D) else { return nil }
        }
        reader.skipSpace()
        object.firstUnpairedSurrogate = reader.firstUnpairedSurrogate
        return reader.atEnd ? object : nil
    }

    /// A top-level value at the reader's position: strings decoded, numbers as written, nested
    /// values checked and skipped.
    private static func value(_ reader: inout JSONReader) -> Value? {
        guard let byte = reader.peek() else { return nil }
        switch byte {
        case 0x22: return reader.string().map(Value.string)
        case 0x7B, 0x5B: return reader.skipNested(depth: 1) ? .nested : nil
        case 0x74: return reader.literal("true") ? .bool(true) : nil
        case 0x66: return reader.literal("false") ? .bool(false) : nil
        case 0x6E: return reader.literal("null") ? .null : nil
        default: return reader.number().map(Value.number)
        }
    }
}
