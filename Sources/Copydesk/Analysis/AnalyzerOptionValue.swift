/// A typed option value from the configuration file or the command line.
public enum AnalyzerOptionValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case list([String])

    /// The type of an option.
    public enum Kind: String, Sendable {
        case string, number, boolean, list, path
    }
}
