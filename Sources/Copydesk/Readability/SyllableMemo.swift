/// Syllable counts of words, each distinct spelling counted once: news text repeats most of its
/// words, and the spelling rules cost far more than a table lookup. A memo serves one document or,
/// kept by `CoreAnalysis`, every document of one language in a task; it starts over when it
/// holds `limit` spellings, so memory stays bounded.
/// Keys are hashes of the exact bytes, because case matters ("US" is spelled out, "us" is not).
struct SyllableMemo {
    /// The most spellings remembered before the memo starts over.
    static let limit = 1 << 17
    private let counter: any SyllableCounter
    private let hasCounter: Bool
    private var counts: TermTable<UInt8>

    init(counter: (any SyllableCounter)?, expectedWords: Int) {
        self.counter = counter ?? NoSyllables()
        self.hasCounter = counter != nil
        self.counts = TermTable(minimumCapacity: min(expectedWords, 1 << 16))
    }

    /// Syllables of a word token: from the counter for words, 1 for a number (see
    /// `Docs/readability.md`), 0 otherwise or without a counter.
    mutating func syllables(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int {
        guard hasCounter else { return 0 }
        switch token.kind {
        case .word: return syllables(inWord: UnsafeBufferPointer(rebasing: bytes[token.range.offsets]))
        case .number: return 1
        default: return 0
        }
    }

    /// Syllables of `word` (UTF-8) from the counter, remembered by spelling.
    mutating func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int {
        guard hasCounter else { return 0 }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the exact bytes
        for byte in word { key = (key ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        if let known = counts[key] { return Int(known) }
        let count = counter.syllables(inWord: word)
        if counts.count >= Self.limit { counts = TermTable(minimumCapacity: Self.limit / 8) }
        counts[key] = UInt8(clamping: count)
        return count
    }
}

/// The counter of a memo without one (never asked).
private struct NoSyllables: SyllableCounter {
    func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int { 0 }
}
