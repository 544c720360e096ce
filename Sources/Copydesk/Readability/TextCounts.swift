/// The counts readability formulas are built from. See `Docs/readability.md` for every rule.
public struct TextCounts: Sendable, Encodable, Equatable {
    /// Unicode scalars of the analyzed text, white space excluded.
    public var characters: Int = 0
    /// Letters (and ideographs) in words.
    public var letters: Int = 0
    /// Words: word, number and ideographic tokens; a hyphenated compound counts once.
    public var words: Int = 0
    /// Sentences.
    public var sentences: Int = 0
    /// Paragraphs.
    public var paragraphs: Int = 0
    /// Syllables in words (0 for languages without a syllable counter).
    public var syllables: Int = 0
    /// Words of three or more syllables.
    public var polysyllabicWords: Int = 0
    /// Gunning's complex words: 3+ syllables, not capitalized names, not hyphenated compounds,
    /// not reaching 3 only through -es, -ed or -ing.
    public var complexWords: Int = 0
    /// Words of seven or more letters.
    public var longWords: Int = 0
    /// Words of one syllable.
    public var monosyllabicWords: Int = 0
    /// Words per sentence.
    public var averageSentenceLength: Double = 0
    /// Syllables per word (0 without a syllable counter).
    public var averageSyllablesPerWord: Double = 0
    /// Minutes to read at 238 words a minute (or 500 characters a minute for CJK).
    public var readingTimeMinutes: Double = 0

    public init() {}
}
