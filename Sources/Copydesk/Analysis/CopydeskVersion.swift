/// Versions of the core library and of its output.
public enum CopydeskVersion {
    /// The core library's version (semantic versioning).
    public static let current = "0.1.0"
    /// The version of the JSON output schema; bumped when a field changes meaning or disappears.
    public static let schema = 1
}
