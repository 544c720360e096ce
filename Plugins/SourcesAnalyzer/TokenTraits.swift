import Copydesk

/// What the analyzer tests of one token, packed in eight bytes: the quotation holding it, its
/// first byte when it is punctuation, and its yes/no properties as bits. One column of these
/// replaces a column per property (one allocation and one cache line per token instead of six).
struct TokenTraits: Sendable, Equatable {
    /// Index of the quotation whose range (marks included) holds the token, or -1.
    var quote: Int32 = -1
    /// The first byte of a punctuation token (0 for words).
    var punctuation: UInt8 = 0
    /// `Bit` flags.
    var bits: UInt8 = 0

    /// The properties kept as bits.
    enum Bit {
        /// A word-like token (`TokenKind.isWordLike`).
        static let word: UInt8 = 1 << 0
        /// `Token.Flags.capitalized`.
        static let capitalized: UInt8 = 1 << 1
        /// A quotation mark of a quotation.
        static let mark: UInt8 = 1 << 2
        /// A word ending in a possessive ’s / 's.
        static let possessive: UInt8 = 1 << 3
        /// A word ending in "ed" (a past participle or past tense: "the Kremlin rejected").
        static let endsInEd: UInt8 = 1 << 4
        /// A punctuation token continuing a compound (the hyphen of "national-security").
        static let hyphen: UInt8 = 1 << 5
    }

    @inline(__always) func has(_ bit: UInt8) -> Bool { bits & bit != 0 }

    /// The traits of `token`, whose UTF-8 bytes are `slice`, outside any quotation.
    @inline(__always)
    init(token: Token, slice: UnsafeBufferPointer<UInt8>, capitalized: Token.Flags, compound: Token.Flags) {
        if token.flags.contains(capitalized) { bits |= Bit.capitalized }
        if token.kind.isWordLike {
            bits |= Bit.word
            let n = slice.count
            if n >= 3, slice[n - 1] | 0x20 == 0x64, slice[n - 2] | 0x20 == 0x65 { bits |= Bit.endsInEd }
            if n >= 3, slice[n - 1] | 0x20 == 0x73 {
                if slice[n - 2] == 0x27 { bits |= Bit.possessive }
                if n >= 5, slice[n - 2] == 0x99, slice[n - 3] == 0x80, slice[n - 4] == 0xE2 { bits |= Bit.possessive }
            }
        } else {
            if !slice.isEmpty { punctuation = slice[0] }
            if token.kind == .punctuation, token.flags.contains(compound) { bits |= Bit.hyphen }
        }
    }
}
