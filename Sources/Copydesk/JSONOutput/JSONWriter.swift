/// Writes compact JSON straight into the output, in the order of the calls: what a
/// `JSONWritable` report writes itself through.
///
/// Commas are the writer's business: open an object, then give each member as `key(_:)`
/// followed by one value; open an array, then give its values. Keys are written as given — a
/// snake_case literal, as the `CodingKeys` of the report's `Encodable` conformance spell them.
/// Strings are escaped and numbers formatted exactly as in every record `analyze` writes (the
/// same code): an integral number below 10¹⁵ as an integer, any other as Swift's shortest
/// decimal. JSON has no form for a number that is not finite: `number(_:)` throws then.
///
/// Not copyable: a report receives the writer `inout`, writes, and gives it back.
public struct JSONWriter: ~Copyable {
    /// The output; values are appended to it.
    @usableFromInline package var buffer: JSONByteBuffer
    /// Whether the next member or element follows another in its container (and so a comma).
    @usableFromInline var followsValue = false

    /// A writer appending to `buffer`, at the start of a value.
    package init(appendingTo buffer: JSONByteBuffer) {
        self.buffer = buffer
    }

    /// The JSON of `value` as its `writeJSON(to:)` writes it: for a test that compares it with
    /// what the `Encodable` conformance encodes.
    public static func bytes(of value: some JSONWritable) throws -> [UInt8] {
        var buffer = JSONByteBuffer(capacity: 1024)
        defer { buffer.deallocate() }
        try write(value, appendingTo: &buffer)
        return Array(buffer.bytes)
    }

    /// Appends the JSON of `value` to `buffer`; when `value` throws, `buffer` is left as it was.
    package static func write(_ value: some JSONWritable, appendingTo buffer: inout JSONByteBuffer) throws {
        let start = buffer.count
        var writer = JSONWriter(appendingTo: buffer)
        do {
            try value.writeJSON(to: &writer)
        } catch {
            buffer = writer.buffer
            buffer.count = start
            throw error
        }
        buffer = writer.buffer
    }

    /// Writes the comma before a value that follows another.
    @inlinable @inline(__always)
    mutating func beginValue() {
        if followsValue { buffer.append(0x2C) }
        followsValue = true
    }

    // MARK: Containers

    /// Opens an object: `key(_:)` and a value for each member, then `endObject()`.
    @inlinable @inline(__always)
    public mutating func beginObject() {
        beginValue()
        buffer.append(0x7B)
        followsValue = false
    }

    @inlinable @inline(__always)
    public mutating func endObject() {
        buffer.append(0x7D)
        followsValue = true
    }

    /// Opens an array: its values, then `endArray()`.
    @inlinable @inline(__always)
    public mutating func beginArray() {
        beginValue()
        buffer.append(0x5B)
        followsValue = false
    }

    @inlinable @inline(__always)
    public mutating func endArray() {
        buffer.append(0x5D)
        followsValue = true
    }

    /// Writes the key of the next member of the open object, as given: `"name":`. `name` is a
    /// snake_case literal (printable ASCII, no quote or backslash), so it needs no escape.
    @inlinable @inline(__always)
    public mutating func key(_ name: StaticString) {
        assert(Self.needsNoEscape(name), "JSONWriter.key(_:) takes a plain literal; use key(escaping:) for other text")
        let length = name.utf8CodeUnitCount
        buffer.reserve(length + 4)
        var out = buffer.base + buffer.count
        if followsValue { out.pointee = 0x2C; out += 1 }
        out.pointee = 0x22
        Self.copyShort(name.utf8Start, length, to: out + 1)
        out += length + 1
        out[0] = 0x22
        out[1] = 0x3A
        buffer.count = out + 2 - buffer.base
        followsValue = false
    }

    /// Writes the key of the next member of the open object from any text (a key made at run
    /// time, such as a word counted), escaped as a JSON string.
    @inlinable
    public mutating func key(escaping name: String) {
        if followsValue { buffer.append(0x2C) }
        buffer.appendString(name)
        buffer.append(0x3A)
        followsValue = false
    }

    /// Copies `count` bytes: a key of up to 32 bytes as overlapping loads and stores of words
    /// (or of parts of a word), which is cheaper than a call to `memmove` for a few bytes, and
    /// never reads past the source.
    @inlinable @inline(__always)
    static func copyShort(_ source: UnsafePointer<UInt8>, _ count: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 17...32:
            let head0 = from.loadUnaligned(as: UInt64.self), head1 = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let tail0 = from.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self)
            let tail1 = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head0, as: UInt64.self)
            to.storeBytes(of: head1, toByteOffset: 8, as: UInt64.self)
            to.storeBytes(of: tail0, toByteOffset: count - 16, as: UInt64.self)
            to.storeBytes(of: tail1, toByteOffset: count - 8, as: UInt64.self)
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 2..<4:
            let head = from.loadUnaligned(as: UInt16.self), tail = from.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)
            to.storeBytes(of: head, as: UInt16.self)
            to.storeBytes(of: tail, toByteOffset: count - 2, as: UInt16.self)
        case 1:
            target.pointee = source.pointee
        case 0:
            break
        default:
            target.update(from: source, count: count)
        }
    }

    @usableFromInline
    static func needsNoEscape(_ name: StaticString) -> Bool {
        guard name.hasPointerRepresentation else { return false }
        return UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            .allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
    }

    // MARK: Values

    @inlinable
    public mutating func string(_ value: String) {
        beginValue()
        buffer.appendString(value)
    }

    /// The string, or `null`.
    @inlinable
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    @inlinable
    public mutating func integer(_ value: Int) {
        beginValue()
        buffer.appendInteger(value)
    }

    /// The integer, or `null`.
    @inlinable
    public mutating func integer(_ value: Int?) {
        if let value { integer(value) } else { null() }
    }

    /// An integral value below 10¹⁵ as an integer, any other as Swift's shortest decimal
    /// (`0.25`, `1.0e-05`): what an `Encodable` `Double` writes in a record. Throws
    /// `NonFiniteNumber` for infinities and NaN.
    @inlinable
    public mutating func number(_ value: Double) throws {
        beginValue()
        guard buffer.appendNumber(value) else { throw NonFiniteNumber(value: value) }
    }

    /// The number, or `null`.
    @inlinable
    public mutating func number(_ value: Double?) throws {
        if let value { try number(value) } else { null() }
    }

    @inlinable
    public mutating func bool(_ value: Bool) {
        beginValue()
        appendLiteral(value ? "true" : "false")
    }

    @inlinable
    public mutating func null() {
        beginValue()
        appendLiteral("null")
    }

    /// Appends a short literal (`null`, `true`, `false`).
    @inlinable @inline(__always)
    mutating func appendLiteral(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        buffer.reserve(length)
        Self.copyShort(text.utf8Start, length, to: buffer.base + buffer.count)
        buffer.count += length
    }

    /// A value that writes itself.
    @inlinable
    public mutating func value(_ value: some JSONWritable) throws {
        try value.writeJSON(to: &self)
    }

    /// The value, or `null`.
    @inlinable
    public mutating func value(_ value: (some JSONWritable)?) throws {
        if let value { try value.writeJSON(to: &self) } else { null() }
    }

    // MARK: Arrays

    /// An array of values that write themselves.
    @inlinable
    public mutating func array(_ values: [some JSONWritable]) throws {
        beginArray()
        // Through the buffer: each element is borrowed, not copied (and retained) as for-in does.
        try values.withUnsafeBufferPointer { elements in
            for index in elements.indices { try elements[index].writeJSON(to: &self) }
        }
        endArray()
    }

    @inlinable
    public mutating func array(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    @inlinable
    public mutating func array(_ values: [Int]) {
        beginArray()
        for value in values { integer(value) }
        endArray()
    }

    @inlinable
    public mutating func array(_ values: [Double]) throws {
        beginArray()
        for value in values { try number(value) }
        endArray()
    }

    /// A number that JSON cannot represent (infinite or NaN).
    public struct NonFiniteNumber: Error, CustomStringConvertible {
        public var value: Double
        public var description: String { "\(value) is not a JSON number" }

        @usableFromInline
        init(value: Double) { self.value = value }
    }
}
