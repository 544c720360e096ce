import Copydesk

/// The buffers of one document's analysis, kept for the next document so that their storage is
/// allocated once per worker rather than once per document (most articles are short, and then
/// the allocations were most of the analyzer's fixed cost).
///
/// A workspace serves one document at a time (a `WorkspacePool` hands it out to one caller),
/// and each buffer is moved out, filled and moved back without overlapping accesses: the buffers
/// are `@exclusivity(unchecked)`, which saves the runtime's access bookkeeping (a thread-local
/// set updated twice per access, a twentieth of a short document's cost).
/// Each buffer is emptied, keeping its capacity, when the next document fills it; the document's
/// views (`TokenView`, the builder's locals) share the storage meanwhile and are gone by then, so
/// the refill finds it uniquely referenced and writes in place.
final class SourcesWorkspace: ReusableWorkspace, @unchecked Sendable {
    /// `TokenView` columns per quotation (its per-token traits are a new array, written once).
    @exclusivity(unchecked) var quoteTokens: [Range<Int>] = []
    @exclusivity(unchecked) var quoteWords: [Int] = []
    /// The frames of the document, in sentence order.
    @exclusivity(unchecked) var frames: [AttributionFrame] = []
    /// Per token: the sentence of the frame whose own speaker covers it, or -1 (filled only for a
    /// sentence with many frames).
    @exclusivity(unchecked) var speakerCoverage: [Int32] = []
    /// Per token: the frame whose first (last) token it is, or -1.
    @exclusivity(unchecked) var frameByFirst: [Int32] = []
    @exclusivity(unchecked) var frameByLast: [Int32] = []
    /// Per quotation: the next quotation linked to the same frame, or -1.
    @exclusivity(unchecked) var nextQuote: [Int32] = []
    /// Frames ordered by their last token (built only when a quotation looks for an earlier speaker).
    @exclusivity(unchecked) var framesByEnd: [Int] = []
    /// Attributions before their sources are resolved, and the source of each record.
    @exclusivity(unchecked) var pendings: [PendingAttribution] = []
    @exclusivity(unchecked) var recordSources: [Int32] = []
    /// Capitalized words by hash, for the current document (built when first asked).
    let capitalizedOccurrences = CapitalizedOccurrences()
    /// Titles before each surname elsewhere in the current document (found when first asked).
    let surnameTitles = SurnameTitles()
    /// The source registry, emptied for each document (nil while a document uses it).
    @exclusivity(unchecked) var registry: SourceRegistry? = SourceRegistry()

    /// Whether the buffers grew past what is worth keeping for the next document (a very long
    /// document): such a workspace is dropped rather than kept in the pool.
    var isOversized: Bool { speakerCoverage.capacity > Self.tokenLimit || frameByFirst.capacity > Self.tokenLimit || frames.capacity > Self.tokenLimit / 8 }

    /// Token columns larger than this (about 8 MB of text) are not kept.
    private static let tokenLimit = 1 << 20

    /// Empties `array` keeping its capacity, and hands it out uniquely referenced.
    static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        if !taken.isEmpty { taken.removeAllKeepingCapacity() }     // often left empty (no quotation, no frame)
        return taken
    }
}
