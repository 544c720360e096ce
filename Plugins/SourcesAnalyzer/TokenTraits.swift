import Copydesk

/// What the analyzer tests of one token, packed in eight bytes: the quotation holding it, its
/// first byte when it is punctuation, and its yes/no properties as bits (a word's ending is
/// read from the text when asked: `endsInEd(_:)`, `endsInPossessive(_:)`). One column of these
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

    /// The traits of `token`, outside any quotation; `bytes` is the document's UTF-8 text, not
    /// empty (an empty text is read as one zero byte: the caller tests it once, not per token).
    /// `wordKinds` is `wordLikeKinds`, read once by the caller. A word's ending ("ed", "'s") is not read
    /// here but by `endsInEd(_:)` and `endsInPossessive(_:)` when asked: few tokens are asked,
    /// and reading the last bytes of every word (and branching on its length) was most of the
    /// cost of the column.
    ///
    /// Without a branch on the token's kind (words and punctuation alternate unpredictably, and
    /// the branch was mispredicted at each change): the first byte of every token is read, and
    /// a word's is masked out.
    @inline(__always)
    init(token: Token, bytes: UnsafeBufferPointer<UInt8>, capitalized: Token.Flags, compound: Token.Flags, wordKinds: UInt32) {
        let start = Int(token.range.start)
        // Any byte for an empty token (masked below). `bytes` is not empty, so the index is in it.
        let first = bytes[min(start, bytes.count &- 1)]
        let word = UInt8(truncatingIfNeeded: wordKinds >> UInt32(token.kind.rawValue & 31) & 1)     // Bit.word or 0
        let notWord = word &- 1                                                                      // 0xFF or 0
        let nonEmpty: UInt8 = token.range.end > token.range.start ? 0xFF : 0
        punctuation = first & notWord & nonEmpty
        let capitalizedBit: UInt8 = token.flags.contains(capitalized) ? Bit.capitalized : 0
        let hyphenBit: UInt8 = token.kind == .punctuation && token.flags.contains(compound) ? Bit.hyphen : 0
        bits = word | capitalizedBit | hyphenBit & notWord
    }

    /// Whether a word of three bytes or more, whose UTF-8 bytes are `word`, ends in "ed" (any
    /// case): a past participle or past tense ("the Kremlin rejected").
    static func endsInEd(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        return n >= 3 && word[n - 1] | 0x20 == 0x64 && word[n - 2] | 0x20 == 0x65
    }

    /// Whether a word of three bytes or more, whose UTF-8 bytes are `word`, ends in a possessive
    /// 's or ’s (E2 80 99 73), the s of any case.
    static func endsInPossessive(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n >= 3, word[n - 1] | 0x20 == 0x73 else { return false }
        let previous = word[n - 2]
        return previous == 0x27 || (previous == 0x99 && n >= 5 && word[n - 3] == 0x80 && word[n - 4] == 0xE2)
    }
}
