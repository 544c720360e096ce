import Synchronization

/// A shareable atomic flag.
final class FlagBox: Sendable {
    let value = Atomic<Bool>(false)
    /// Whether the flag is set.
    var isSet: Bool { value.load(ordering: .relaxed) }
}
