/// Why an input could not be read.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// The message for the user, naming the input.
    public let message: String
    /// The exit code the failure maps to (see `ExitStatus`).
    public let exitCode: Int32

    public var description: String { message }

    static func missing(_ path: String) -> InputError {
        InputError(message: "\(path): no such file", exitCode: ExitStatus.noInput)
    }
    static func noMatch(_ pattern: String) -> InputError {
        InputError(message: "\(pattern): no file matches this pattern", exitCode: ExitStatus.noInput)
    }
    static func directory(_ path: String) -> InputError {
        InputError(message: "\(path): is a directory (give a file, or use `analyze` which reads directories)", exitCode: ExitStatus.noInput)
    }
    static func unreadable(_ path: String, _ reason: String) -> InputError {
        InputError(message: "\(path): cannot read: \(reason)", exitCode: ExitStatus.noInput)
    }
    static func binary(_ path: String, _ evidence: String) -> InputError {
        InputError(message: "\(path): looks like a binary file (\(evidence)), not text", exitCode: ExitStatus.dataError)
    }
    static func invalidUTF8(_ path: String, offset: Int) -> InputError {
        InputError(message: "\(path): invalid UTF-8 at byte \(offset)", exitCode: ExitStatus.dataError)
    }
}
