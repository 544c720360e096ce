/// The values of one figure of a run summary (`--summary`) in bounded memory: every value up to
/// `capacity`, then a uniform random sample of `capacity` of them (reservoir sampling, Vitter's
/// algorithm R, with a fixed seed so a run repeats itself). The mean is exact either way; the
/// percentiles are exact up to `capacity` values and estimated from the sample beyond (the rank
/// of an estimated median is off by about 0.5/√capacity, 0.2 percentile points at 65,536).
struct FigureSample {
    /// How many values are kept: 65,536 doubles, 512 KiB per figure.
    static let defaultCapacity = 1 << 16

    let capacity: Int
    /// How many values were added.
    private(set) var count = 0
    private var sum = 0.0
    private var values: [Double] = []
    private var random = SplitMix64(seed: 0x436F_7079_6465_736B)   // "Copydesk"

    init(capacity: Int = FigureSample.defaultCapacity) {
        precondition(capacity > 0, "a sample keeps at least one value")
        self.capacity = capacity
    }

    /// Whether the percentiles are exact: no value has been left out yet.
    var isExact: Bool { count <= capacity }

    mutating func add(_ value: Double) {
        count += 1
        sum += value
        if values.count < capacity {
            values.append(value)
        } else {
            // Keep the new value with probability capacity/count, in place of a uniformly chosen one.
            let slot = Int(random.next() % UInt64(count))
            if slot < capacity { values[slot] = value }
        }
    }

    /// The mean and the 10th, 50th and 90th percentiles (nearest rank), or zeros when empty.
    func statistics() -> (mean: Double, p10: Double, median: Double, p90: Double) {
        guard count > 0 else { return (0, 0, 0, 0) }
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))] }
        // While every value is kept, sum them in order of size, as the summary always has: the
        // mean of a small run reads the same as before sampling existed.
        let mean = isExact ? sorted.reduce(0, +) / Double(count) : sum / Double(count)
        return (mean, percentile(0.1), percentile(0.5), percentile(0.9))
    }
}
