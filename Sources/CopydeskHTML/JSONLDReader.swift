/// A small, forgiving JSON reader for JSON-LD blocks: never traps, gives up (nil) on bad input,
/// and bounds nesting.
struct JSONLDReader {
    static let maximumDepth = 64
    private let bytes: [UInt8]
    private var i = 0

    static func parse(_ text: String) -> JSONLDValue? {
        var reader = JSONLDReader(bytes: Array(text.utf8))
        reader.skipSpace()
        // Some pages wrap the JSON in an HTML comment or CDATA marker.
        for prefix in ["<!--", "<![CDATA["] where reader.bytes[reader.i...].starts(with: prefix.utf8) {
            reader.i += prefix.utf8.count
        }
        return reader.value(depth: 0)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value(depth: Int) -> JSONLDValue? {
        guard depth < Self.maximumDepth else { return nil }
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(String, JSONLDValue)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                members.append((key, v))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONLDValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        case UInt8(ascii: "\""):
            return string().map(JSONLDValue.string)
        case UInt8(ascii: "t"):
            return literal("true", .bool(true))
        case UInt8(ascii: "f"):
            return literal("false", .bool(false))
        case UInt8(ascii: "n"):
            return literal("null", .null)
        default:
            let start = i
            while i < bytes.count, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == 0x2D || bytes[i] == 0x2B
                || bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45 { i += 1 }
            return i > start ? .number(String(decoding: bytes[start..<i], as: UTF8.self)) : nil
        }
    }

    private mutating func literal(_ word: String, _ result: JSONLDValue) -> JSONLDValue? {
        guard bytes[i...].starts(with: word.utf8) else { return nil }
        i += word.utf8.count
        return result
    }

    /// A string starting at the opening quote.
    private mutating func string() -> String? {
        i += 1
        var out: [UInt8] = []
        var pendingHigh: UInt32?
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(0x20)
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else { return nil }
                i += 4
                var scalar: Unicode.Scalar?
                if code >= 0xD800 && code < 0xDC00 {
                    pendingHigh = code
                    continue
                } else if code >= 0xDC00 && code < 0xE000, let high = pendingHigh {
                    scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                } else {
                    scalar = Unicode.Scalar(code)
                }
                pendingHigh = nil
                out.append(contentsOf: String(Character(scalar ?? "\u{FFFD}")).utf8)
            default: out.append(e)
            }
        }
        return nil
    }
}
