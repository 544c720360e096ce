import Copydesk

/// The document's tokens with their hashes and quotation membership, computed once per document.
///
/// A class: the extractor, the speaker finder and the report builder all hold the view, and
/// sharing one reference costs a retain where copying the struct retained each of its arrays
/// and the document's. Its quotation columns are the workspace's buffers, refilled for each document.
final class TokenView: Sendable {
    let document: AnalyzedDocument
    let tokens: [Token]
    /// `TermHash` of each token: the core's `tokenHashes` (only words are looked up in word lists).
    let hashes: [UInt64]
    /// What is tested of each token (`TokenTraits`).
    let traits: [TokenTraits]
    /// Per quotation: its token range (marks included; empty when it holds no token) and the
    /// number of word-like tokens of its content.
    let quoteTokens: [Range<Int>]
    let quoteWords: [Int]
    /// The number of word-like tokens of the document.
    let wordCount: Int
    /// The document's text, read once: its bytes are borrowed through `withUTF8(_:)`.
    private let text: String

    /// The view of `document`, with its columns in a new workspace (for tests).
    convenience init(_ document: AnalyzedDocument) {
        self.init(document, workspace: SourcesWorkspace())
    }

    /// The view of `document`, its quotation columns filled in `workspace`'s buffers.
    init(_ document: AnalyzedDocument, workspace: SourcesWorkspace) {
        self.document = document
        let text = document.text
        self.text = text
        let tokens = document.tokens
        self.tokens = tokens
        hashes = document.tokenHashes
        let quotations = document.quotations
        // Moved out of the workspace while filled, so each buffer is uniquely referenced here.
        var quoteTokens = SourcesWorkspace.take(&workspace.quoteTokens)
        var quoteWords = SourcesWorkspace.take(&workspace.quoteWords)
        if !quotations.isEmpty {       // most short documents have none (an empty append still costs a call)
            quoteTokens.append(contentsOf: repeatElement(0..<0, count: quotations.count))
            quoteWords.append(contentsOf: repeatElement(0, count: quotations.count))
        }
        // The traits column is a new array written once, token by token: a buffer kept in the
        // workspace had to be filled with placeholders first (an array's count grows only by
        // initialized elements), which cost more than the allocation it saved.
        var words = 0
        let traits = [TokenTraits](unsafeUninitializedCapacity: tokens.count) { column, initialized in
            words = Self.withUTF8(of: text) { bytes in
                Self.fill(column, quoteTokens: &quoteTokens, quoteWords: &quoteWords, tokens: tokens, quotations: quotations, bytes: bytes)
            }
            initialized = tokens.count
        }
        wordCount = words
        workspace.quoteTokens = quoteTokens; workspace.quoteWords = quoteWords
        self.traits = traits
        self.quoteTokens = quoteTokens
        self.quoteWords = quoteWords
    }

    /// The traits of the tokens, written in `traits` (uninitialized memory, a slot per token),
    /// then the token range and content words of each quotation; returns the number of
    /// word-like tokens.
    private static func fill(_ traits: UnsafeMutableBufferPointer<TokenTraits>, quoteTokens: inout [Range<Int>], quoteWords: inout [Int],
                             tokens: [Token], quotations: [Quotation], bytes: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(traits.count >= tokens.count, "a slot per token")
        guard !tokens.isEmpty else { return 0 }
        // An empty text (which no token reads) is read as one zero byte: the loop below then
        // reads the first byte of each token without a test of the text's length.
        if bytes.isEmpty {
            return Self.zeroByte.withUnsafeBufferPointer { zero in
                fill(traits, quoteTokens: &quoteTokens, quoteWords: &quoteWords, tokens: tokens, quotations: quotations, bytes: zero)
            }
        }
        // The token flags tested, read once: each use of `Token.Flags.capitalized` and the like
        // calls the core's accessor of the static.
        let capitalized = Token.Flags.capitalized, compound = Token.Flags.continuesCompound
        let wordKinds = TokenTraits.wordLikeKinds
        // The column is written through its buffer (plain memory, the count in a register) rather
        // than appended to token by token; the tokens of quotations are marked in a second pass,
        // which leaves the first one, over every token, without a test of the quotations. The
        // slots' address is unwrapped once: `traits` has a slot per token, and there is a token.
        let column = traits.baseAddress!
        var words = 0
        tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
                let token = tokens[index]
                let trait = TokenTraits(token: token, bytes: bytes,
                                        capitalized: capitalized, compound: compound, wordKinds: wordKinds)
                words &+= trait.has(TokenTraits.Bit.word) ? 1 : 0
                (column + index).initialize(to: trait)     // index < tokens.count <= traits.count
            }
            // A token belongs to the first quotation not ended before it, if that one has
            // started (quotations are in text order): the tokens of quotations are walked once.
            var index = 0
            for q in quotations.indices {
                let range = quotations[q].range, content = quotations[q].content
                // The tokens before the quotation (most of the text) are skipped by a binary
                // search: tokens are in text order.
                var high = tokens.count
                while index < high {
                    let middle = (index + high) / 2
                    if tokens[middle].range.start < range.start { index = middle + 1 } else { high = middle }
                }
                let first = index
                while index < tokens.count, tokens[index].range.start < range.end {
                    let position = tokens[index].range.start
                    traits[index].quote = Int32(q)
                    if position < content.start || position >= content.end {
                        traits[index].bits |= TokenTraits.Bit.mark
                    } else if traits[index].has(TokenTraits.Bit.word) {
                        quoteWords[q] += 1
                    }
                    index += 1
                }
                if index > first { quoteTokens[q] = first..<index }
            }
        }
        return words
    }

    /// The text `fill` reads for an empty document.
    private static let zeroByte: [UInt8] = [0]

    /// Calls `body` with the text's UTF-8 bytes, as `AnalyzedDocument.withUTF8` does, but
    /// specialized here: the core's generic method, called across modules, instantiated its
    /// result type's metadata at every call (most of the cost of a short phrase's string).
    @inline(__always) private func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withUTF8(of: text, body)
    }

    @inline(__always) private static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Index of the quotation whose range (marks included) holds the token, or -1.
    @inline(__always) func quoteOf(_ i: Int) -> Int { Int(traits[i].quote) }
    /// Whether the token is a quotation mark of a quotation.
    @inline(__always) func isMark(_ i: Int) -> Bool { traits[i].has(TokenTraits.Bit.mark) }
    /// Whether the token is a word whose text ends in a possessive ’s / 's (read from the text).
    func isPossessive(_ i: Int) -> Bool {
        traits[i].has(TokenTraits.Bit.word) && withUTF8 { TokenTraits.endsInPossessive(UnsafeBufferPointer(rebasing: $0[tokens[i].range.offsets])) }
    }
    /// The first byte of a punctuation token (0 for others).
    @inline(__always) func punctuation(_ i: Int) -> UInt8 { traits[i].punctuation }
    /// Whether the token is a word ending in "ed" (read from the text).
    func endsInEd(_ i: Int) -> Bool {
        traits[i].has(TokenTraits.Bit.word) && withUTF8 { TokenTraits.endsInEd(UnsafeBufferPointer(rebasing: $0[tokens[i].range.offsets])) }
    }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < traits.count && traits[i].has(TokenTraits.Bit.word) }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { traits[i].has(TokenTraits.Bit.capitalized) }
    @inline(__always) func isComma(_ i: Int) -> Bool { i >= 0 && i < traits.count && traits[i].punctuation == 0x2C }
    @inline(__always) func isColon(_ i: Int) -> Bool { i >= 0 && i < traits.count && traits[i].punctuation == 0x3A }
    @inline(__always) func isPeriod(_ i: Int) -> Bool { i >= 0 && i < traits.count && traits[i].punctuation == 0x2E }
    @inline(__always) func isHyphen(_ i: Int) -> Bool { i >= 0 && i < traits.count && traits[i].has(TokenTraits.Bit.hyphen) }
    /// Whether two tokens touch (no space between).
    func touches(_ a: Int, _ b: Int) -> Bool { tokens[a].range.end == tokens[b].range.start }
    /// The text from the first to the last token of a range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return document.string(TextRange(start: tokens[range.lowerBound].range.start, end: tokens[range.upperBound - 1].range.end))
    }
    /// `text(range).lowercased()`; ASCII text is lower-cased byte by byte into one new string.
    func lowercasedText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return asciiText(range, lowercasingAll: true) ?? text(range).lowercased()
    }

    /// The text with its first character lower-cased (`prefix(1).lowercased() + dropFirst()`:
    /// "A senior official" → "a senior official"); ASCII text is copied byte by byte.
    func textLoweringFirst(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        if let ascii = asciiText(range, lowercasingAll: false) { return ascii }
        let written = text(range)
        return written.prefix(1).lowercased() + written.dropFirst()
    }

    /// The text of a non-empty range when it is all ASCII, lower-cased entirely or only its first
    /// byte; nil for other text.
    private func asciiText(_ range: Range<Int>, lowercasingAll: Bool) -> String? {
        let start = Int(tokens[range.lowerBound].range.start), end = Int(tokens[range.upperBound - 1].range.end)
        return withUTF8 { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard slice.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: slice.count) { buffer in
                for k in slice.indices { buffer[k] = lowercasingAll || k == 0 ? Self.lowercaseASCII(slice[k]) : slice[k] }
                return slice.count
            }
        }
    }

    @inline(__always) private static func lowercaseASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether token `i` is followed by a space and then by an ASCII byte or the end of the text:
    /// the text's first word split at spaces is then the token alone (a combining mark after the
    /// space would join the space in a split of characters, so it is excluded).
    func isFollowedBySpace(_ i: Int) -> Bool {
        let end = Int(tokens[i].range.end)
        return withUTF8 { bytes in end < bytes.count && bytes[end] == 0x20 && (end + 1 == bytes.count || bytes[end + 1] < 0x80) }
    }

    /// `SourcesLexicon.phraseHash` of the text of a range, without creating a `String` when it is ASCII.
    func phraseHash(_ range: Range<Int>) -> UInt64 {
        guard !range.isEmpty else { return TermHash.empty }
        let start = Int(tokens[range.lowerBound].range.start), end = Int(tokens[range.upperBound - 1].range.end)
        let ascii = withUTF8 { bytes in SourcesLexicon.asciiPhraseHash(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        return ascii ?? SourcesLexicon.phraseHash(text(range))
    }
    /// The text with scalar offsets.
    func span(_ range: Range<Int>) -> TextSpan {
        let start = tokens[range.lowerBound].range.start, end = tokens[range.upperBound - 1].range.end
        return TextSpan(text: document.string(TextRange(start: start, end: end)),
                        start: document.scalarOffset(start), end: document.scalarOffset(end))
    }
}
