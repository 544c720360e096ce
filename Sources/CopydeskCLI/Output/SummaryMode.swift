import ArgumentParser

/// Where `--summary` writes the run's aggregate.
enum SummaryMode: String, ExpressibleByArgument, CaseIterable, Sendable {
    case none, stderr, record
}
