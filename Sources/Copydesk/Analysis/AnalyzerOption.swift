/// One option an analyzer accepts.
public struct AnalyzerOption: Sendable {
    /// The option's snake_case key (`lexicon`, `neutral_band`).
    public let key: String
    /// What it does.
    public let summary: String
    /// The type of its value.
    public let type: AnalyzerOptionValue.Kind
    /// Its default, as text, for the help.
    public let defaultValue: String?

    public init(key: String, summary: String, type: AnalyzerOptionValue.Kind, defaultValue: String? = nil) {
        self.key = key
        self.summary = summary
        self.type = type
        self.defaultValue = defaultValue
    }
}
