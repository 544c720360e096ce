import Copydesk

/// Encodes plugin reports to compact JSON with snake_case keys, in the order the report declares
/// its properties — many times faster than Foundation's `JSONEncoder`, which was the largest
/// cost of a full pipeline run. A report that writes its own JSON (`JSONWritable`, the fast
/// path of the built-in reports) writes it through a `JSONWriter`. Other values stream straight into the output (`StreamingJSONWriter`);
/// the rare value that uses its containers out of order is built as a tree of `JSONNode`s
/// first. Not thread-safe: one per writer.
final class ReportEncoder {
    private var snakeCase: [String: String] = [:]
    private let writer = StreamingJSONWriter()
    /// The types seen, with their `JSONWritable` conformance when they have one.
    @exclusivity(unchecked) private var writableTypes: [(type: ObjectIdentifier, writable: (any JSONWritable.Type)?)] = []
    /// The buffer records are built in, reused from one record to the next.
    @exclusivity(unchecked) private var recordBuffer = JSONByteBuffer()

    deinit { recordBuffer.deallocate() }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// The JSON bytes of `value`.
    func encode(_ value: some Encodable) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try encode(value, into: &out)
        return out
    }

    /// Appends the JSON bytes of `value` to `out`; on error `out` is left as it was.
    func encode(_ value: some Encodable, into out: inout [UInt8]) throws {
        if let writableType = writableType(of: type(of: value)) {
            try Self.write(value, as: writableType, appendingTo: &out)
            return
        }
        if try writer.write(value, to: &out) { return }
        try out += encodeAsTree(value)
    }

    /// Appends the JSON bytes of `value` to `buffer`; on error `buffer` is left as it was. A
    /// value that writes its own JSON (`JSONWritable`) does so; any other is encoded.
    func encode(_ value: some Encodable, into buffer: inout JSONByteBuffer) throws {
        try encode(value, dynamicType: type(of: value), into: &buffer)
    }

    /// `encode(_:into:)` for a value whose dynamic type the caller has at hand (read from the
    /// existential that holds it): the type is not looked up again.
    func encode(_ value: some Encodable, dynamicType: Any.Type, into buffer: inout JSONByteBuffer) throws {
        if let writableType = writableType(of: dynamicType) {
            try Self.write(value, as: writableType, appendingTo: &buffer)
            return
        }
        if try writer.write(value, appendingTo: &buffer) { return }
        try encodeAsTree(value).withUnsafeBufferPointer { buffer.append($0) }
    }

    /// Whether `type` writes its own JSON, looked up once per type: the runtime's conformance
    /// lookup costs more than a scan of the few report types of a run.
    private func writableType(of type: Any.Type) -> (any JSONWritable.Type)? {
        let identifier = ObjectIdentifier(type)
        for entry in writableTypes where entry.type == identifier { return entry.writable }
        let writable = type as? any JSONWritable.Type
        writableTypes.append((identifier, writable))
        return writable
    }

    /// Writes `value`, whose type is `writableType`, through `JSONWriter`. The conformance is
    /// found on the type, not the value: casting the value to `any JSONWritable` would copy a
    /// report into an allocated existential box.
    private static func write<Value, Writable: JSONWritable>(_ value: Value, as writableType: Writable.Type, appendingTo buffer: inout JSONByteBuffer) throws {
        // The same type under two names: a reinterpretation, without the closures (and their
        // context) that rebinding a pointer to it costs in this unspecialized code.
        try JSONWriter.write(unsafeBitCast(value, to: Writable.self), appendingTo: &buffer)
    }

    /// Appends `value`, whose type is `writableType`, to `out` through `JSONWriter`.
    private static func write<Value, Writable: JSONWritable>(_ value: Value, as writableType: Writable.Type, appendingTo out: inout [UInt8]) throws {
        try withUnsafePointer(to: value) { pointer in
            try pointer.withMemoryRebound(to: Writable.self, capacity: 1) { out += try JSONWriter.bytes(of: $0.pointee) }
        }
    }

    /// The bytes `build` writes into the reused record buffer (which `build` may hand to
    /// `encode(_:into:)`).
    func bytes(building build: (inout JSONByteBuffer) -> Void) -> [UInt8] {
        withBytes(building: build) { Array($0) }
    }

    /// Calls `body` with the bytes `build` writes into the reused record buffer (which `build`
    /// may hand to `encode(_:into:)`), borrowed for the call: a record costs no array of its own.
    /// `body` must not use this encoder.
    func withBytes<Result>(building build: (inout JSONByteBuffer) -> Void, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        recordBuffer.count = 0
        build(&recordBuffer)
        let result = body(recordBuffer.bytes)
        if recordBuffer.capacity > 1 << 22 {  // after a huge record, give the memory back
            recordBuffer.deallocate()
            recordBuffer = JSONByteBuffer()
        }
        return result
    }

    /// The JSON bytes of `value`, built as a tree first: for values that go back to containers
    /// they have left.
    func encodeAsTree(_ value: some Encodable) throws -> [UInt8] {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, owner: self, codingPath: []))
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try root.write(to: &out)
        return out
    }

    /// `camelCaseKey` → `camel_case_key`, as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` does.
    func convert(_ key: String) -> String {
        if let cached = snakeCase[key] { return cached }
        let converted = Self.snakeCased(key)
        snakeCase[key] = converted
        return converted
    }

    static func snakeCased(_ key: String) -> String {
        guard !key.isEmpty else { return key }
        var words: [Range<String.Index>] = []
        var wordStart = key.startIndex
        var searchRange = key.index(after: wordStart)..<key.endIndex
        while let upper = key.rangeOfCharacter(fromUppercaseIn: searchRange) {
            let untilUpper = wordStart..<upper.lowerBound
            words.append(untilUpper)
            searchRange = upper.lowerBound..<searchRange.upperBound
            guard let lower = key.rangeOfCharacter(fromLowercaseIn: searchRange) else {
                wordStart = searchRange.lowerBound
                break
            }
            let nextCharacterAfterCapital = key.index(after: upper.lowerBound)
            if lower.lowerBound == nextCharacterAfterCapital {
                wordStart = upper.lowerBound
            } else {
                let beforeLowerIndex = key.index(before: lower.lowerBound)
                words.append(upper.lowerBound..<beforeLowerIndex)
                wordStart = beforeLowerIndex
            }
            searchRange = lower.upperBound..<searchRange.upperBound
        }
        words.append(wordStart..<searchRange.upperBound)
        return words.map { key[$0].lowercased() }.filter { !$0.isEmpty }.joined(separator: "_")
    }
}

private extension String {
    func rangeOfCharacter(fromUppercaseIn range: Range<String.Index>) -> Range<String.Index>? {
        var index = range.lowerBound
        while index < range.upperBound {
            if self[index].isUppercase { return index..<self.index(after: index) }
            index = self.index(after: index)
        }
        return nil
    }

    func rangeOfCharacter(fromLowercaseIn range: Range<String.Index>) -> Range<String.Index>? {
        var index = range.lowerBound
        while index < range.upperBound {
            if self[index].isLowercase { return index..<self.index(after: index) }
            index = self.index(after: index)
        }
        return nil
    }
}

/// The `Encoder` that fills a `JSONNode`.
private struct NodeEncoder: Encoder {
    let node: JSONNode
    let owner: ReportEncoder
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, owner: owner, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedNodeContainer(node: node, owner: owner, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, owner: owner, codingPath: codingPath)
    }
}

/// Encodes a value into a new node. Primitives reach the single-value container's concrete
/// overloads (no dynamic casts on the way).
private func child(_ value: some Encodable, owner: ReportEncoder, codingPath: [any CodingKey]) throws -> JSONNode {
    let node = JSONNode()
    try value.encode(to: NodeEncoder(node: node, owner: owner, codingPath: codingPath))
    return node
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let owner: ReportEncoder
    var codingPath: [any CodingKey]

    private func name(_ key: Key) -> String { owner.convert(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { node.append(name(key), JSONNode.scalar("null")) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(value ? "true" : "false")) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.append(name(key), JSONNode.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.append(name(key), try JSONNode.number(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.append(name(key), try JSONNode.number(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.append(name(key), JSONNode.scalar(String(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.append(name(key), try child(value, owner: owner, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONNode()
        nested.content = .object([])
        node.append(name(key), nested)
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: nested, owner: owner, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONNode()
        nested.content = .array([])
        node.append(name(key), nested)
        return UnkeyedNodeContainer(node: nested, owner: owner, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let nested = JSONNode()
        node.append("super", nested)
        return NodeEncoder(node: nested, owner: owner, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let nested = JSONNode()
        node.append(name(key), nested)
        return NodeEncoder(node: nested, owner: owner, codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let owner: ReportEncoder
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { node.append(JSONNode.scalar("null")) }
    mutating func encode(_ value: Bool) throws { node.append(JSONNode.scalar(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { node.append(JSONNode.string(value)) }
    mutating func encode(_ value: Double) throws { node.append(try JSONNode.number(value)) }
    mutating func encode(_ value: Float) throws { node.append(try JSONNode.number(Double(value))) }
    mutating func encode(_ value: Int) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int8) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int16) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int32) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: Int64) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt8) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt16) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt32) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode(_ value: UInt64) throws { node.append(JSONNode.scalar(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.append(try child(value, owner: owner, codingPath: codingPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONNode()
        nested.content = .object([])
        node.append(nested)
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: nested, owner: owner, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONNode()
        nested.content = .array([])
        node.append(nested)
        return UnkeyedNodeContainer(node: nested, owner: owner, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = JSONNode()
        node.append(nested)
        return NodeEncoder(node: nested, owner: owner, codingPath: codingPath)
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let owner: ReportEncoder
    var codingPath: [any CodingKey]

    private func set(_ text: String) { node.content = .scalar(Array(text.utf8)) }

    mutating func encodeNil() throws { set("null") }
    mutating func encode(_ value: Bool) throws { set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.content = JSONNode.string(value).content }
    mutating func encode(_ value: Double) throws { node.content = try JSONNode.number(value).content }
    mutating func encode(_ value: Float) throws { node.content = try JSONNode.number(Double(value)).content }
    mutating func encode(_ value: Int) throws { set(String(value)) }
    mutating func encode(_ value: Int8) throws { set(String(value)) }
    mutating func encode(_ value: Int16) throws { set(String(value)) }
    mutating func encode(_ value: Int32) throws { set(String(value)) }
    mutating func encode(_ value: Int64) throws { set(String(value)) }
    mutating func encode(_ value: UInt) throws { set(String(value)) }
    mutating func encode(_ value: UInt8) throws { set(String(value)) }
    mutating func encode(_ value: UInt16) throws { set(String(value)) }
    mutating func encode(_ value: UInt32) throws { set(String(value)) }
    mutating func encode(_ value: UInt64) throws { set(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: NodeEncoder(node: node, owner: owner, codingPath: codingPath))
    }
}
