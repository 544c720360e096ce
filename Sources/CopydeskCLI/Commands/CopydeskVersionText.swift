import Copydesk

/// The version string shown by `--version`.
enum CopydeskVersionText {
    static let value = CopydeskVersion.current
}
