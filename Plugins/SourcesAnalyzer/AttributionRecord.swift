import Copydesk

/// One attribution: who said what, with which cue.
/// Absent values are encoded as null, so that every record has every key.
public struct AttributionRecord: Encodable, Sendable, Equatable {
    /// `direct`, `indirect` or `mixed`.
    public var kind: AttributionKind
    /// The quoted words (content without the outer marks). An interrupted quotation
    /// ("It's over," she said, "and we lost.") is one attribution: `text` joins the parts with a
    /// space, `start`/`end` run from the first part to the last, `quoteParts` lists each part.
    @NullWhenAbsent public var quote: TextSpan? = nil
    /// Each quoted part when the quotation was interrupted or several fragments share a cue.
    public var quoteParts: [TextSpan]
    /// The speaker as written, with any appositive.
    @NullWhenAbsent public var speaker: TextSpan? = nil
    /// The normalised source name (see `SourceRecord.name`); nil when the speaker is unknown.
    @NullWhenAbsent public var source: String? = nil
    /// The cue; nil for a quotation continuing the previous speaker's words.
    @NullWhenAbsent public var cue: TextSpan? = nil
    /// The cue's colour; nil without a cue.
    @NullWhenAbsent public var cueType: CueType? = nil
    /// Index of the sentence holding the cue (or the start of the quotation).
    public var sentence: Int
}

extension AttributionRecord {
    /// Keys in snake_case as written, in output order: the same with or without the encoder's
    /// `convertToSnakeCase`, which then has nothing to convert.
    enum CodingKeys: String, CodingKey {
        case kind, quote
        case quoteParts = "quote_parts"
        case speaker, source, cue
        case cueType = "cue_type"
        case sentence
    }
}

extension AttributionRecord: JSONWritable {
    /// The bytes of the synthesized `Encodable` conformance (enums as their raw strings, absent
    /// values as null), written directly.
    public func writeJSON(to json: inout JSONWriter) throws {
        json.beginObject()
        json.key("kind"); json.string(kind.rawValue)
        json.key("quote"); try json.value(quote)
        json.key("quote_parts"); try json.array(quoteParts)
        json.key("speaker"); try json.value(speaker)
        json.key("source"); json.string(source)
        json.key("cue"); try json.value(cue)
        json.key("cue_type"); json.string(cueType?.rawValue)
        json.key("sentence"); json.integer(sentence)
        json.endObject()
    }
}
