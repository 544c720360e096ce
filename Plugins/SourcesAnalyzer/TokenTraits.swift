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

    /// A bit per `TokenKind` raw value (below 32) whose kind `isWordLike`, for `init(token:…)`.
    static let wordLikeKinds: UInt32 = {
        var kinds: UInt32 = 0
        for kind in TokenKind.allCases where kind.isWordLike {
            precondition(kind.rawValue < 32, "a token kind of a bit")
            kinds |= 1 << UInt32(kind.rawValue)
        }
        return kinds
    }()

    /// No property, outside any quotation: what a column is filled with before its tokens are read.
    init() {}

    /// The traits of `token`, whose UTF-8 bytes are `slice`, outside any quotation. `wordKinds`
    /// is `wordLikeKinds`, read once by the caller; a word's last two bytes are tested with
    /// selects rather than branches (whether a word ends in "ed" or "'s" varies word by word).
    @inline(__always)
    init(token: Token, slice: UnsafeBufferPointer<UInt8>, capitalized: Token.Flags, compound: Token.Flags, wordKinds: UInt32) {
        let n = slice.count
        let capitalizedBit: UInt8 = token.flags.contains(capitalized) ? Bit.capitalized : 0
        if wordKinds >> UInt32(token.kind.rawValue & 31) & 1 != 0 {
            var bits = Bit.word | capitalizedBit
            if n >= 3 {
                let last = slice[n - 1] | 0x20, previous = slice[n - 2]
                // "ed" / "ED"; "'s" (the curly ’s, E2 80 99 73, is rare: a branch seldom taken).
                let ed: UInt8 = (last == 0x64 ? 1 : 0) & (previous | 0x20 == 0x65 ? 1 : 0)
                var possessive: UInt8 = (last == 0x73 ? 1 : 0) & (previous == 0x27 ? 1 : 0)
                if previous == 0x99, last == 0x73, n >= 5, slice[n - 3] == 0x80, slice[n - 4] == 0xE2 { possessive = 1 }
                bits |= ed &* Bit.endsInEd | possessive &* Bit.possessive
            }
            self.bits = bits
        } else {
            if n > 0 { punctuation = slice[0] }
            bits = capitalizedBit | (token.kind == .punctuation && token.flags.contains(compound) ? Bit.hyphen : 0)
        }
    }
}
