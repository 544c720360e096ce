/// Splits text into paragraphs, sentences and word tokens with ICU's break iterators plus
/// Copydesk's own paragraph and sentence rules.
///
/// A segmenter owns ICU iterators and is not thread-safe: create one per task (cheap — the
/// iterators are cloned from cached prototypes) and reuse it for many documents.
public final class Segmenter {
    /// The language whose rules and ICU locale this segmenter uses.
    public let language: Language
    private let words: BreakIterator
    private let sentences: BreakIterator
    private let boundaryRules: SentenceBoundaryRules
    private var scratch: [UInt8] = []
    /// The most room `scratch` keeps from one document to the next (bytes).
    static let retainedScratchBytes = 4 << 20
    /// The tokens of the document being segmented, before they are copied into its array (reused).
    private let tokenBuffer = TokenBuffer()
    /// ICU's sentences of one paragraph, before Copydesk's rules join or split them (reused).
    private var candidates: [TextRange] = []
    /// The sentences of the document being segmented with their paragraph index (reused).
    private var sentenceRanges: [(range: TextRange, paragraph: Int32)] = []
    /// The lines of a block while `ParagraphSplitter` splits it (reused).
    private var paragraphLines: [ParagraphSplitter.Line] = []
    /// The paragraphs `ParagraphSplitter` finds, before they are copied into the result (reused).
    private var paragraphScratch: [TextRange] = []

    /// A segmenter for `language`.
    public init(language: Language = .english) throws(SegmentationError) {
        self.language = language
        words = try BreakIterator(kind: .word, locale: language.icuLocale)
        sentences = try BreakIterator(kind: .sentence, locale: language.icuLocale)
        boundaryRules = SentenceBoundaryRules(rules: .forLanguage(language))
    }

    /// Segments `text` (UTF-8 bytes).
    public func segment(_ text: UnsafeBufferPointer<UInt8>) throws(SegmentationError) -> Segmentation {
        guard text.count < Int(Int32.max) else { throw .textTooLong(bytes: text.count) }
        if text.isEmpty { return .empty }
        tokenBuffer.removeAll()
        try tokenize(text, from: 0, to: text.count, into: tokenBuffer)
        let (tokens, hashes) = takeTokens()
        let paragraphRanges = paragraphs(in: text)
        try splitSentences(text, paragraphs: paragraphRanges)
        return Self.assemble(paragraphs: paragraphRanges, sentences: sentenceRanges, tokens: tokens, tokenHashes: hashes)
    }

    /// The tokens and hashes of the document, copied out of the buffer, which is then emptied:
    /// after a huge document its room is given back before the sentences are read (see
    /// `TokenBuffer.shrinkToFit()`), so a document's tokens are held about twice at most.
    private func takeTokens() -> (tokens: [Token], hashes: [UInt64]) {
        tokenBuffer.shrinkToFit()
        let taken = (tokenBuffer.makeArray(), tokenBuffer.makeHashArray())
        tokenBuffer.removeAll()
        return taken
    }

    /// The paragraphs of `text`, as `ParagraphSplitter.paragraphs(in:)` finds them (with the
    /// segmenter's reused line buffer).
    func paragraphs(in text: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        ParagraphSplitter.paragraphs(in: text, lines: &paragraphLines, ranges: &paragraphScratch)
    }

    /// Segments only the paragraphs of `text` (as `ParagraphSplitter` finds them) where `keep` is
    /// true, as `segment(_:)` followed by `Segmentation.keeping(paragraphs:)` would, without
    /// tokenizing or splitting the others. ICU reads each run of kept paragraphs from the start of
    /// its first line to the line break after it: line breaks are hard word boundaries, so the
    /// tokens are those of the whole text.
    func segment(_ text: UnsafeBufferPointer<UInt8>, paragraphs: [TextRange],
                 keep: some RandomAccessCollection<Bool>) throws(SegmentationError) -> Segmentation {
        guard text.count < Int(Int32.max) else { throw .textTooLong(bytes: text.count) }
        if text.isEmpty { return .empty }
        tokenBuffer.removeAll()
        var kept: [TextRange] = []
        var keptAll = true   // `kept` is then `paragraphs`, not built
        var runStart = 0
        while runStart < paragraphs.count {
            guard keep[keep.index(keep.startIndex, offsetBy: runStart)] else {
                if keptAll {
                    keptAll = false
                    kept.reserveCapacity(paragraphs.count)
                    kept.append(contentsOf: paragraphs[0..<runStart])
                }
                runStart += 1
                continue
            }
            var runEnd = runStart + 1
            while runEnd < paragraphs.count && keep[keep.index(keep.startIndex, offsetBy: runEnd)] { runEnd += 1 }
            if !keptAll { kept.append(contentsOf: paragraphs[runStart..<runEnd]) }
            try tokenize(text, from: Self.lineStart(before: Int(paragraphs[runStart].start), in: text),
                         to: Self.lineEnd(after: Int(paragraphs[runEnd - 1].end), in: text), into: tokenBuffer)
            runStart = runEnd
        }
        if keptAll { kept = Array(paragraphs) }
        let (tokens, hashes) = takeTokens()
        try splitSentences(text, paragraphs: kept)
        let segmentation = Self.assemble(paragraphs: kept, sentences: sentenceRanges, tokens: tokens, tokenHashes: hashes)
        // `keeping` holds only the tokens of sentences; a token outside every sentence is rare.
        let tokensInSentences = segmentation.sentences.reduce(0) { $0 + $1.tokens.count }
        return tokensInSentences == tokens.count ? segmentation : segmentation.keeping(paragraphs: Array(repeating: true, count: kept.count))
    }

    /// The start of the line holding `offset`: just after the line break before it, or 0.
    static func lineStart(before offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        while index > 0 {
            let byte = text[index - 1]
            if byte == 0x0A || byte == 0x0D { break }
            if (byte == 0xA8 || byte == 0xA9) && index >= 3 && text[index - 2] == 0x80 && text[index - 3] == 0xE2 { break }
            index -= 1
        }
        return index
    }

    /// The end of the line holding `offset`: the line break after it, or the end of the text.
    static func lineEnd(after offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        while index < text.count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9) { break }
            index += 1
        }
        return index
    }

    /// Segments a string.
    public func segment(_ text: String) throws(SegmentationError) -> Segmentation {
        var copy = text
        return try copy.withUTF8 { buffer in Result { () throws(SegmentationError) in try segment(buffer) } }.get()
    }

    // MARK: Words

    /// Appends the tokens of `text[from..<to]` to `tokens`, with their hashes.
    private func tokenize(_ text: UnsafeBufferPointer<UInt8>, from sliceStart: Int, to sliceEnd: Int, into tokens: TokenBuffer) throws(SegmentationError) {
        try words.bind(UnsafeBufferPointer(rebasing: text[sliceStart..<sliceEnd]))
        let base = Int32(sliceStart)
        let starts = words.wordSegmentStarts, ends = words.wordSegmentEnds, statuses = words.wordSegmentStatuses
        // Where the last hyphen that continues a compound ends: a word that starts there continues
        // the compound too. (Only a hyphen is punctuation marked so and followed by a token: the
        // period of "U.S.-" is followed by its hyphen.)
        var compoundHyphenEnd: Int32 = -1
        if tokens.count > 0, case let last = tokens.base[tokens.count - 1],
           last.kind == .punctuation, last.flags.contains(.continuesCompound) {
            compoundHyphenEnd = last.range.end
        }
        while true {
            let batch = words.nextWordSegments()
            if batch == 0 { break }
            tokens.reserve(batch)
            let out = tokens.base, hashes = tokens.hashes
            var count = tokens.count
            for index in 0..<batch {
                // Offsets fit in Int32: the text is shorter than Int32.max bytes.
                let start = base &+ starts[index], end = base &+ ends[index]
                let range = TextRange(start: start, end: end)
                let status = statuses[index]
                let kind: TokenKind
                if UInt32(bitPattern: status &- 100) < 400 {
                    kind = status < 200 ? .number : status < 300 ? .word : .ideographic
                } else {
                    guard let other = Self.kindOfSegment(startingAt: Int(start), in: text) else { continue }
                    kind = other
                }
                let (flags, hash) = Self.caseFlagsAndHash(start: Int(start), length: Int(end &- start), in: text)
                var token = Token(range: range, kind: kind, flags: flags)
                if kind.isWordLike {
                    // Directly after a hyphen that continues a compound.
                    if start == compoundHyphenEnd { token.flags.insert(.continuesCompound) }
                } else if kind == .punctuation, Self.isHyphen(text, range), count > 0, out[count - 1].range.end == start,
                          Int(end) < text.count, Self.startsWord(text, at: Int(end)) {
                    let previous = out[count - 1]
                    if previous.kind.isWordLike {
                        token.flags.insert(.continuesCompound)
                        compoundHyphenEnd = end
                    } else if previous.range.length == 1, text[Int(previous.range.start)] == 0x2E, count >= 2,
                              out[count - 2].kind.isWordLike, out[count - 2].range.end == previous.range.start {
                        // "U.S.-Russian": the abbreviation's period joins the compound too.
                        out[count - 1].flags.insert(.continuesCompound)
                        token.flags.insert(.continuesCompound)
                        compoundHyphenEnd = end
                    }
                }
                (out + count).initialize(to: token)
                (hashes + count).initialize(to: hash)
                count += 1
            }
            tokens.count = count
            if batch < BreakIterator.wordSegmentCapacity { break }
        }
    }

    /// The kind of the segment at `offset` that ICU gives no word status (nil: white space or
    /// no token), from its first scalar. An ASCII byte is answered here; any other scalar by
    /// `kindOfNonASCIISegment`, kept out of line so that the tokenizer's per-boundary closure does
    /// not look up the run-time size of `Unicode.Scalar.Properties` on every call.
    @inline(__always)
    static func kindOfSegment(startingAt offset: Int, in text: UnsafeBufferPointer<UInt8>) -> TokenKind? {
        let byte = text[offset]
        // ASCII white space (0x20, 9–13) is below 0x21: `kindOfOther` answers nil for it.
        if byte < 0x80 { return kindOfASCII(byte) }
        return kindOfNonASCIISegment(startingAt: offset, in: text)
    }

    /// `kindOfOther` of an ASCII scalar: symbols, punctuation, or nil for white space and controls.
    @inline(__always)
    static func kindOfASCII(_ byte: UInt8) -> TokenKind? {
        switch byte {
        case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .symbol   // $ + < = > ^ ` | ~
        default: return byte > 0x20 && byte != 0x7F ? .punctuation : nil
        }
    }

    /// `kindOfSegment` of a segment whose first byte is not ASCII.
    @inline(never)
    static func kindOfNonASCIISegment(startingAt offset: Int, in text: UnsafeBufferPointer<UInt8>) -> TokenKind? {
        let scalar = UTF8Scanning.scalar(at: offset, in: text).scalar
        if UTF8Scanning.isSpace(scalar) { return nil }
        return kindOfOther(scalar)
    }

    /// The kind of a token ICU gives no word status, from its first scalar (nil: not a token).
    static func kindOfOther(_ scalar: Unicode.Scalar) -> TokenKind? {
        if scalar.value < 0x80 { return kindOfASCII(UInt8(scalar.value)) }
        // Dashes, curly quotes, bullets and the ellipsis (U+2010–U+2027) are all punctuation:
        // news text is full of them, and this answers without a property lookup.
        if Self.isGeneralPunctuation(scalar) { return .punctuation }
        // Punctuation: the seven punctuation categories. Invisible: format, control, separator
        // and unassigned code points, but not emoji (ZWJ sequences start with a pictograph).
        let traits = ScalarTraits.of(scalar)
        if traits.contains(.punctuation) { return .punctuation }
        return traits.contains(.invisible) ? nil : .symbol
    }

    private static func isHyphen(_ text: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        if range.length == 1 { return text[Int(range.start)] == 0x2D }
        let scalar = UTF8Scanning.scalar(at: Int(range.start), in: text)
        return scalar.length == range.length && (scalar.scalar == "\u{2010}" || scalar.scalar == "\u{2011}")
    }

    /// Whether a letter or digit starts at `offset`. Out of line: inlined, its Unicode property
    /// lookups would make the tokenizer ask for the run-time size of `Unicode.Scalar.Properties`
    /// and `Unicode.NumericType` on every call, before its first token.
    @inline(never)
    private static func startsWord(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        UTF8Scanning.isLetterOrDigit(UTF8Scanning.scalar(at: offset, in: text).scalar)
    }

    /// U+2010–U+2027: dashes, quotation marks, daggers, bullets, leaders and the ellipsis — all
    /// punctuation, none cased.
    @inline(__always)
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2010 && scalar.value <= 0x2027
    }

    /// The case flags and the `TermHash` of the `length` bytes at `start` (a token). A token of
    /// one to eight ASCII bytes (most of prose's tokens) is read in one load whose folded bytes
    /// give both, without a branch that depends on the word; others are answered by
    /// `caseFlagsAndHashOfOtherToken`.
    @inline(__always)
    static func caseFlagsAndHash(start: Int, length: Int, in text: UnsafeBufferPointer<UInt8>) -> (Token.Flags, UInt64) {
        if length == 1 {
            // A comma, a full stop, "a", "I": a third of prose's tokens, hashed in one step (the
            // branch follows the token's kind, which the processor has just seen).
            let byte = text[start]
            if byte < 0x80 {
                let isUppercase = byte &- 0x41 < 26   // one letter is never all caps
                let folded = isUppercase ? byte | 0x20 : byte
                return (isUppercase ? .capitalized : [], (TermHash.empty ^ UInt64(folded)) &* TermHash.prime)
            }
        }
        if length <= 8 && start &+ 8 <= text.count,
           let answer = caseFlagsAndHash(ofShortToken: UTF8Scanning.chunk(at: start, in: text) & UTF8Scanning.lowBytesMask(length), length: length) {
            return answer
        }
        return caseFlagsAndHashOfOtherToken(start: start, length: length, in: text)
    }

    /// The case flags and the `TermHash` of a token of `length` (one to eight) bytes given in
    /// `chunk`, in text order from the low byte, with zeros past `length` (nil if a byte is not
    /// ASCII).
    @inline(__always)
    static func caseFlagsAndHash(ofShortToken chunk: UInt64, length: Int) -> (Token.Flags, UInt64)? {
        guard chunk & 0x8080_8080_8080_8080 == 0 else { return nil }
        let upper = UTF8Scanning.uppercaseBits(chunk), lower = UTF8Scanning.lowercaseBits(chunk)
        var flags: Token.Flags = upper & 0x80 != 0 ? .capitalized : []
        // All caps: two uppercase letters or more (more than one bit of `upper`), no lowercase.
        if upper & (upper &- 1) != 0 && lower == 0 { flags.insert(.allCaps) }
        return (flags, FoldedASCIIHash.hash(ofFoldedASCII: chunk | (upper >> 2), length: length))
    }

    /// `caseFlagsAndHash` of a token that is not one to eight ASCII bytes with eight bytes
    /// readable from its start. One of nine to sixteen ASCII bytes (a long word) is read in two
    /// loads and hashed in sixteen unrolled steps; one of one to eight bytes near the end of the
    /// text (the last tokens of every document) is read in the eight bytes that end with it.
    @inline(never)
    static func caseFlagsAndHashOfOtherToken(start: Int, length: Int, in text: UnsafeBufferPointer<UInt8>) -> (Token.Flags, UInt64) {
        let end = start + length
        if length > 0 && UTF8Scanning.leadsCJK(text[start]), let hash = hashOfCJKToken(start: start, end: end, in: text) {
            return ([.nonASCII], hash)
        }
        if length > 8 && length <= 16 && start + 16 <= text.count {
            let first = UTF8Scanning.chunk(at: start, in: text)
            let second = UTF8Scanning.chunk(at: start + 8, in: text) & UTF8Scanning.lowBytesMask(length - 8)
            if (first | second) & 0x8080_8080_8080_8080 == 0 {
                let firstUpper = UTF8Scanning.uppercaseBits(first), secondUpper = UTF8Scanning.uppercaseBits(second)
                var flags: Token.Flags = firstUpper & 0x80 != 0 ? .capitalized : []
                if UTF8Scanning.highBitCount(firstUpper) + UTF8Scanning.highBitCount(secondUpper) >= 2
                    && UTF8Scanning.lowercaseBits(first) | UTF8Scanning.lowercaseBits(second) == 0 {
                    flags.insert(.allCaps)
                }
                let firstHash = FoldedASCIIHash.hash(ofFoldedASCII: first | (firstUpper >> 2), length: 8)
                return (flags, FoldedASCIIHash.hash(ofFoldedASCII: second | (secondUpper >> 2), length: length - 8, seed: firstHash))
            }
        }
        if length > 0 && length <= 8 && end >= 8 && end <= text.count,
           let answer = caseFlagsAndHash(ofShortToken: UTF8Scanning.chunk(at: end - 8, in: text) >> UInt64(64 - length * 8),
                                         length: length) {
            return answer
        }
        let range = TextRange(start: start, end: end)
        let flags = asciiCaseFlags(text, range) ?? caseFlags(text, range)
        return (flags, TermHash.hash(UnsafeBufferPointer(rebasing: text[start..<end])))
    }


    /// The `TermHash` of a token made only of kana, ideographs and CJK punctuation (U+3000–U+9FFF,
    /// most tokens of Chinese and Japanese), whose case flags are just `.nonASCII`: hashed in
    /// one pass, without a decode. Nil for any other token.
    @inline(__always)
    static func hashOfCJKToken(start: Int, end: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = TermHash.empty, index = start
        while index < end {
            guard UTF8Scanning.cjkValue(at: index, before: end, in: text) != nil else { return nil }
            hash = TermHash.combineCaseless(hash, text[index], text[index &+ 1], text[index &+ 2])
            index &+= 3
        }
        return hash
    }

    /// The case flags of any token, scalar by scalar (`asciiCaseFlags` answers most tokens first).
    static func caseFlags(_ text: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Token.Flags {
        var flags: Token.Flags = []
        var letters = 0
        var uppercase = 0
        var index = Int(range.start)
        let end = Int(range.end)
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A { letters += 1; uppercase += 1 }
                else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
                if index == Int(range.start) && byte >= 0x41 && byte <= 0x5A { flags.insert(.capitalized) }
                index += 1
            } else {
                flags.insert(.nonASCII)
                let (scalar, length) = UTF8Scanning.scalar(at: index, in: text)
                if Self.isGeneralPunctuation(scalar) || ScalarTraits.isCaselessCJK(scalar.value) {
                    // Neither case: no property lookup.
                } else {
                    let traits = ScalarTraits.of(scalar)
                    if traits.contains(.uppercase) {
                        letters += 1; uppercase += 1
                        if index == Int(range.start) { flags.insert(.capitalized) }
                    } else if traits.contains(.lowercase) {
                        letters += 1
                    }
                }
                index += length
            }
        }
        if letters >= 2 && uppercase == letters { flags.insert(.allCaps) }
        return flags
    }

    /// `caseFlags` of an ASCII token, read eight bytes at a time (nil for a token with a byte
    /// outside ASCII, or whose last bytes are too near the end of the text to read eight).
    @inline(__always)
    private static func asciiCaseFlags(_ text: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Token.Flags? {
        let start = Int(range.start), length = Int(range.length)
        guard length > 0, let base = text.baseAddress else { return nil }
        var offset = 0
        var upperCount = 0
        var hasLower = false
        var firstIsUpper = false
        while offset < length {
            guard start + offset + 8 <= text.count else { return nil }
            let remaining = length - offset
            let mask: UInt64 = remaining >= 8 ? ~0 : (1 << UInt64(remaining * 8)) - 1
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + start + offset).loadUnaligned(as: UInt64.self)) & mask
            guard chunk & 0x8080_8080_8080_8080 == 0 else { return nil }
            // Bit 7 of each byte: the byte is at least the range's lower bound and not past its upper one.
            let upper = (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080   // A–Z
            let lower = (chunk &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(chunk &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080   // a–z
            if offset == 0 { firstIsUpper = upper & 0x80 != 0 }
            upperCount += UTF8Scanning.highBitCount(upper)
            hasLower = hasLower || lower != 0
            offset += 8
        }
        var flags: Token.Flags = []
        if firstIsUpper { flags.insert(.capitalized) }
        if upperCount >= 2 && !hasLower { flags.insert(.allCaps) }
        return flags
    }

    // MARK: Sentences

    /// Fills `sentenceRanges` with the sentences of `paragraphs`.
    private func splitSentences(_ text: UnsafeBufferPointer<UInt8>, paragraphs: [TextRange]) throws(SegmentationError) {
        // ICU ends a sentence at every line break; inside a paragraph line breaks are soft wraps,
        // so ICU reads a copy in which they are spaces (same length, same offsets). The copy's
        // room is kept for the next document unless this one is huge.
        defer { if scratch.capacity > Self.retainedScratchBytes { scratch = [] } }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: text)
        scratch.withUnsafeMutableBufferPointer { copy in
            for index in 0..<copy.count {
                let byte = copy[index]
                copy[index] = byte == 0x0A || byte == 0x0D ? 0x20 : byte
            }
        }
        var result = sentenceRanges
        sentenceRanges = []
        result.removeAll(keepingCapacity: true)
        var candidates = self.candidates
        self.candidates = []
        defer {
            sentenceRanges = result
            self.candidates = candidates
        }
        try scratch.withUnsafeBufferPointer { copy in Result { () throws(SegmentationError) in
            for (paragraphIndex, paragraph) in paragraphs.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: copy[paragraph.offsets])
                candidates.removeAll(keepingCapacity: true)
                var start = 0
                try forEachSentenceBoundary(in: slice) { end in
                    let base = Int(paragraph.start)
                    let trimmedStart = UTF8Scanning.skipSpaces(from: base + start, to: base + end, in: copy)
                    let trimmedEnd = UTF8Scanning.trimSpaces(from: trimmedStart, to: base + end, in: copy)
                    start = end
                    if trimmedStart < trimmedEnd { candidates.append(TextRange(start: trimmedStart, end: trimmedEnd)) }
                }
                var current: TextRange? = nil
                for var candidate in candidates {
                    // French spacing puts a space before a closing guillemet ("partons. »"): ICU
                    // then starts the next sentence with the closer, which belongs to this one.
                    if let open = current, let closerEnd = Self.leadingCloserEnd(candidate, copy) {
                        current = TextRange(start: Int(open.start), end: closerEnd)
                        let rest = UTF8Scanning.skipSpaces(from: closerEnd, to: Int(candidate.end), in: copy)
                        if rest >= Int(candidate.end) { continue }
                        candidate = TextRange(start: rest, end: Int(candidate.end))
                    }
                    if let open = current {
                        if boundaryRules.shouldJoin(previousStart: Int(open.start), previousEnd: Int(open.end),
                                                    nextStart: Int(candidate.start), nextEnd: Int(candidate.end), bytes: copy) {
                            current = TextRange(start: open.start, end: candidate.end)
                            continue
                        }
                        appendSplitting(open, paragraph: Int32(paragraphIndex), bytes: copy, to: &result)
                    }
                    current = candidate
                }
                if let open = current { appendSplitting(open, paragraph: Int32(paragraphIndex), bytes: copy, to: &result) }
            }
        } }.get()
    }

    /// Calls `body` with each of ICU's sentence boundaries after the start of `paragraph` (a
    /// paragraph without line breaks), as `BreakIterator.forEachBoundaryOffset` does. ICU reads
    /// only from just before the first character that could end a sentence: the text before it
    /// holds no boundary (`SentenceEndCandidates`). In English news that leaves out the first
    /// sentence of every paragraph, and ICU reads none of the 40 % of paragraph text that has
    /// no full stop, question or exclamation mark before its end.
    @inline(__always)
    func forEachSentenceBoundary(in paragraph: UnsafeBufferPointer<UInt8>, _ body: (_ offset: Int) -> Void) throws(SegmentationError) {
        guard let first = SentenceEndCandidates.firstOffset(in: paragraph) else {
            if !paragraph.isEmpty { body(paragraph.count) }
            return
        }
        let from = SentenceEndCandidates.readingStart(before: first, in: paragraph)
        try sentences.forEachBoundaryOffset(in: UnsafeBufferPointer(rebasing: paragraph[from...])) { end in
            body(from + Int(end))
        }
    }

    /// Appends `range`, split where ICU missed a sentence that starts with a figure.
    private func appendSplitting(_ range: TextRange, paragraph: Int32, bytes: UnsafeBufferPointer<UInt8>,
                                 to result: inout [(range: TextRange, paragraph: Int32)]) {
        var start = Int(range.start)
        for split in boundaryRules.sentencesStartingWithFigures(in: range, bytes: bytes) {
            let end = UTF8Scanning.trimSpaces(from: start, to: split, in: bytes)
            if end > start { result.append((TextRange(start: start, end: end), paragraph)) }
            start = split
        }
        result.append((TextRange(start: start, end: Int(range.end)), paragraph))
    }

    /// The end of a closing mark (» ” ) 」 』) that starts `range` and is followed by a space or the end.
    private static func leadingCloserEnd(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let (scalar, length) = UTF8Scanning.scalar(at: Int(range.start), in: bytes)
        switch scalar {
        case "\u{BB}", "\u{201D}", ")", "\u{300D}", "\u{300F}": break
        default: return nil
        }
        let end = Int(range.start) + length
        guard end >= Int(range.end) || UTF8Scanning.isSpace(UTF8Scanning.scalar(at: end, in: bytes).scalar) else { return nil }
        return end
    }

    // MARK: Assembly

    private static func assemble(paragraphs: [TextRange], sentences: [(range: TextRange, paragraph: Int32)], tokens: [Token],
                                 tokenHashes: [UInt64]) -> Segmentation {
        var sentenceList: [Sentence] = []
        sentenceList.reserveCapacity(sentences.count)
        var tokenIndex = 0
        for (range, paragraph) in sentences {
            while tokenIndex < tokens.count && tokens[tokenIndex].range.start < range.start { tokenIndex += 1 }
            let first = tokenIndex
            while tokenIndex < tokens.count && tokens[tokenIndex].range.start < range.end { tokenIndex += 1 }
            sentenceList.append(Sentence(range: range, paragraph: paragraph, tokens: Int32(first)..<Int32(tokenIndex)))
        }
        var paragraphList: [Paragraph] = []
        paragraphList.reserveCapacity(paragraphs.count)
        var sentenceIndex = 0
        for (index, range) in paragraphs.enumerated() {
            let first = sentenceIndex
            while sentenceIndex < sentenceList.count && sentenceList[sentenceIndex].paragraph == Int32(index) { sentenceIndex += 1 }
            paragraphList.append(Paragraph(range: range, sentences: Int32(first)..<Int32(sentenceIndex)))
        }
        return Segmentation(paragraphs: paragraphList, sentences: sentenceList, tokens: tokens, tokenHashes: tokenHashes)
    }
}
