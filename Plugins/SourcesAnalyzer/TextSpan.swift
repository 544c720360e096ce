/// A piece of the text with Unicode scalar offsets (`end` exclusive).
public struct TextSpan: Encodable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

extension TextSpan {
    enum CodingKeys: String, CodingKey {
        case text, start, end
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try encodeFields(into: &container)
    }

    /// Writes the members into an object container opened by the caller.
    func encodeFields(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }

    /// Writes `span` under `key` as a nested object, or null: what `container.encode(span, forKey:)`
    /// writes, without going through `Optional`'s and the generic `Encodable` path.
    static func encode<Key: CodingKey>(_ span: TextSpan?, forKey key: Key, in container: inout KeyedEncodingContainer<Key>) throws {
        guard let span else {
            try container.encodeNil(forKey: key)
            return
        }
        var nested = container.nestedContainer(keyedBy: CodingKeys.self, forKey: key)
        try span.encodeFields(into: &nested)
    }
}
