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
    /// Keys in snake_case as written: the same with or without the encoder's `convertToSnakeCase`, which then has nothing to convert.
    enum CodingKeys: String, CodingKey {
        case attributions, sources, named, anonymous, organizations, documents
        case distinctSources = "distinct_sources"
        case directQuotes = "direct_quotes"
        case quotedWordShare = "quoted_word_share"
        case singleSource = "single_source"
        case anonymousMajority = "anonymous_majority"
    }

    /// The members in declaration order, as the synthesized conformance writes them; the lists
    /// are written element by element into nested containers, without a generic round trip per
    /// record.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var attributionList = container.nestedUnkeyedContainer(forKey: .attributions)
        for attribution in attributions {
            var nested = attributionList.nestedContainer(keyedBy: AttributionRecord.CodingKeys.self)
            try attribution.encodeFields(into: &nested)
        }
        var sourceList = container.nestedUnkeyedContainer(forKey: .sources)
        for source in sources {
            var nested = sourceList.nestedContainer(keyedBy: SourceRecord.CodingKeys.self)
            try source.encodeFields(into: &nested)
        }
        try container.encode(distinctSources, forKey: .distinctSources)
        try container.encode(named, forKey: .named)
        try container.encode(anonymous, forKey: .anonymous)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(documents, forKey: .documents)
        try container.encode(directQuotes, forKey: .directQuotes)
        try container.encode(quotedWordShare, forKey: .quotedWordShare)
        try container.encode(singleSource, forKey: .singleSource)
        try container.encode(anonymousMajority, forKey: .anonymousMajority)
    }
}
