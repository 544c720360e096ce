import Copydesk

/// The per-sentence buffers and the driver table of the tone scan, kept from one document to the next so that their
/// storage is allocated once per worker rather than once per document (most articles are short,
/// and then the allocations were a large part of the analyzer's cost).
///
/// A workspace serves one document at a time (a `WorkspacePool` hands it to one caller); the
/// scanner empties each buffer before every sentence, so no result depends on an earlier document.
final class ToneWorkspace: ReusableWorkspace, @unchecked Sendable {
    var words: [ToneScanner.Word] = []
    var hits: [ToneScanner.Hit] = []
    var contributions: [ToneScanner.Contribution] = []
    /// The storage of a scan's `sentenceSums`: lent to the result and given back after the report
    /// (`reclaim(from:)`).
    var sentenceSums: [ToneScanner.SentenceSums] = []
    /// The storage of a scan's `drivers`, lent and given back as `sentenceSums` is.
    var driverTotals: [ToneScanner.KeyedTotal] = []
    /// The storage of a scan's `loaded`, lent and given back as `sentenceSums` is (a list grown
    /// per document was allocated for every other one).
    var loadedHits: [ToneScanner.LoadedHit] = []
    /// Driver totals of the document.
    var drivers = DriverTable()

    /// Whether the buffers grew past what is worth keeping (a sentence of a great many tokens): such
    /// a workspace is dropped rather than pooled.
    var isOversized: Bool {
        words.capacity > Self.wordLimit || sentenceSums.capacity > Self.wordLimit || driverTotals.capacity > Self.wordLimit
            || loadedHits.capacity > Self.wordLimit
    }

    /// Takes back the storage of `result.sentenceSums`, `result.drivers` and `result.loaded` for
    /// the next document (the result's lists are left empty).
    func reclaim(from result: inout ToneScanner.Result) {
        swap(&sentenceSums, &result.sentenceSums)
        swap(&driverTotals, &result.drivers)
        swap(&loadedHits, &result.loaded)
    }

    /// Buffers for sentences longer than this (or for documents of more sentences) are not kept.
    static let wordLimit = 1 << 16
}
