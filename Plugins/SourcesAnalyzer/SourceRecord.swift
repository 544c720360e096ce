/// One distinct source, with its mentions merged.
public struct SourceRecord: Encodable, Sendable, Equatable {
    /// The normalised name: a person's name without title or appositive, or the phrase as written.
    public var name: String
    public var type: SourceType
    /// The title or role kept apart from the name ("Trump’s national-security adviser").
    public var title: String?
    /// Attributions referring to this source (by name, surname, pronoun or role).
    public var mentions: Int
    /// Attributions of this source carrying a quotation.
    public var quoteCount: Int
    /// Words inside those quotations.
    public var wordsQuoted: Int
    /// Index of the paragraph of the first mention.
    public var firstParagraph: Int
}

extension SourceRecord {
    /// Keys in snake_case as written: the same with or without the encoder's `convertToSnakeCase`, which then has nothing to convert.
    enum CodingKeys: String, CodingKey {
        case name, type, title, mentions
        case quoteCount = "quote_count"
        case wordsQuoted = "words_quoted"
        case firstParagraph = "first_paragraph"
    }

    /// Encodes a missing title as an explicit null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try encodeFields(into: &container)
    }

    /// Writes the members into an object container opened by the caller (the type as its raw
    /// string, the title as a string or null: what their own conformances write).
    func encodeFields(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
        try container.encode(name, forKey: .name)
        try container.encode(type.rawValue, forKey: .type)
        if let title { try container.encode(title, forKey: .title) } else { try container.encodeNil(forKey: .title) }
        try container.encode(mentions, forKey: .mentions)
        try container.encode(quoteCount, forKey: .quoteCount)
        try container.encode(wordsQuoted, forKey: .wordsQuoted)
        try container.encode(firstParagraph, forKey: .firstParagraph)
    }
}
