/// One token: a byte range of the document's text with its kind. Twelve bytes, no `String`.
public struct Token: Hashable, Sendable, BitwiseCopyable {
    /// Where the token is in the document's UTF-8 text.
    public var range: TextRange
    /// What the token is.
    public var kind: TokenKind
    /// Extra facts about the token.
    public var flags: Flags

    /// A token over `range`.
    @inlinable
    public init(range: TextRange, kind: TokenKind, flags: Flags = []) {
        self.range = range
        self.kind = kind
        self.flags = flags
    }

    /// Facts about a token beyond its kind.
    public struct Flags: OptionSet, Hashable, Sendable, BitwiseCopyable {
        public let rawValue: UInt8
        @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The token continues a hyphenated compound: it is a hyphen directly between two words,
        /// or the word directly after such a hyphen ("well-known" is `well`, `-`+, `known`+).
        public static let continuesCompound = Flags(rawValue: 1 << 0)
        /// The first character is an uppercase letter.
        public static let capitalized = Flags(rawValue: 1 << 1)
        /// Every letter is uppercase and there are at least two.
        public static let allCaps = Flags(rawValue: 1 << 2)
        /// The token contains a byte outside ASCII.
        public static let nonASCII = Flags(rawValue: 1 << 3)
    }
}
