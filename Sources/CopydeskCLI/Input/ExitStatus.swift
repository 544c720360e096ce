import ArgumentParser

/// The exit codes of `analyze`, following BSD `sysexits.h`.
public enum ExitStatus {
    /// Everything was analyzed.
    public static let success: Int32 = 0
    /// Some documents failed; their records say why.
    public static let someDocumentsFailed: Int32 = 1
    /// The command line is wrong (unknown option or plugin id).
    public static let usage: Int32 = 64
    /// Input data is invalid (invalid UTF-8 with `--strict`, a binary file).
    public static let dataError: Int32 = 65
    /// An input file does not exist or cannot be opened.
    public static let noInput: Int32 = 66
    /// Reading or writing failed.
    public static let ioError: Int32 = 74

    /// The help text that documents these codes.
    static let help = """
    Exit status: 0 success; 1 some documents failed (their records say why); 64 usage error \
    (unknown option or plugin); 65 invalid input data (binary file, invalid UTF-8 with --strict); \
    66 missing or unreadable input; 74 I/O error.
    """
}
