#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the terminal can show. Progress goes to standard error only when it is a terminal,
/// `TERM` is not `dumb`, and it never changes what goes to standard output.
enum Terminal {
    static var standardErrorIsInteractive: Bool {
        guard isatty(2) == 1 else { return false }
        return ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
