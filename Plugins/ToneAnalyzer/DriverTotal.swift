/// What one driver key (an entry, or a shifter with its target) added up to in a document.
///
/// A struct rather than a `(sum, count)` tuple: `TermTable.entries` is generic code, and a
/// tuple's type metadata is looked up at run time on every access there, a struct's is static.
struct DriverTotal: Sendable, Equatable {
    /// The sum of its contributions to the sentence sums.
    var sum = 0.0
    /// How many contributions.
    var count = 0

    /// Adds one contribution.
    mutating func add(_ value: Double) {
        sum += value
        count += 1
    }
}
