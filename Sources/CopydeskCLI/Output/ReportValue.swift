/// A report read back from its JSON for the formats people read (`text`, `html`): a small tree
/// with object members in the order they were written, without Foundation's objects (which took
/// about forty times the JSON's size, so a long document's report needed gigabytes).
///
/// Read with `JSONReader`: RFC 8259 strictly, nesting limited to `maximumDepth`, an unpaired
/// surrogate escape decoded as U+FFFD.
indirect enum ReportValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ReportValue])
    case object([Member])

    /// One member of an object.
    struct Member: Equatable {
        let key: String
        let value: ReportValue
    }

    /// Deeper nesting is refused: Copydesk's reports nest a few levels, and the reader recurses.
    static let maximumDepth = 128

    /// A plugin's report read back: an exec plugin's reply as it came, any other report as
    /// `encoder` writes it; nil when it cannot be encoded or read.
    init?(report: any Encodable & Sendable, encoder: ReportEncoder) {
        guard let bytes = (report as? RawJSONReport)?.bytes ?? (try? encoder.encode(report)),
              let value = ReportValue.parse(bytes) else { return nil }
        self = value
    }

    /// The value of `bytes`, or nil when they are not one JSON value.
    static func parse(_ bytes: [UInt8]) -> ReportValue? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            reader.skipSpace()
            guard let value = value(&reader, depth: 0) else { return nil }
            reader.skipSpace()
            return reader.atEnd ? value : nil
        }
    }

    /// The member `key` of an object (the last one of that name); nil for other values.
    subscript(key: String) -> ReportValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    private static func value(_ reader: inout JSONReader, depth: Int) -> ReportValue? {
        guard depth < maximumDepth, let byte = reader.peek() else { return nil }
        switch byte {
        case 0x7B:
            reader.index += 1
            var members: [Member] = []
            reader.skipSpace()
            if reader.take(0x7D) { return .object(members) }
            repeat {
                reader.skipSpace()
                guard let key = reader.string() else { return nil }
                reader.skipSpace()
                guard reader.take(0x3A) else { return nil }
                reader.skipSpace()
                guard let value = value(&reader, depth: depth + 1) else { return nil }
                members.append(Member(key: key, value: value))
                reader.skipSpace()
            } while reader.take(0x2C)
            return reader.take(0x7D) ? .object(members) : nil
        case 0x5B:
            reader.index += 1
            var items: [ReportValue] = []
            reader.skipSpace()
            if reader.take(0x5D) { return .array(items) }
            repeat {
                reader.skipSpace()
                guard let item = value(&reader, depth: depth + 1) else { return nil }
                items.append(item)
                reader.skipSpace()
            } while reader.take(0x2C)
            return reader.take(0x5D) ? .array(items) : nil
        case 0x22: return reader.string().map(ReportValue.string)
        case 0x74: return reader.literal("true") ? .bool(true) : nil
        case 0x66: return reader.literal("false") ? .bool(false) : nil
        case 0x6E: return reader.literal("null") ? .null : nil
        default: return reader.number().flatMap(Double.init).map(ReportValue.number)
        }
    }
}
