/// Why an analyzer could not be set up or could not analyze a document.
public enum AnalyzerError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The configuration is wrong (an unknown key, a bad value, an unreadable word list).
    case invalidConfiguration(String)
    /// The document cannot be analyzed by this analyzer.
    case failed(String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let message): message
        case .failed(let message): message
        }
    }
}
