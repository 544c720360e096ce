/// One field of an analyzer's report.
public struct OutputField: Sendable {
    /// The snake_case JSON key.
    public let name: String
    /// What a value is.
    public let kind: Kind
    /// What it means.
    public let summary: String

    /// The JSON type of a field. Scalars become CSV columns `<plugin>_<field>`.
    public enum Kind: String, Sendable {
        case number, integer, string, boolean, array, object
        /// Whether the field fits in one CSV cell.
        public var isScalar: Bool { self != .array && self != .object }
    }

    public init(_ name: String, _ kind: Kind, _ summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }
}
