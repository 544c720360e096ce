import Copydesk

/// One distinct source, with its mentions merged.
public struct SourceRecord: Encodable, Sendable, Equatable {
    /// The normalised name: a person's name without title or appositive, or the phrase as written.
    public var name: String
    public var type: SourceType
    /// The title or role kept apart from the name ("Trump’s national-security adviser").
    @NullWhenAbsent public var title: String? = nil
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
}

extension SourceRecord: JSONWritable {
    /// The bytes of the synthesized `Encodable` conformance (the type as its raw string, a
    /// missing title as null), written directly.
    public func writeJSON(to json: inout JSONWriter) throws {
        json.beginObject()
        json.key("name"); json.string(name)
        json.key("type"); json.string(type.rawValue)
        json.key("title"); json.string(title)
        json.key("mentions"); json.integer(mentions)
        json.key("quote_count"); json.integer(quoteCount)
        json.key("words_quoted"); json.integer(wordsQuoted)
        json.key("first_paragraph"); json.integer(firstParagraph)
        json.endObject()
    }
}
