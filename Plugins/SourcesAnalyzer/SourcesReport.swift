import Copydesk

/// The `sources` report of one document.
public struct SourcesReport: Encodable, Sendable, Equatable {
    public var attributions: [AttributionRecord]
    public var sources: [SourceRecord]
    public var distinctSources: Int
    public var named: Int
    public var anonymous: Int
    public var organizations: Int
    public var documents: Int
    /// Attributions carrying a quotation (direct or mixed).
    public var directQuotes: Int
    /// Words inside attributed-or-kept quotations / all words.
    public var quotedWordShare: Double
    /// Exactly one distinct source.
    public var singleSource: Bool
    /// More than half of the distinct sources are anonymous.
    public var anonymousMajority: Bool
}

extension SourcesReport {
    /// Keys in snake_case as written, in output order: the same with or without the encoder's
    /// `convertToSnakeCase`, which then has nothing to convert.
    enum CodingKeys: String, CodingKey {
        case attributions, sources
        case distinctSources = "distinct_sources"
        case named, anonymous, organizations, documents
        case directQuotes = "direct_quotes"
        case quotedWordShare = "quoted_word_share"
        case singleSource = "single_source"
        case anonymousMajority = "anonymous_majority"
    }
}

extension SourcesReport: JSONWritable {
    /// The bytes of the synthesized `Encodable` conformance, written directly.
    public func writeJSON(to json: inout JSONWriter) throws {
        json.beginObject()
        json.key("attributions"); try json.array(attributions)
        json.key("sources"); try json.array(sources)
        json.key("distinct_sources"); json.integer(distinctSources)
        json.key("named"); json.integer(named)
        json.key("anonymous"); json.integer(anonymous)
        json.key("organizations"); json.integer(organizations)
        json.key("documents"); json.integer(documents)
        json.key("direct_quotes"); json.integer(directQuotes)
        json.key("quoted_word_share"); try json.number(quotedWordShare)
        json.key("single_source"); json.bool(singleSource)
        json.key("anonymous_majority"); json.bool(anonymousMajority)
        json.endObject()
    }
}
