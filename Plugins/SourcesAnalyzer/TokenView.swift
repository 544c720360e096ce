import Copydesk

/// The document's tokens with their hashes and quotation membership, computed once per document.
///
/// A class: the extractor, the speaker finder and the report builder all hold the view, and
/// sharing one reference costs a retain where copying the struct retained each of its arrays
/// and the document's.
final class TokenView: Sendable {
    let document: AnalyzedDocument
    let tokens: [Token]
    /// `TermHash` of each word-like token, 0 for the rest.
    let hashes: [UInt64]
    /// Index of the quotation whose range (marks included) holds the token, or -1.
    let quoteOf: [Int]
    /// Whether the token is a quotation mark of a quotation.
    let isMark: [Bool]
    /// Whether the token's text ends in a possessive ’s / 's.
    let isPossessive: [Bool]
    /// The first byte of each punctuation token (0 for others).
    let punctuation: [UInt8]
    /// Whether a word ends in "ed" (a past participle or past tense: "the Kremlin rejected").
    let endsInEd: [Bool]
    /// The token flags tested per token, read once: each use of `Token.Flags.capitalized` and the
    /// like calls the core's accessor of the static.
    private let capitalizedFlag: Token.Flags
    private let compoundFlag: Token.Flags

    init(_ document: AnalyzedDocument) {
        self.document = document
        capitalizedFlag = .capitalized
        compoundFlag = .continuesCompound
        let tokens = document.tokens
        self.tokens = tokens
        let count = tokens.count
        let quotations = document.quotations
        let tokenHashes = document.tokenHashes
        // Built in the closure's own locals and handed back: arrays captured from outside the
        // closure are boxed, and every store through a box re-checked their uniqueness.
        let columns = document.withUTF8 { bytes in
            var hashes = [UInt64](repeating: 0, count: count)
            var quoteOf = [Int](repeating: -1, count: count)
            var isMark = [Bool](repeating: false, count: count)
            var isPossessive = [Bool](repeating: false, count: count)
            var punctuation = [UInt8](repeating: 0, count: count)
            var endsInEd = [Bool](repeating: false, count: count)
            var q = 0
            for index in 0..<count {
                let token = tokens[index]
                let slice = UnsafeBufferPointer(rebasing: bytes[token.range.offsets])
                if token.kind.isWordLike {
                    hashes[index] = tokenHashes[index]
                    let n = slice.count
                    if n >= 3, slice[n - 1] | 0x20 == 0x64, slice[n - 2] | 0x20 == 0x65 { endsInEd[index] = true }
                    if n >= 3, slice[n - 1] | 0x20 == 0x73 {
                        if slice[n - 2] == 0x27 { isPossessive[index] = true }
                        if n >= 5, slice[n - 2] == 0x99, slice[n - 3] == 0x80, slice[n - 4] == 0xE2 { isPossessive[index] = true }
                    }
                } else if !slice.isEmpty {
                    punctuation[index] = slice[0]
                }
                while q < quotations.count, quotations[q].range.end <= token.range.start { q += 1 }
                if q < quotations.count, quotations[q].range.start <= token.range.start {
                    quoteOf[index] = q
                    let content = quotations[q].content
                    isMark[index] = token.range.start < content.start || token.range.start >= content.end
                }
            }
            return (hashes: hashes, quoteOf: quoteOf, isMark: isMark, isPossessive: isPossessive, punctuation: punctuation, endsInEd: endsInEd)
        }
        hashes = columns.hashes
        quoteOf = columns.quoteOf
        isMark = columns.isMark
        isPossessive = columns.isPossessive
        punctuation = columns.punctuation
        endsInEd = columns.endsInEd
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind.isWordLike }
    func isCapitalized(_ i: Int) -> Bool { tokens[i].flags.contains(capitalizedFlag) }
    func isComma(_ i: Int) -> Bool { i >= 0 && i < tokens.count && punctuation[i] == 0x2C }
    func isColon(_ i: Int) -> Bool { i >= 0 && i < tokens.count && punctuation[i] == 0x3A }
    func isPeriod(_ i: Int) -> Bool { i >= 0 && i < tokens.count && punctuation[i] == 0x2E }
    func isHyphen(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].flags.contains(compoundFlag) }
    /// Whether two tokens touch (no space between).
    func touches(_ a: Int, _ b: Int) -> Bool { tokens[a].range.end == tokens[b].range.start }
    /// The text from the first to the last token of a range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return document.string(TextRange(start: tokens[range.lowerBound].range.start, end: tokens[range.upperBound - 1].range.end))
    }
    /// `SourcesLexicon.phraseHash` of the text of a range, without creating a `String` when it is ASCII.
    func phraseHash(_ range: Range<Int>) -> UInt64 {
        guard !range.isEmpty else { return TermHash.empty }
        let start = Int(tokens[range.lowerBound].range.start), end = Int(tokens[range.upperBound - 1].range.end)
        let ascii = document.withUTF8 { bytes in SourcesLexicon.asciiPhraseHash(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        return ascii ?? SourcesLexicon.phraseHash(text(range))
    }
    /// The text with scalar offsets.
    func span(_ range: Range<Int>) -> TextSpan {
        let start = tokens[range.lowerBound].range.start, end = tokens[range.upperBound - 1].range.end
        return TextSpan(text: document.string(TextRange(start: start, end: end)),
                        start: document.scalarOffset(start), end: document.scalarOffset(end))
    }
}
