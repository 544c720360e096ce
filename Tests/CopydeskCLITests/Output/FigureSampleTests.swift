import Testing
@testable import CopydeskCLI

struct FigureSampleTests {
    /// The nearest-rank statistics of all of `values`, as the summary computed them before it sampled.
    private func exactStatistics(_ values: [Double]) -> [Double] {
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))] }
        return [sorted.reduce(0, +) / Double(sorted.count), percentile(0.1), percentile(0.5), percentile(0.9)]
    }

    private func figures(_ sample: FigureSample) -> [Double] {
        let statistics = sample.statistics()
        return [statistics.mean, statistics.p10, statistics.median, statistics.p90]
    }

    @Test func anEmptySampleGivesZeros() {
        #expect(figures(FigureSample()) == [0, 0, 0, 0])
    }

    /// Up to its capacity a sample keeps every value: the figures are exact, and equal, bit for bit,
    /// to those of the whole list.
    @Test func upToItsCapacityEveryValueCounts() {
        var generator = SplitMix64(seed: 7)
        var sample = FigureSample(capacity: 500)
        var values: [Double] = []
        for _ in 0..<500 {
            let value = Double(generator.next() % 20_000) / 100 - 50
            values.append(value)
            sample.add(value)
        }
        #expect(sample.isExact && sample.count == 500)
        #expect(figures(sample) == exactStatistics(values))
    }

    /// Beyond its capacity the mean stays exact and the percentiles are estimated from a uniform
    /// sample: of 0..<100,000 in a shuffled order, a sample of 2,000 puts each within 2 % of the range.
    @Test func beyondItsCapacityPercentilesAreCloseAndTheMeanExact() {
        var generator = SplitMix64(seed: 11)
        let values = (0..<100_000).map(Double.init).shuffled(using: &generator)
        var sample = FigureSample(capacity: 2_000)
        for value in values { sample.add(value) }
        #expect(!sample.isExact && sample.count == 100_000)
        let (mean, p10, median, p90) = sample.statistics()
        #expect(mean == 49_999.5)
        #expect(abs(p10 - 10_000) < 2_000 && abs(median - 50_000) < 2_000 && abs(p90 - 90_000) < 2_000, "\(p10) \(median) \(p90)")
    }

    /// A sample sees late values as often as early ones: values that grow with their position
    /// (an archive in date order) still give the median of the whole run.
    @Test func lateValuesAreSampledAsOftenAsEarlyOnes() {
        var sample = FigureSample(capacity: 1_000)
        for value in 0..<200_000 { sample.add(Double(value)) }
        let median = sample.statistics().median
        #expect(abs(median - 100_000) < 6_000, "\(median)")
    }

    /// The same values in the same order give the same figures: a run repeats itself.
    @Test func theSameRunGivesTheSameFigures() {
        var first = FigureSample(capacity: 100), second = FigureSample(capacity: 100)
        for value in 0..<10_000 {
            first.add(Double(value % 977))
            second.add(Double(value % 977))
        }
        #expect(figures(first) == figures(second))
    }
}
