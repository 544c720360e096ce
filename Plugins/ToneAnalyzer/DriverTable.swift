import Copydesk

/// The driver totals of a document by driver key, kept in a workspace from one document to the
/// next: the core's `ReusableTermTable`, which visits its keys in the order a fresh
/// `TermTable<DriverTotal>` fed the same updates lists them, so the drivers tied in the ranking
/// come out as they did with a table per document.
typealias DriverTable = ReusableTermTable<DriverTotal>

extension ReusableTermTable where Value == DriverTotal {
    /// An empty table.
    init() { self.init(placeholder: DriverTotal()) }

    /// Adds one contribution of `value` to the total of `key`.
    @inline(__always)
    mutating func add(_ value: Double, to key: UInt64) {
        self[key, default: DriverTotal()].add(value)
    }
}
