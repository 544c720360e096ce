/// What an analyzer is, what it needs, what it can be told and what it reports: shown by
/// `analyze plugins`, used to order the pipeline and to build CSV columns.
public struct AnalyzerDescription: Sendable {
    /// The snake_case identifier users type (`--plugins tone,sources`), and the key under `plugins` in output.
    public let id: String
    /// A human name ("Tone").
    public let name: String
    /// One sentence on what it measures.
    public let summary: String
    /// The analyzer's own version (semantic versioning).
    public let version: String
    /// The oldest Copydesk core version whose API the analyzer was written for.
    public let minimumCoreVersion: String
    /// Ids of analyzers whose results this one reads; they run first.
    public let requires: [String]
    /// Options it accepts in the configuration file or on the command line.
    public let options: [AnalyzerOption]
    /// The fields of its report.
    public let outputFields: [OutputField]

    /// A description. `id` must be snake_case.
    public init(
        id: String, name: String, summary: String, version: String,
        minimumCoreVersion: String = CopydeskVersion.current, requires: [String] = [],
        options: [AnalyzerOption] = [], outputFields: [OutputField]
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.version = version
        self.minimumCoreVersion = minimumCoreVersion
        self.requires = requires
        self.options = options
        self.outputFields = outputFields
    }
}
