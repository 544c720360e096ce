/// Something that went wrong with one document, recorded in its output record.
public struct DocumentIssue: Error, Sendable, Encodable, Equatable {
    /// A stable snake_case code: `invalid_json`, `missing_text_field`, `invalid_utf8`, `binary_input`,
    /// `unreadable_input`, `segmentation_failed`, `plugin_failed`, `empty_input`.
    public var code: String
    /// A message for a person.
    public var message: String
    /// The plugin that failed, for `plugin_failed`.
    public var plugin: String?
    /// The 1-based line of a JSON Lines input, when the record came from one.
    public var line: Int?

    public init(code: String, message: String, plugin: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.plugin = plugin
        self.line = line
    }
}
