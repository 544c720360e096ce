/// What a token is, from ICU's word-break rule status and, for the rest, the Unicode category.
public enum TokenKind: UInt8, Sendable, Codable, CaseIterable, BitwiseCopyable {
    /// Letters (ICU status 200–299), including contractions ("don't") and possessives ("Russia's").
    case word
    /// A number, with its separators ("1,000.5") (ICU status 100–199).
    case number
    /// Kana or ideographs (ICU status 300–499), segmented by ICU's dictionaries.
    case ideographic
    /// Punctuation: quotes, dashes, brackets, full stops.
    case punctuation
    /// Symbols and emoji (currency, math, pictographs, emoji sequences).
    case symbol

    /// Words, numbers and ideographic tokens: what counts as a word.
    @inlinable
    public var isWordLike: Bool { self == .word || self == .number || self == .ideographic }

    /// The lowercase name used in JSON output.
    public var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .ideographic: "ideographic"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        }
    }
}
