/// Counts a document and scores it with the readability formulas that apply to its language.
/// Every counting rule and formula is documented in `Docs/readability.md`.
public struct ReadabilityCalculator: Sendable {
    /// The language whose syllable counter and formulas are used.
    public let language: Language
    private let syllableCounter: (any SyllableCounter)?
    /// Whether `syllableCounter` is not nil (read per document without copying the counter).
    private let hasSyllableCounter: Bool
    /// Whether reading time is counted in characters (scripts without spaces, Korean) instead
    /// of words; decided once, not per document.
    private let readsByCharacters: Bool
    /// The language's answers that do not depend on the counts, looked up once.
    private let plan: ReadabilityFormulaPlan

    /// A calculator for `language`, with its syllable counter when Copydesk has one.
    public init(language: Language) {
        self.init(language: language, syllableCounter: SyllableCounters.counter(forLanguageCode: language.rawValue))
    }

    /// A calculator with an explicit syllable counter (nil: no syllable-based formulas).
    public init(language: Language, syllableCounter: (any SyllableCounter)?) {
        self.language = language
        self.syllableCounter = syllableCounter
        self.hasSyllableCounter = syllableCounter != nil
        self.readsByCharacters = language.isScriptWithoutSpaces || language == .korean
        self.plan = ReadabilityFormulaPlan.forLanguage(language)
    }

    /// Counts and formulas for `document`; `bodyOnly` leaves out the title and dek paragraphs.
    public func readability(of document: Document, bodyOnly: Bool = false) -> Readability {
        var memo = makeSyllableMemo(expectedWords: document.tokens.count / 3)
        return readability(of: document, bodyOnly: bodyOnly, memo: &memo)
    }

    /// Counts and formulas for `document`, with syllable counts remembered in `memo` (which must
    /// come from `makeSyllableMemo` of a calculator for the same language).
    func readability(of document: Document, bodyOnly: Bool, memo: inout SyllableMemo) -> Readability {
        let counts = count(document, bodyOnly: bodyOnly, memo: &memo)
        return Readability(language: language, counts: counts, formulas: ReadabilityFormulas.all(counts, plan: plan, hasSyllables: hasSyllableCounter))
    }

    /// A memo of this calculator's syllable counts, to share across documents.
    func makeSyllableMemo(expectedWords: Int) -> SyllableMemo {
        SyllableMemo(counter: syllableCounter, expectedWords: expectedWords)
    }

    /// The counts of `document`.
    public func count(_ document: Document, bodyOnly: Bool = false) -> TextCounts {
        // Words repeat: each distinct spelling is counted once per document.
        var memo = makeSyllableMemo(expectedWords: document.tokens.count / 3)
        return count(document, bodyOnly: bodyOnly, memo: &memo)
    }

    /// The counts of `document`, with syllable counts remembered in `memo`.
    func count(_ document: Document, bodyOnly: Bool, memo: inout SyllableMemo) -> TextCounts {
        var counts = TextCounts()
        let labels = document.paragraphLabels
        counts.paragraphs = bodyOnly ? labels.reduce(0) { $0 + ($1 == .body ? 1 : 0) } : labels.count
        let tokens = document.tokens
        let sentences = document.sentences
        // The memo keys of one sentence's tokens, in a buffer of the longest sentence's length
        // (on the stack for an article) written in place: no array growth or uniqueness checks
        // per token.
        let longestSentence = sentences.reduce(0) { Swift.max($0, $1.tokens.count) }
        // Tokens are read through a pointer, each sentence's range checked once. The counts are
        // kept in locals while counting (not in `counts`, which the closures would reach through
        // memory per word) and stored once at the end.
        document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokens in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: longestSentence) { keys in
                    var characters = 0, words = 0, letters = 0, syllables = 0, sentenceCount = 0
                    var longWords = 0, monosyllabicWords = 0, polysyllabicWords = 0, complexWords = 0
                    for sentence in sentences where !bodyOnly || labels[Int(sentence.paragraph)] == .body {
                        precondition(sentence.tokens.lowerBound >= 0 && Int(sentence.tokens.upperBound) <= tokens.count, "sentence tokens out of range")
                        var offset = Int(sentence.range.start)
                        let sentenceEnd = Int(sentence.range.end)
                        while offset < sentenceEnd {
                            // Eight bytes at a time; the sentence's last one to seven bytes too,
                            // when eight are readable, with the bytes after it read as spaces
                            // (which count nothing).
                            if offset &+ 8 <= sentenceEnd, let chunkCharacters = Self.asciiCharacters(inChunk: UTF8Scanning.chunk(at: offset, in: bytes)) {
                                characters &+= chunkCharacters
                                offset &+= 8
                                continue
                            }
                            if offset &+ 8 <= bytes.count && offset &+ 8 > sentenceEnd {
                                let inSentence = UTF8Scanning.lowBytesMask(sentenceEnd &- offset)
                                let chunk = UTF8Scanning.chunk(at: offset, in: bytes) & inSentence | 0x2020_2020_2020_2020 & ~inSentence
                                if let chunkCharacters = Self.asciiCharacters(inChunk: chunk) {
                                    characters &+= chunkCharacters
                                    break
                                }
                            }
                            let byte = bytes[offset]
                            if byte < 0x80 {  // ASCII: not a space, not a control character 9–13
                                if byte != 0x20 && (byte < 0x09 || byte > 0x0D) { characters &+= 1 }
                                offset += 1
                                continue
                            }
                            if UTF8Scanning.leadsCJK(byte) {
                                let run = Self.cjkCharacters(from: offset, to: sentenceEnd, in: bytes)
                                if run.end > offset {
                                    characters &+= run.characters
                                    offset = run.end
                                    continue
                                }
                            }
                            let (scalar, length) = UTF8Scanning.scalar(at: offset, in: bytes)
                            if !UTF8Scanning.isSpace(scalar) { characters &+= 1 }
                            offset += length
                        }
                        var sentenceHasWord = false
                        let first = Int(sentence.tokens.lowerBound)
                        let end = Int(sentence.tokens.upperBound)
                        for position in first..<end { keys[position - first] = memo.key(bytes, tokens[position]) }
                        var index = first
                        while index < end {
                            let token = tokens[index]
                            guard token.kind.isWordLike else { index += 1; continue }
                            sentenceHasWord = true
                            // A hyphenated compound ("well-known", "U.S.-Russian") is one word: its
                            // parts follow the first with `continuesCompound`.
                            let firstPart = memo.counts(bytes, token, key: keys[index - first])
                            var wordLetters = firstPart.letters
                            var wordSyllables = firstPart.syllables
                            var parts = 1
                            var last = index
                            var scan = index + 1
                            while scan < end && tokens[scan].flags.contains(.continuesCompound) {
                                let part = tokens[scan]
                                if part.kind.isWordLike {
                                    let partCounts = memo.counts(bytes, part, key: keys[scan - first])
                                    wordLetters &+= partCounts.letters
                                    wordSyllables &+= partCounts.syllables
                                    parts &+= 1
                                    last = scan
                                }
                                scan += 1
                            }
                            words &+= 1
                            letters &+= wordLetters
                            syllables &+= wordSyllables
                            if wordLetters >= 7 { longWords &+= 1 }
                            if wordSyllables == 1 { monosyllabicWords &+= 1 }
                            if wordSyllables >= 3 {
                                polysyllabicWords &+= 1
                                // The complex spelling is the first part's (the word's when it has one part).
                                if parts == 1 && firstPart.isComplexSpelling && !Self.isProperName(token, sentenceStart: index == first) {
                                    complexWords &+= 1
                                }
                            }
                            index = last + 1
                        }
                        if sentenceHasWord { sentenceCount &+= 1 }
                    }
                    counts.characters = characters
                    counts.words = words
                    counts.letters = letters
                    counts.syllables = syllables
                    counts.sentences = sentenceCount
                    counts.longWords = longWords
                    counts.monosyllabicWords = monosyllabicWords
                    counts.polysyllabicWords = polysyllabicWords
                    counts.complexWords = complexWords
                }
            }
        }
        if counts.sentences > 0 { counts.averageSentenceLength = Double(counts.words) / Double(counts.sentences) }
        if counts.words > 0, hasSyllableCounter { counts.averageSyllablesPerWord = Double(counts.syllables) / Double(counts.words) }
        counts.readingTimeMinutes = readsByCharacters
            ? Double(counts.characters) / 500
            : Double(counts.words) / 238
        counts.averageSentenceLength = (counts.averageSentenceLength * 100).rounded() / 100
        counts.averageSyllablesPerWord = (counts.averageSyllablesPerWord * 100).rounded() / 100
        counts.readingTimeMinutes = (counts.readingTimeMinutes * 100).rounded() / 100
        return counts
    }

    /// The characters (bytes other than a space or a control character 9–13) of eight bytes given
    /// as one integer, in text order from the low byte, when they are all ASCII; nil otherwise.
    @inline(__always)
    static func asciiCharacters(inChunk chunk: UInt64) -> Int? {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        guard chunk & high == 0 else { return nil }
        let spaceBits = chunk ^ 0x2020_2020_2020_2020
        let spaces = ~(((spaceBits & low) &+ low) | spaceBits | low)                                    // bytes equal to 0x20
        let controls = (chunk &+ 0x7777_7777_7777_7777) & ~(chunk &+ 0x7272_7272_7272_7272) & high     // bytes 9–13
        return 8 - UTF8Scanning.highBitCount(spaces | controls)
    }

    /// The characters (scalars that are not `UTF8Scanning.isSpace`) of the run of kana,
    /// ideographs and CJK punctuation (`UTF8Scanning.cjkValue`) at `start`, up to `end`: all but
    /// the ideographic space, counted without a decode. Returns where the run ends (`start` when
    /// none starts there). Out of line: the counting loop, mostly on ASCII, stays small.
    @inline(never)
    static func cjkCharacters(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (characters: Int, end: Int) {
        var characters = 0
        var index = start
        while let value = UTF8Scanning.cjkValue(at: index, before: end, in: bytes) {
            characters &+= value == 0x3000 ? 0 : 1
            index &+= 3
        }
        return (characters, index)
    }

    /// Letters (alphabetic scalars) of a word token; ideographic tokens count each character.
    static func letterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Kana and ideographs (the tokens of Chinese and Japanese) by their own path.
        if let first = bytes.first, UTF8Scanning.leadsCJK(first) { return ideographicLetterCount(bytes) }
        var letters = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if isASCIILetter(byte) { letters += 1 }
                index += 1
            } else {
                let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
                if ScalarTraits.of(scalar).contains(.alphabetic) { letters += 1 }
                index += length
            }
        }
        return letters
    }

    /// `letterCount` of a token that starts with kana or an ideograph, most of whose characters
    /// `isAlphabeticCJK` answers without a decode or the table.
    static func ideographicLetterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var letters = 0
        var index = 0
        while index < bytes.count {
            if let value = UTF8Scanning.cjkValue(at: index, before: bytes.count, in: bytes), let alphabetic = isAlphabeticCJK(value) {
                letters += alphabetic ? 1 : 0
                index += 3
            } else {
                let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
                if scalar.isASCII ? isASCIILetter(UInt8(scalar.value)) : ScalarTraits.of(scalar).contains(.alphabetic) { letters += 1 }
                index += length
            }
        }
        return letters
    }

    /// A–Z or a–z: the alphabetic scalars of ASCII.
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether a scalar of U+3000–U+9FFF is alphabetic, answered without the table for the ranges
    /// that are wholly alphabetic or wholly not: kana and CJK ideographs (yes), CJK punctuation
    /// U+3000–U+3004 and U+3008–U+3020 (no). Nil for the rest, which the table answers. (A test
    /// checks every scalar of the range against the table.)
    @inline(__always)
    static func isAlphabeticCJK(_ value: UInt32) -> Bool? {
        if value &- 0x4E00 <= 0x9FFF - 0x4E00 || value &- 0x3400 <= 0x4DBF - 0x3400
            || value &- 0x3041 <= 0x3096 - 0x3041 || value &- 0x30A1 <= 0x30FA - 0x30A1 { return true }
        if value &- 0x3000 <= 0x3004 - 0x3000 || value &- 0x3008 <= 0x3020 - 0x3008 { return false }
        return nil
    }

    /// A proper name for Gunning's complex words, which leave them out: capitalized inside a
    /// sentence (and not all capitals).
    @inline(__always)
    static func isProperName(_ token: Token, sentenceStart: Bool) -> Bool {
        token.flags.contains(.capitalized) && !sentenceStart && !token.flags.contains(.allCaps)
    }

    /// Whether `word` (UTF-8, of 3+ syllables) is complex by its spelling (Gunning): it still has
    /// 3+ syllables without an -es, -ed or -ing ending. A fact of the spelling alone, so
    /// `SyllableMemo` remembers it with the word's counts; a complex word is also no proper name.
    static func isComplexSpelling(_ word: UnsafeBufferPointer<UInt8>, counter: some SyllableCounter) -> Bool {
        let n = word.count
        func endsWith(_ a: UInt8, _ b: UInt8, _ c: UInt8? = nil) -> Bool {
            if let c { return (word[n - 3] | 0x20) == a && (word[n - 2] | 0x20) == b && (word[n - 1] | 0x20) == c }
            return (word[n - 2] | 0x20) == a && (word[n - 1] | 0x20) == b
        }
        let suffix = n > 5 && endsWith(0x69, 0x6E, 0x67) ? 3      // -ing
            : n > 4 && (endsWith(0x65, 0x64) || endsWith(0x65, 0x73)) ? 2   // -ed, -es
            : 0
        guard suffix > 0 else { return true }
        return counter.syllables(inWord: UnsafeBufferPointer(rebasing: word[0..<(n - suffix)])) >= 3
    }
}
