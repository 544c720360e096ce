/// Counts syllables in single words of one language.
///
/// Implementations must be cheap to call on every token: the word arrives as UTF-8 bytes in its
/// original case, and no `String` should be created on the common path.
public protocol SyllableCounter: Sendable {
    /// The syllables in `word` (UTF-8, any case). At least 1 for a word that has a letter; 0 otherwise.
    func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int
}

extension SyllableCounter {
    /// Convenience for tests and tools: the syllables in a word given as a string.
    public func syllables(in word: String) -> Int {
        var copy = word
        return copy.withUTF8 { syllables(inWord: $0) }
    }
}
