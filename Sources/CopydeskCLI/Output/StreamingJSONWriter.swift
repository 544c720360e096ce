import Copydesk

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
    private let keyCache = KeyByteCache()

    deinit { out.deallocate() }

    /// Appends the JSON of `value` to `output`. Returns `false`, appending nothing, when `value`
    /// used its containers out of order; throws what `value` throws (such as a non-finite number).
    func write(_ value: some Encodable, to output: inout [UInt8]) throws -> Bool {
        out.count = 0
        guard try writeAppending(value) else { return false }
        output.append(contentsOf: out.bytes)
        if out.capacity > 1 << 22 {  // after a huge report, give the memory back
            out.deallocate()
            out = JSONByteBuffer()
        }
        return true
    }

    /// Appends the JSON of `value` to `buffer` straight away, as `write(_:to:)` does.
    func write(_ value: some Encodable, appendingTo buffer: inout JSONByteBuffer) throws -> Bool {
        swap(&out, &buffer)
        defer { swap(&out, &buffer) }
        return try writeAppending(value)
    }

    /// Appends `value` to the writer's buffer; on failure the buffer is cut back to where it was.
    private func writeAppending(_ value: some Encodable) throws -> Bool {
        let start = out.count
        frames.removeAll(keepingCapacity: true)
        outOfOrder = false
        do {
            try writeValue(value, depth: 0)
        } catch {
            out.count = start
            if outOfOrder { return false }
            throw error
        }
        guard !outOfOrder else { out.count = start; return false }
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

    /// Makes the container of `slot` at `depth` the innermost one and writes the separator of
    /// its next member (the caller writes the key, if any).
    @inline(__always)
    func beginMember(depth: Int, slot: Int) throws {
        guard !outOfOrder, frames.count > depth, frames[depth].slot == slot else { throw refuse() }
        while frames.count > depth + 1 { close() }
        if frames[depth].count > 0 { out.append(0x2C) }
        frames[depth].count += 1
    }

    /// Names the member of the container at `depth` whose value may open containers further in
    /// (for their `codingPath`). Scalar members need no name: nothing sees a path through them.
    @inline(__always)
    func notePathKey(_ name: String, depth: Int) {
        frames[depth].key = name
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

    /// Writes a key and its colon as `JSONEncoder`'s `convertToSnakeCase` would: remembered
    /// from the key's last use (`KeyByteCache`), else converted straight into the output.
    @inline(__always)
    func appendKey(_ key: String) {
        if keyCache.append(key, to: &out) { return }
        appendNewKey(key)
    }

    private func appendNewKey(_ key: String) {
        let start = out.count
        let written = key.utf8.withContiguousStorageIfAvailable { SnakeCaseKey.appendQuoted($0, to: &out) }
        if written != true { appendUnusualKey(key) }
        out.append(0x3A)
        keyCache.remember(key, json: UnsafeBufferPointer(start: out.base + start, count: out.count - start))
    }

    /// A key with non-ASCII bytes or bytes that need an escape.
    private func appendUnusualKey(_ key: String) {
        keyBytes.removeAll(keepingCapacity: true)
        if !SnakeCaseKey.append(key, to: &keyBytes) {
            keyBytes += ReportEncoder.snakeCased(key).utf8
        }
        keyBytes.withUnsafeBufferPointer { out.appendString($0) }
    }

    /// Writes `value` at once when it is a `String`, `Int`, `Double` or `Bool`, an optional one or
    /// an array of them — the bytes their own `encode(to:)` would give, without the round trip
    /// through an encoder and its containers. Returns `false`, writing nothing, for other types.
    /// The caller has checked the slot as for a scalar.
    @inline(__always)
    func writeCommonValue<T>(_ value: T) throws -> Bool {
        // Sizes of the types below; other values (structs) are told apart at once.
        switch MemoryLayout<T>.size {
        case 1, 8, 9, 16: break
        default: return false
        }
        if T.self == String.self { appendString(unsafeBitCast(value, to: String.self)); return true }
        if T.self == Int.self { appendInteger(unsafeBitCast(value, to: Int.self)); return true }
        if T.self == Double.self { try appendNumber(unsafeBitCast(value, to: Double.self)); return true }
        if T.self == Bool.self { appendBool(unsafeBitCast(value, to: Bool.self)); return true }
        return try writeUncommonValue(value)
    }

    /// Optionals and arrays of the common scalars (see `writeCommonValue`).
    private func writeUncommonValue<T>(_ value: T) throws -> Bool {
        if T.self == String?.self { if let value = unsafeBitCast(value, to: String?.self) { appendString(value) } else { appendNull() }; return true }
        if T.self == Int?.self { if let value = unsafeBitCast(value, to: Int?.self) { appendInteger(value) } else { appendNull() }; return true }
        if T.self == Double?.self { if let value = unsafeBitCast(value, to: Double?.self) { try appendNumber(value) } else { appendNull() }; return true }
        if T.self == Bool?.self { if let value = unsafeBitCast(value, to: Bool?.self) { appendBool(value) } else { appendNull() }; return true }
        if T.self == [Int].self { appendArray(unsafeBitCast(value, to: [Int].self)) { appendInteger($0) }; return true }
        if T.self == [String].self { appendArray(unsafeBitCast(value, to: [String].self)) { appendString($0) }; return true }
        if T.self == [Double].self { try appendArray(unsafeBitCast(value, to: [Double].self)) { try appendNumber($0) }; return true }
        return false
    }

    private func appendArray<Element>(_ elements: [Element], _ appendElement: (Element) throws -> Void) rethrows {
        out.append(0x5B)
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(0x2C) }
            try appendElement(element)
        }
        out.append(0x5D)
    }

    func appendNumber(_ value: Double) throws {
        guard out.appendNumber(value) else { throw ReportEncoder.Failure(description: "\(value) is not a JSON number") }
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

    @inline(__always)
    private func member(_ key: Key) throws {
        try writer.beginMember(depth: depth, slot: slot)
        writer.appendKey(key.stringValue)
    }

    /// A member holding a nested container: its key is kept for the `codingPath` further in.
    private func nestedMember(_ key: Key) throws {
        try member(key)
        writer.notePathKey(key.stringValue, depth: depth)
    }

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
        if try writer.writeCommonValue(value) { return }
        writer.notePathKey(key.stringValue, depth: depth)
        try writer.writeValue(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = writer.newSlot()
        if (try? nestedMember(key)) != nil { writer.open(isArray: false, depth: depth + 1, slot: nested) }
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(writer: writer, depth: depth + 1, slot: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = writer.newSlot()
        if (try? nestedMember(key)) != nil { writer.open(isArray: true, depth: depth + 1, slot: nested) }
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

    private func element() throws { try writer.beginMember(depth: depth, slot: slot) }

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
        if try writer.writeCommonValue(value) { return }
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
