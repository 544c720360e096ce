/// Writes an `Encodable` value straight into JSON bytes in one pass, with snake_case keys, when
/// the value encodes its members in order — as synthesized conformances and the standard
/// library's collections do. No tree of nodes, no key cache, no coding-path arrays: the cost of a
/// member is its key and its value.
///
/// Containers are closed lazily: a container stays open until something is written to a
/// container further out, or the value ends. A value that writes to a container it has already
/// left (legal for `Encoder`, but unusual) makes `write` return `false`; `ReportEncoder` then
/// encodes that value with its tree encoder instead. Not thread-safe: one per `ReportEncoder`.
final class StreamingJSONWriter {
    /// An open object or array.
    struct Frame {
        /// The value slot that opened it.
        var slot: Int
        var isArray: Bool
        var count = 0
        /// The key of the member being written (for `codingPath`).
        var key: String?
    }

    // The writer is only ever used by one task at a time, so the dynamic exclusivity checks
    // of class properties (a sixth of the encoding time) are switched off.

    /// The JSON of the value being written.
    @exclusivity(unchecked) private var out = JSONByteBuffer()
    @exclusivity(unchecked) private(set) var frames: [Frame] = []
    /// Set when the value used a container out of order; every later write is refused.
    @exclusivity(unchecked) private(set) var outOfOrder = false
    @exclusivity(unchecked) private var nextSlot = 0
    /// The last slot that received a scalar.
    @exclusivity(unchecked) private var scalarSlot = -1
    @exclusivity(unchecked) private var keyBytes: [UInt8] = []

    deinit { out.deallocate() }

    /// Appends the JSON of `value` to `output`. Returns `false`, appending nothing, when `value`
    /// used its containers out of order; throws what `value` throws (such as a non-finite number).
    func write(_ value: some Encodable, to output: inout [UInt8]) throws -> Bool {
        guard try write(value) else { return false }
        output.append(contentsOf: out.bytes)
        if out.capacity > 1 << 22 {  // after a huge report, give the memory back
            out.deallocate()
            out = JSONByteBuffer()
        }
        return true
    }

    /// Writes `value` into the writer's own buffer (see `write(_:to:)`).
    private func write(_ value: some Encodable) throws -> Bool {
        out.count = 0
        frames.removeAll(keepingCapacity: true)
        outOfOrder = false
        do {
            try writeValue(value, depth: 0)
        } catch {
            if outOfOrder { return false }
            throw error
        }
        guard !outOfOrder else { return false }
        while !frames.isEmpty { close() }
        return true
    }

    /// Gives up streaming the current value.
    func refuseValue() {
        outOfOrder = true
    }

    // MARK: Slots and containers

    func newSlot() -> Int {
        nextSlot &+= 1
        return nextSlot
    }

    /// Encodes `value` into a new slot at `depth` (where the caller just wrote a key or a comma).
    func writeValue(_ value: some Encodable, depth: Int) throws {
        let slot = newSlot()
        try value.encode(to: StreamingEncoder(writer: self, depth: depth, slot: slot))
        if outOfOrder { throw OutOfOrder() }
        let opened = frames.count > depth && frames[depth].slot == slot
        if !opened && scalarSlot != slot { out.append("{}") }  // a value that encoded nothing
    }

    /// Opens (or returns to) the container of `slot` at `depth`. `false` when that is out of order.
    @discardableResult
    func open(isArray: Bool, depth: Int, slot: Int) -> Bool {
        guard !outOfOrder else { return false }
        if frames.count > depth, frames[depth].slot == slot, frames[depth].isArray == isArray {
            while frames.count > depth + 1 { close() }
            return true
        }
        guard frames.count == depth, scalarSlot != slot else { outOfOrder = true; return false }
        frames.append(Frame(slot: slot, isArray: isArray))
        out.append(isArray ? 0x5B : 0x7B)
        return true
    }

    /// Makes the container of `slot` at `depth` the innermost one and writes the separator (and
    /// key) of its next member.
    @inline(__always)
    func beginMember(depth: Int, slot: Int, key: (any CodingKey)?) throws {
        guard !outOfOrder, frames.count > depth, frames[depth].slot == slot else { throw refuse() }
        while frames.count > depth + 1 { close() }
        if frames[depth].count > 0 { out.append(0x2C) }
        frames[depth].count += 1
        if let key {
            let name = key.stringValue
            frames[depth].key = name
            appendKey(name)
            out.append(0x3A)
        }
    }

    /// Checks that `slot` at `depth` may take a single value, and marks it taken.
    @inline(__always)
    func beginScalar(depth: Int, slot: Int) throws {
        guard !outOfOrder, frames.count == depth, scalarSlot != slot else { throw refuse() }
        scalarSlot = slot
    }

    func count(depth: Int, slot: Int) -> Int {
        frames.count > depth && frames[depth].slot == slot ? frames[depth].count : 0
    }

    func codingPath(depth: Int) -> [any CodingKey] {
        frames.prefix(depth).compactMap { frame in frame.key.map { PathKey(stringValue: $0) } }
    }

    /// A key of `codingPath`, by name.
    private struct PathKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private func close() {
        out.append(frames.removeLast().isArray ? 0x5D : 0x7D)
    }

    struct OutOfOrder: Error {}

    private func refuse() -> OutOfOrder {
        outOfOrder = true
        return OutOfOrder()
    }

    // MARK: Scalars

    /// Writes a key as `JSONEncoder`'s `convertToSnakeCase` would. Keys that are already
    /// lowercase ASCII (most keys) are copied as they are.
    private func appendKey(_ key: String) {
        let copied = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) else { return false }
            out.appendString(bytes)
            return true
        }
        if copied == true { return }
        keyBytes.removeAll(keepingCapacity: true)
        if !SnakeCaseKey.append(key, to: &keyBytes) {
            keyBytes += ReportEncoder.snakeCased(key).utf8
        }
        keyBytes.withUnsafeBufferPointer { out.appendString($0) }
    }

    func appendNumber(_ value: Double) throws {
        guard value.isFinite else { throw ReportEncoder.Failure(description: "\(value) is not a JSON number") }
        if value == value.rounded(), abs(value) < 1e15 {
            out.appendInteger(Int(value))
        } else {
            var text = value.description
            text.withUTF8 { out.append($0) }
        }
    }

    func appendInteger(_ value: some BinaryInteger) {
        out.appendInteger(value)
    }

    func appendBool(_ value: Bool) {
        out.append(value ? "true" : "false")
    }

    func appendNull() {
        out.append("null")
    }

    func appendString(_ value: String) {
        out.appendString(value)
    }
}

/// The `Encoder` of one value slot of a `StreamingJSONWriter`.
private struct StreamingEncoder: Encoder {
    let writer: StreamingJSONWriter
    let depth: Int
    let slot: Int
    var codingPath: [any CodingKey] { writer.codingPath(depth: depth) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.open(isArray: false, depth: depth, slot: slot)
        return KeyedEncodingContainer(StreamingKeyedContainer<Key>(writer: writer, depth: depth, slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.open(isArray: true, depth: depth, slot: slot)
        return StreamingUnkeyedContainer(writer: writer, depth: depth, slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamingSingleValueContainer(writer: writer, depth: depth, slot: slot)
    }
}

private struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: StreamingJSONWriter
    let depth: Int
    let slot: Int
    var codingPath: [any CodingKey] { writer.codingPath(depth: depth) }

    private func member(_ key: Key) throws { try writer.beginMember(depth: depth, slot: slot, key: key) }

    mutating func encodeNil(forKey key: Key) throws { try member(key); writer.appendNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key); writer.appendBool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(key); writer.appendString(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try member(key); try writer.appendNumber(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try member(key); try writer.appendNumber(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key); writer.appendInteger(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try member(key)
        try writer.writeValue(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = writer.newSlot()
        if (try? member(key)) != nil { writer.open(isArray: false, depth: depth + 1, slot: nested) }
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(writer: writer, depth: depth + 1, slot: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = writer.newSlot()
        if (try? member(key)) != nil { writer.open(isArray: true, depth: depth + 1, slot: nested) }
        return StreamingUnkeyedContainer(writer: writer, depth: depth + 1, slot: nested)
    }

    /// Super encoders hand out a slot that may be filled after later members: not streamable.
    mutating func superEncoder() -> any Encoder { refusedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { refusedEncoder() }

    private func refusedEncoder() -> any Encoder {
        writer.refuseValue()
        return StreamingEncoder(writer: writer, depth: depth + 1, slot: writer.newSlot())
    }
}

private struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: StreamingJSONWriter
    let depth: Int
    let slot: Int
    var codingPath: [any CodingKey] { writer.codingPath(depth: depth) }
    var count: Int { writer.count(depth: depth, slot: slot) }

    private func element() throws { try writer.beginMember(depth: depth, slot: slot, key: nil) }

    mutating func encodeNil() throws { try element(); writer.appendNull() }
    mutating func encode(_ value: Bool) throws { try element(); writer.appendBool(value) }
    mutating func encode(_ value: String) throws { try element(); writer.appendString(value) }
    mutating func encode(_ value: Double) throws { try element(); try writer.appendNumber(value) }
    mutating func encode(_ value: Float) throws { try element(); try writer.appendNumber(Double(value)) }
    mutating func encode(_ value: Int) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: Int8) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: Int16) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: Int32) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: Int64) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt8) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt16) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt32) throws { try element(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt64) throws { try element(); writer.appendInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try element()
        try writer.writeValue(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = writer.newSlot()
        if (try? element()) != nil { writer.open(isArray: false, depth: depth + 1, slot: nested) }
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(writer: writer, depth: depth + 1, slot: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = writer.newSlot()
        if (try? element()) != nil { writer.open(isArray: true, depth: depth + 1, slot: nested) }
        return StreamingUnkeyedContainer(writer: writer, depth: depth + 1, slot: nested)
    }

    mutating func superEncoder() -> any Encoder {
        writer.refuseValue()
        return StreamingEncoder(writer: writer, depth: depth + 1, slot: writer.newSlot())
    }
}

private struct StreamingSingleValueContainer: SingleValueEncodingContainer {
    let writer: StreamingJSONWriter
    let depth: Int
    let slot: Int
    var codingPath: [any CodingKey] { writer.codingPath(depth: depth) }

    private func scalar() throws { try writer.beginScalar(depth: depth, slot: slot) }

    mutating func encodeNil() throws { try scalar(); writer.appendNull() }
    mutating func encode(_ value: Bool) throws { try scalar(); writer.appendBool(value) }
    mutating func encode(_ value: String) throws { try scalar(); writer.appendString(value) }
    mutating func encode(_ value: Double) throws { try scalar(); try writer.appendNumber(value) }
    mutating func encode(_ value: Float) throws { try scalar(); try writer.appendNumber(Double(value)) }
    mutating func encode(_ value: Int) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: Int8) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: Int16) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: Int32) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: Int64) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt8) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt16) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt32) throws { try scalar(); writer.appendInteger(value) }
    mutating func encode(_ value: UInt64) throws { try scalar(); writer.appendInteger(value) }
    /// The value takes this same slot (a wrapper encoding what it wraps).
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: StreamingEncoder(writer: writer, depth: depth, slot: slot))
    }
}
