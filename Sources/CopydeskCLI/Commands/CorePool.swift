import Copydesk

/// One `CoreAnalysis` (with its ICU iterators) per worker, kept for the whole run: iterators are
/// cloned once, not per batch. Worker `i` alone uses core `i`, one document at a time, which is
/// what makes sharing the pool between tasks safe.
final class CorePool: @unchecked Sendable {
    private let cores: [CoreAnalysis]

    init(count: Int, cleaner: (any Cleaner)?, bodyOnly: Bool) {
        cores = (0..<max(1, count)).map { _ in CoreAnalysis(cleaner: cleaner, bodyOnly: bodyOnly) }
    }

    var count: Int { cores.count }

    func core(_ worker: Int) -> CoreAnalysis { cores[worker] }
}
