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
