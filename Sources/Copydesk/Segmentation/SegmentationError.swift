import CopydeskICU

/// Why a text could not be segmented.
public enum SegmentationError: Error, Sendable, CustomStringConvertible {
    /// ICU reported an error code.
    case icu(operation: String, code: Int32)
    /// The text is longer than ICU's 32-bit offsets allow.
    case textTooLong(bytes: Int)

    public var description: String {
        switch self {
        case .icu(let operation, let code):
            "ICU failed in \(operation): \(String(cString: cd_icu_error_name(code)))"
        case .textTooLong(let bytes):
            "document of \(bytes) bytes is over the 2 GiB limit of one document"
        }
    }
}
