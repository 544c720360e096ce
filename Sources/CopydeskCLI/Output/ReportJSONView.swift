#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A report's JSON read where it lies, for the text summary: values are byte ranges of the
/// report, and only what a summary line shows is decoded. Building the whole `ReportValue` tree
/// of every report, and freeing it, took about a sixth of a `--format text` corpus run.
///
/// It accepts exactly what `ReportValue.parse` accepts (RFC 8259, nesting below
/// `ReportValue.maximumDepth`), and a value read from it equals the one the tree holds. Valid
/// only while `bytes` are.
struct ReportJSONView {
    /// One value of the report: where its bytes start, and the index past its last byte.
    struct Value {
        let start: Int
        let end: Int
    }

    /// One member of an object: its key as written (quotes included), whether that key is ASCII
    /// without escapes (and so is its own bytes), and its value.
    struct Member {
        let key: Value
        let keyIsPlainASCII: Bool
        let value: Value
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The whole report.
    let root: Value
    /// The members of the report when it is an object, in the order they are written.
    let rootMembers: [Member]

    /// The view of `bytes`, or nil when they are not one JSON value that `ReportValue.parse`
    /// would read.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var reader = JSONReader(bytes: bytes)
        reader.skipSpace()
        let start = reader.index
        var rootMembers: [Member] = []
        guard Self.check(&reader, depth: 0, members: &rootMembers) else { return nil }
        let end = reader.index
        reader.skipSpace()
        guard reader.atEnd else { return nil }
        self.bytes = bytes
        self.root = Value(start: start, end: end)
        self.rootMembers = rootMembers
    }

    /// Moves past the value at the reader's position, checking it as `ReportValue.value` reads
    /// it: the same grammar and the same depth limit, without decoding anything. The members of
    /// an object at depth 0 are appended to `members`.
    private static func check(_ reader: inout JSONReader, depth: Int, members: inout [Member]) -> Bool {
        guard depth < ReportValue.maximumDepth, let byte = reader.peek() else { return false }
        switch byte {
        case 0x7B, 0x5B:
            let isObject = byte == 0x7B
            let close: UInt8 = isObject ? 0x7D : 0x5D
            reader.index += 1
            reader.skipSpace()
            if reader.take(close) { return true }
            var unused: [Member] = []
            repeat {
                reader.skipSpace()
                var key = Value(start: 0, end: 0)
                var keyIsPlainASCII = false
                if isObject {
                    key = Value(start: reader.index, end: 0)
                    guard reader.skipString() else { return false }
                    key = Value(start: key.start, end: reader.index)
                    keyIsPlainASCII = !reader.sawEscape && Self.isASCII(UnsafeBufferPointer(rebasing: reader.bytes[(key.start + 1)..<(key.end - 1)]))
                    reader.skipSpace()
                    guard reader.take(0x3A) else { return false }
                    reader.skipSpace()
                }
                let valueStart = reader.index
                guard check(&reader, depth: depth + 1, members: &unused) else { return false }
                if isObject && depth == 0 {
                    members.append(Member(key: key, keyIsPlainASCII: keyIsPlainASCII, value: Value(start: valueStart, end: reader.index)))
                }
                reader.skipSpace()
            } while reader.take(0x2C)
            return reader.take(close)
        case 0x22: return reader.skipString()
        case 0x74: return reader.literal("true")
        case 0x66: return reader.literal("false")
        case 0x6E: return reader.literal("null")
        default: return reader.skipNumber()
        }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 }
    }

    func isObject(_ value: Value) -> Bool { bytes[value.start] == 0x7B }
    func isArray(_ value: Value) -> Bool { bytes[value.start] == 0x5B }
    func isNull(_ value: Value) -> Bool { bytes[value.start] == 0x6E }

    /// The members of an object, in the order they are written; none for other values.
    func members(of object: Value) -> [Member] {
        var members: [Member] = []
        forEachElement(of: object) { key, keyHasEscape, value in
            let key = key!
            let isPlainASCII = !keyHasEscape && Self.isASCII(UnsafeBufferPointer(rebasing: bytes[(key.start + 1)..<(key.end - 1)]))
            members.append(Member(key: key, keyIsPlainASCII: isPlainASCII, value: value))
        }
        return members
    }

    /// The first `limit` items of an array, and how many it has; none for other values.
    func items(of array: Value, limit: Int) -> (first: [Value], count: Int) {
        var first: [Value] = []
        var count = 0
        forEachElement(of: array) { _, _, item in
            if count < limit { first.append(item) }
            count += 1
        }
        return (first, count)
    }

    /// Calls `body` with each member (key, whether it holds an escape, value) of an object or
    /// each item (nil, false, value) of an array. The report was checked when the view was made,
    /// so nothing here can fail.
    private func forEachElement(of value: Value, _ body: (Value?, Bool, Value) -> Void) {
        let opening = bytes[value.start]
        guard opening == 0x7B || opening == 0x5B else { return }
        let close: UInt8 = opening == 0x7B ? 0x7D : 0x5D
        var reader = JSONReader(bytes: bytes)
        reader.index = value.start + 1
        reader.skipSpace()
        if reader.take(close) { return }
        repeat {
            reader.skipSpace()
            var key: Value?
            var keyHasEscape = false
            if opening == 0x7B {
                let keyStart = reader.index
                _ = reader.skipString()
                key = Value(start: keyStart, end: reader.index)
                keyHasEscape = reader.sawEscape
                reader.skipSpace()
                _ = reader.take(0x3A)
                reader.skipSpace()
            }
            let start = reader.index
            // Within `ReportValue.maximumDepth`, which is below the reader's own limit.
            _ = reader.skipValue(depth: 0)
            body(key, keyHasEscape, Value(start: start, end: reader.index))
            reader.skipSpace()
        } while reader.take(0x2C)
    }

    /// The value of the member `name` of an object (the last one of that name, as `ReportValue`
    /// reads it), among its `members`. Keys compare as strings do (canonically equivalent
    /// strings are equal); two ASCII keys, by their bytes.
    func value(named name: String, among members: [Member]) -> Value? {
        var utf8 = name
        return utf8.withUTF8 { nameBytes in
            let nameIsASCII = !nameBytes.contains { $0 >= 0x80 }
            return members.last { member in
                guard member.keyIsPlainASCII, nameIsASCII else { return string(member.key) == name }
                let length = member.key.end - member.key.start - 2
                return length == nameBytes.count
                    && (length == 0 || memcmp(bytes.baseAddress! + member.key.start + 1, nameBytes.baseAddress!, length) == 0)
            }?.value
        }
    }

    /// A string value (a key too), decoded.
    func string(_ value: Value) -> String {
        var reader = JSONReader(bytes: bytes)
        reader.index = value.start
        return reader.string() ?? ""
    }

    /// A scalar as `ReportValue` reads it; nil for an array or object.
    func scalar(_ value: Value) -> ReportValue? {
        var reader = JSONReader(bytes: bytes)
        reader.index = value.start
        switch bytes[value.start] {
        case 0x7B, 0x5B: return nil
        case 0x22: return reader.string().map(ReportValue.string)
        case 0x74: return .bool(true)
        case 0x66: return .bool(false)
        case 0x6E: return .null
        default: return reader.number().flatMap(Double.init).map(ReportValue.number)
        }
    }
}
