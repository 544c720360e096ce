import Copydesk
import Testing
@testable import ToneAnalyzer

/// The drivers listed from a scan's totals — terms made only for the totals that can be listed —
/// are those, in the order, that ranking every total with its term gave.
struct DriverRankingTests {
    /// Every total with its term, ranked by size and then term, the first ten kept and rounded:
    /// the ranking before terms were made for the listed totals alone.
    static func reference(_ totals: [ToneScanner.KeyedTotal], entries: [ToneLexicon.Entry]) -> [ToneAnalyzer.Driver] {
        var drivers = totals.map {
            ToneAnalyzer.Driver(term: ToneScanner.Result.driverTerm($0.key, entries: entries), contribution: $0.total.sum, count: $0.total.count)
        }
        drivers.sort { a, b in
            let x = abs(a.contribution), y = abs(b.contribution)
            return x != y ? x > y : a.term < b.term
        }
        return drivers.prefix(ToneAnalyzer.driverCount).map {
            ToneAnalyzer.Driver(term: $0.term, contribution: ToneAnalyzer.rounded($0.contribution), count: $0.count)
        }
    }

    @Test func listsWhatRankingEveryTotalListed() {
        let entries = defaultTone.lexicon.entries
        var generator = SystemRandomNumberGenerator()
        for round in 0..<500 {
            let count = Int.random(in: 0...(round % 5 == 0 ? 60 : 16), using: &generator)
            var seen = Set<UInt64>()
            var totals: [ToneScanner.KeyedTotal] = []
            for _ in 0..<count {
                // Entries, and shifters with a target before or after them.
                var key = UInt64(Int.random(in: 0..<entries.count, using: &generator))
                if Bool.random(using: &generator) {
                    key |= UInt64(Int.random(in: 1...entries.count, using: &generator)) << 32
                    if Bool.random(using: &generator) { key |= 1 << 63 }
                }
                guard seen.insert(key).inserted else { continue }
                // Few distinct sizes, of both signs, so that many totals tie.
                var sum = Double(Int.random(in: 1...6, using: &generator)) / 4
                if Bool.random(using: &generator) { sum = -sum }
                totals.append(ToneScanner.KeyedTotal(key: key, total: DriverTotal(sum: sum, count: Int.random(in: 1...5, using: &generator))))
            }
            #expect(defaultTone.rankedDrivers(totals) == Self.reference(totals, entries: entries), "round \(round)")
        }
    }

    @Test func listedSizeIsTheTenthLargest() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let sums = (0..<Int.random(in: 11...40, using: &generator)).map { _ in
                Double(Int.random(in: -8...8, using: &generator) | 1) / 2
            }
            let totals = sums.enumerated().map { ToneScanner.KeyedTotal(key: UInt64($0.offset), total: DriverTotal(sum: $0.element, count: 1)) }
            let expected = sums.map { abs($0) }.sorted(by: >)[ToneAnalyzer.driverCount - 1]
            #expect(ToneAnalyzer.listedSize(totals) == expected)
        }
    }
}
