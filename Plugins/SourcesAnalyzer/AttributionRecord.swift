/// One attribution: who said what, with which cue.
public struct AttributionRecord: Encodable, Sendable, Equatable {
    /// `direct`, `indirect` or `mixed`.
    public var kind: AttributionKind
    /// The quoted words (content without the outer marks). An interrupted quotation
    /// ("It's over," she said, "and we lost.") is one attribution: `text` joins the parts with a
    /// space, `start`/`end` run from the first part to the last, `quoteParts` lists each part.
    public var quote: TextSpan?
    /// Each quoted part when the quotation was interrupted or several fragments share a cue.
    public var quoteParts: [TextSpan]
    /// The speaker as written, with any appositive.
    public var speaker: TextSpan?
    /// The normalised source name (see `SourceRecord.name`); nil when the speaker is unknown.
    public var source: String?
    /// The cue; nil for a quotation continuing the previous speaker's words.
    public var cue: TextSpan?
    /// The cue's colour; nil without a cue.
    public var cueType: CueType?
    /// Index of the sentence holding the cue (or the start of the quotation).
    public var sentence: Int
}

extension AttributionRecord {
    /// Keys in snake_case as written: the same with or without the encoder's `convertToSnakeCase`, which then has nothing to convert.
    enum CodingKeys: String, CodingKey {
        case kind, quote, speaker, source, cue, sentence
        case quoteParts = "quote_parts"
        case cueType = "cue_type"
    }

    /// Encodes absent values as explicit nulls, so every record has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try encodeFields(into: &container)
    }

    /// Writes the members into an object container opened by the caller. Enums are written as
    /// their raw strings and optionals as a value or null directly, which is what their own
    /// `Encodable` conformances write, without a generic round trip per member.
    func encodeFields(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
        try container.encode(kind.rawValue, forKey: .kind)
        try TextSpan.encode(quote, forKey: .quote, in: &container)
        var parts = container.nestedUnkeyedContainer(forKey: .quoteParts)
        for part in quoteParts {
            var nested = parts.nestedContainer(keyedBy: TextSpan.CodingKeys.self)
            try part.encodeFields(into: &nested)
        }
        try TextSpan.encode(speaker, forKey: .speaker, in: &container)
        if let source { try container.encode(source, forKey: .source) } else { try container.encodeNil(forKey: .source) }
        try TextSpan.encode(cue, forKey: .cue, in: &container)
        if let cueType { try container.encode(cueType.rawValue, forKey: .cueType) } else { try container.encodeNil(forKey: .cueType) }
        try container.encode(sentence, forKey: .sentence)
    }
}
