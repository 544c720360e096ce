import Testing
@testable import Copydesk

/// The block scanner, which takes words of prose in `scanSpacedWords`, measures every block as
/// the scanner before it did (`ReferenceBlockScanner`, kept below): the same features, field by
/// field, for random blocks made of the lists' words in any case, other words, numbers,
/// punctuation, links, spaces of every kind, letters beyond ASCII and ideographs, anywhere in a
/// buffer (near its end too), with the English and the German lexicon.
struct BlockScannerReferenceTests {
    /// Words of the lists (stop words, phrase words, date words, "By", "Photo", "Reply"), with
    /// some of the longest; other words, short and long; numbers; pieces that start links.
    static let words = ["the", "of", "and", "to", "a", "in", "on", "this", "us", "you", "your", "our", "it's", "don't",
                        "by", "By", "BY", "Photo", "photo", "PHOTOS", "Reply", "report", "cookies", "Cookie", "subscribe",
                        "newsletter", "privacy", "policy", "getty", "images", "via", "ap", "AP", "Reuters", "read", "more",
                        "share", "related", "stories", "sign", "up", "skip", "content", "all", "rights", "reserved",
                        "Nov", "November", "Tuesday", "updated", "pm", "am", "jan", "mayor", "council", "budget",
                        "photograph", "photography", "Photography", "Foto", "accessibility", "advertisement",
                        "x", "I", "Ab", "ByNelson", "Byron", "bY", "internationalization", "abcdefgh", "abcdefghi",
                        "0", "7", "2017", "21", "9", "45pm", "3", "12", "http", "https", "httpd", "www", "htt",
                        "HTTP", "Www", "mail", "desk", "example", "com", "'", "''", "o'clock", "rock'n'roll",
                        "café", "Überall", "naïve", "ÉCOLE", "Don’t", "it’s", "Дом", "дом", "ß", "٣", "中文", "東京都", "ひらがな", "漢字かなカナ漢字ー", "ㄅㄆ", "㈱", "〆切", "豈", "\u{3400}\u{9FFF}",
                        "ｶﾀｶﾅ", "Ⅻ", "ǅ", "𝐀bc", "e\u{301}"]
    static let separators = [" ", " ", " ", " ", "  ", ", ", ". ", "! ", "? ", ": ", "; ", ":", ".", ",", "-", " - ", " — ", " – ",
                             "—", "(", ")", " (", ") ", "\"", "” ", "’ ", "'", "»", " | ", "•", "›", "·", "©", " © ", "@", "/", "//",
                             "#", "$ ", "^ ", "↑ ", "}", "{", "=", "_", "`", "\\", "<", ">", "[", "]", "&", "*", "…", "。", "！", "？",
                             "：", "」", "\t", "\u{A0}", "\u{2009}", "\u{200B}", "\u{FEFF}", "\u{3000}", "\u{2028}", "\u{85}", ""]

    static func randomBlock(_ generator: inout SplitMix) -> String {
        var text = ""
        if Int.random(in: 0..<6, using: &generator) == 0 { text += separators.randomElement(using: &generator)! }
        if Int.random(in: 0..<5, using: &generator) == 0 {
            // Leading capitals, as of a dateline.
            text += ["RIVERTON", "LONDON", "NEW YORK", "SÃO PAULO", "A", "WASHINGTON, D.C."].randomElement(using: &generator)!
            text += [" — ", " (Reuters) - ", " -", "—", " – ", ", ", " ", "("].randomElement(using: &generator)!
        }
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            var word = words.randomElement(using: &generator)!
            switch Int.random(in: 0..<8, using: &generator) {
            case 0: word = word.uppercased()
            case 1: word = word.prefix(1).uppercased() + word.dropFirst()
            case 2: word = String((0..<Int.random(in: 1...14, using: &generator)).map { _ in "abcdefghijklmnopqrstuvwxyzABC019'".randomElement(using: &generator)! })
            default: break
            }
            text += word
            text += Int.random(in: 0..<3, using: &generator) == 0 ? separators.randomElement(using: &generator)! : " "
        }
        if !text.isEmpty && Bool.random(using: &generator) { text.removeLast() }
        return text
    }

    static func features(_ text: String, tail: String, offset: Int, language: Language) -> (BlockFeatures, BlockFeatures) {
        var buffer = String(repeating: "x", count: offset) + text + tail
        return buffer.withUTF8 { bytes in
            let lexicon = CleanerLexicon.forLanguage(language)
            let block = TextRange(start: offset, end: offset + text.utf8.count)
            var scanner = BlockScanner(block: block, bytes: bytes, vocabulary: lexicon.vocabulary)
            var reference = Self.ReferenceBlockScanner(block: block, bytes: bytes, vocabulary: lexicon.vocabulary)
            return (scanner.measure(lexicon: lexicon), reference.measure(lexicon: lexicon))
        }
    }

    @Test func measuresAsTheReferenceOnRandomBlocks() {
        var generator = SplitMix(seed: 8)
        for _ in 0..<6_000 {
            let text = Self.randomBlock(&generator)
            let tail = ["", " ", "x", "\n", " and more words after it"].randomElement(using: &generator)!
            let language: Language = Int.random(in: 0..<4, using: &generator) == 0 ? .german : .english
            let (measured, expected) = Self.features(text, tail: tail, offset: Int.random(in: 0...9, using: &generator), language: language)
            #expect(String(describing: measured) == String(describing: expected), "\(text)")
        }
    }

    /// `BlockScanner` as it was before `scanSpacedWords` (every word of prose went through the
    /// loop's general steps), kept as the reference.
    struct ReferenceBlockScanner {
        let block: TextRange
        let bytes: UnsafeBufferPointer<UInt8>
        /// The most words of a boilerplate phrase looked for.
        let longest: Int
        var f = BlockFeatures()
        /// Hashes of the phrases (1 to 4 words) ending at the previous word; no allocation per word.
        var recent: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var recentCount = 0
        var wordStart = -1
        /// Whether the open word is made of ASCII bytes only (letters, digits, apostrophes).
        var wordIsASCII = true
        /// The last word closed, and where it ended (for "Photo: Name" credits).
        var lastWordClasses: CleanerLexicon.Classes = []
        var lastWordEnd = -1
        var lastWordCapitalized = false
        var tokenStart = -1
        /// Whether the current token holds an "@" and a period (an e-mail address, for `isLinkLike`).
        var tokenHasAt = false, tokenHasPeriod = false
        var firstWord = true
        var firstWordIsBy = false
        var lastVisible: Unicode.Scalar = " "
        var beforeLastVisible: Unicode.Scalar = " "

        /// A scanner of `block`, a range of `bytes`, for the phrases of `vocabulary`.
        init(block: TextRange, bytes: UnsafeBufferPointer<UInt8>, vocabulary: BoilerplateVocabulary) {
            self.block = block
            self.bytes = bytes
            self.longest = min(4, vocabulary.longest)
        }

        /// The block's features, its words checked against `lexicon` (call once).
        mutating func measure(lexicon: CleanerLexicon) -> BlockFeatures {
            var index = Int(block.start)
            let end = Int(block.end)
            var leadingCapitals = true
            while index < end {
                let byte = bytes[index]
                if byte == 0x20 {
                    // A plain space, as the general path below takes it: it ends the word and the token.
                    if f.characters > 0, lastVisible == "." || lastVisible == "?" || lastVisible == "!", index + 1 < end {
                        f.innerSentenceEnds += 1
                    }
                    f.spaceBytes += 1
                    closeToken(index)
                    closeWord(index, lexicon)
                    index += 1
                    continue
                }
                if !leadingCapitals {
                    // Past the leading capitals, ASCII letters and digits only start or extend a word and
                    // count as visible characters (none is a code mark, nor starts code or a backlink):
                    // take them as a run.
                    let run = UTF8Scanning.asciiLetterOrDigitRunEnd(from: index, to: end, in: bytes)
                    if run > index {
                        if wordStart < 0 { wordStart = index }
                        if tokenStart < 0 { tokenStart = index }
                        f.characters += run - index
                        beforeLastVisible = run - index >= 2 ? Unicode.Scalar(bytes[run - 2]) : lastVisible
                        lastVisible = Unicode.Scalar(bytes[run - 1])
                        index = run
                        if index < end && bytes[index] == 0x20 {
                            // The plain space that most often follows, taken as the branch above takes
                            // it (after a letter or digit, it ends no sentence).
                            f.spaceBytes += 1
                            closeToken(index)
                            closeWord(index, lexicon)
                            index += 1
                        }
                        continue
                    }
                }
                let (scalar, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : UTF8Scanning.scalar(at: index, in: bytes)
                let isSpace = BlockScanner.isSpace(scalar)
                if leadingCapitals && f.words <= 4 && !isSpace && !BlockScanner.isUppercase(scalar) && scalar != "," && scalar != "." {
                    // The capitals of a dateline end at a dash or an opening parenthesis.
                    if (scalar == "—" || scalar == "–" || scalar == "-" || scalar == "(") && f.words >= 1 && f.capitalized == f.letterWords {
                        f.startsWithDateline = wordStart < 0 && index > Int(block.start) && BlockScanner.isSpace(
                            UTF8Scanning.scalar(at: UTF8Scanning.previousScalarStart(before: index, in: bytes), in: bytes).scalar)
                    }
                    leadingCapitals = false
                }
                if isSpace, f.characters > 0, lastVisible == "." || lastVisible == "?" || lastVisible == "!" {
                    if index + length < end { f.innerSentenceEnds += 1 }
                }
                if !isSpace {
                    if f.characters == 0 {
                        let next = index + length < end ? bytes[index + length] : 0x20
                        f.startsLikeCode = (scalar == "$" && next == 0x20) || (scalar == "/" && next == 0x2F) || (scalar == "#" && next != 0x20)
                            || scalar == "}"
                        f.startsWithBacklink = (scalar == "^" || scalar == "↑") && next == 0x20
                    }
                    if NewsCleaner.isCodeMark(scalar) { f.codeMarks += 1 }
                    f.characters += 1
                    beforeLastVisible = lastVisible
                    lastVisible = scalar
                    if tokenStart < 0 { tokenStart = index }
                    if scalar.value == 0x40 { tokenHasAt = true } else if scalar.value == 0x2E { tokenHasPeriod = true }
                } else {
                    if scalar.value == 0x20 { f.spaceBytes += 1 }
                    closeToken(index)
                }
                let v = scalar.value
                let isIdeograph = v >= 0x3040 && ((0x3040..<0x3100).contains(v) || (0x3400..<0xA000).contains(v) || (0xF900..<0xFB00).contains(v))
                if isIdeograph {
                    closeWord(index, lexicon)
                    f.ideographs += 1
                } else if BlockScanner.isWordCharacter(scalar)
                            || (wordStart >= 0 && (scalar == "'" || scalar == "\u{2019}")) {
                    if wordStart < 0 { wordStart = index }
                    if length > 1 { wordIsASCII = false }
                } else {
                    closeWord(index, lexicon)
                    if scalar == "|" || scalar == "•" || scalar == "›" || scalar == "»" || scalar == "·" { f.linkish += 1 }
                    if scalar == "©" { f.strongHits += 1; f.boilerplateHits += 1 }
                    // "Photo: Jane Doe/AP", "Foto: dpa": a capitalized credit label right before a colon
                    // (not "she posted the photo: a dog on a skateboard").
                    if scalar == ":" && lastWordEnd == index && lastWordCapitalized && lastWordClasses.contains(.creditLabel) {
                        f.creditHits += 1
                        f.lastCreditAtWord = f.words
                    }
                    if isSpace == false && scalar != "-" && scalar != "'" { recentCount = 0 }
                }
                index += length
            }
            closeWord(end, lexicon)
            if tokenStart >= 0 {
                f.linkish += NewsCleaner.isLinkLike(UnsafeBufferPointer(rebasing: bytes[tokenStart..<end]), hasAtAndPeriod: tokenHasAt && tokenHasPeriod) ? 1 : 0
            }
            f.endsLikeSentence = NewsCleaner.isFinal(lastVisible) || (NewsCleaner.isFinalCloser(lastVisible) && NewsCleaner.isFinal(beforeLastVisible))
            f.endsWithColon = lastVisible == ":" || lastVisible == "："
            f.endsWithQuestion = lastVisible == "?" || lastVisible == "？" || (NewsCleaner.isFinalCloser(lastVisible) && beforeLastVisible == "?")
            return f
        }

        /// Counts the word that started at `wordStart` and ends at `wordEnd`, if one is open: a word
        /// the filter turns away by a short path, a short listed one with the hash and classes the
        /// lexicon stores for its spelling, any other by its hash.
        @inline(__always)
        mutating func closeWord(_ wordEnd: Int, _ lexicon: CleanerLexicon) {
            guard wordStart >= 0 else { return }
            if wordIsASCII {
                // Most words are in no list: an ASCII word that the lexicon's filter turns away has no
                // classes, and its hash would serve only phrases, which need a word of a list.
                let length = wordEnd - wordStart
                let prefix = ASCIIWordFilter.foldedPrefix(from: wordStart, to: wordEnd, in: bytes)
                if !lexicon.mayContainASCIIWord(prefix: prefix, length: length) {
                    closeUnlistedASCIIWord(wordEnd)
                    return
                }
                // A short word of the lists comes with its hash and classes.
                if length <= 8, let (hash, classes) = lexicon.shortASCIIWord(prefix: prefix) {
                    closeHashedWord(wordEnd, lexicon, hash: hash, classes: classes)
                    return
                }
            }
            closeLookedUpWord(wordEnd, lexicon)
        }

        /// `closeHashedWord` for an ASCII word in no list (no classes, so in no phrase): only the
        /// counts of words, numbers, letter words and capitals move, and the recent phrases end.
        @inline(__always)
        mutating func closeUnlistedASCIIWord(_ wordEnd: Int) {
            lastWordClasses = CleanerLexicon.Classes(rawValue: 0)   // not `[]`, which makes and releases an array here
            lastWordEnd = wordEnd
            f.words += 1
            // Counted without branches: whether a word is a number or capitalized is hard to predict.
            let lead = bytes[wordStart]
            let startsUppercase = lead &- 0x41 < 26
            f.numbers += lead &- 0x30 < 10 ? 1 : 0
            f.letterWords += (lead | 0x20) &- 0x61 < 26 ? 1 : 0
            f.capitalized += startsUppercase ? 1 : 0
            if firstWord {
                if wordEnd - wordStart > 2 && (lead == 0x42 || lead == 0x62) && (bytes[wordStart + 1] == 0x79 || bytes[wordStart + 1] == 0x59)
                    && bytes[wordStart + 2] >= 0x41 && bytes[wordStart + 2] <= 0x5A {
                    f.looksLikeByline = true   // "ByNelson D. Schwartz"
                }
                firstWordIsBy = false
                f.startsWithCommentAction = false
                firstWord = false
            } else if f.words == 2 && firstWordIsBy && startsUppercase {
                f.looksLikeByline = true
            }
            lastWordCapitalized = startsUppercase
            // No phrase ends here, and none goes on: the next word reads no recent phrase.
            recentCount = 0
            wordStart = -1
        }

        /// Counts the open word, which ends at `wordEnd`, with the classes the lexicon gives its hash.
        @inline(never)
        mutating func closeLookedUpWord(_ wordEnd: Int, _ lexicon: CleanerLexicon) {
            let hash = TermHash.hashInlined(UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]))
            closeHashedWord(wordEnd, lexicon, hash: hash, classes: lexicon.classes(of: hash))
        }

        /// Counts the open word, which ends at `wordEnd`, whose `TermHash` is `hash` and whose
        /// classes are `classes` (known from the short-word table, or looked up).
        @inline(never)
        mutating func closeHashedWord(_ wordEnd: Int, _ lexicon: CleanerLexicon, hash: UInt64, classes: CleanerLexicon.Classes) {
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd])
            wordIsASCII = true
            lastWordClasses = classes
            lastWordEnd = wordEnd
            f.words &+= 1
            // Counted without branches, as in `closeUnlistedASCIIWord`.
            f.stopWords &+= classes.contains(.stopWord) ? 1 : 0
            let lead = bytes[wordStart]
            let isNumber = lead &- 0x30 < 10
            f.numbers &+= isNumber ? 1 : 0
            f.dateWords &+= !isNumber && classes.contains(.dateWord) ? 1 : 0
            if firstWord && word.count > 2 && (lead == 0x42 || lead == 0x62) && (word[1] == 0x79 || word[1] == 0x59) && word[2] >= 0x41 && word[2] <= 0x5A {
                f.looksLikeByline = true   // "ByNelson D. Schwartz"
            }
            var startsUppercase = lead &- 0x41 < 26
            if lead < 0x80 {
                f.letterWords &+= (lead | 0x20) &- 0x61 < 26 ? 1 : 0
                f.capitalized &+= startsUppercase ? 1 : 0
            } else {
                let lead = BlockScanner.leadingLetter(at: wordStart, in: bytes)
                startsUppercase = lead.isUppercase
                if lead.isLetter {
                    f.letterWords += 1
                    if startsUppercase { f.capitalized += 1 }
                }
            }
            if firstWord {
                firstWordIsBy = classes.contains(.bylineWord)
                f.startsWithCommentAction = classes.contains(.commentAction)
            } else if f.words == 2 && firstWordIsBy && startsUppercase {
                f.looksLikeByline = true
            }
            firstWord = false
            lastWordCapitalized = startsUppercase
            // Phrases ending here: this word alone, and each recent phrase extended by it — only
            // when the word can be part of a longer phrase at all.
            let inPhrases = classes.contains(.phraseWord)
            let extendedCount = inPhrases ? min(recentCount + 1, longest) : 1
            var extended: (UInt64, UInt64, UInt64, UInt64) = (hash, 0, 0, 0)
            if extendedCount > 1 { extended.1 = TermHash.combine(TermHash.separator(recent.0), word) }
            if extendedCount > 2 { extended.2 = TermHash.combine(TermHash.separator(recent.1), word) }
            if extendedCount > 3 { extended.3 = TermHash.combine(TermHash.separator(recent.2), word) }
            if classes.contains(.strongPhrase) { f.strongHits += 1; f.boilerplateHits += 1 }
            else if classes.contains(.creditPhrase) { f.creditHits += 1; f.lastCreditAtWord = f.words }
            else if classes.contains(.weakPhrase) { f.boilerplateHits += 1 }
            for position in 1..<max(extendedCount, 1) {
                let phrase = position == 1 ? extended.1 : position == 2 ? extended.2 : extended.3
                switch lexicon.vocabulary.phrases[phrase] {
                case .strong?: f.strongHits += 1; f.boilerplateHits += 1
                case .credit?: f.creditHits += 1; f.lastCreditAtWord = f.words
                case .weak?: f.boilerplateHits += 1
                case nil: break
                }
            }
            recent = extended
            recentCount = inPhrases ? extendedCount : 0
            wordStart = -1
        }

        /// Ends the current token (a run of visible characters) at a space.
        @inline(__always)
        mutating func closeToken(_ tokenEnd: Int) {
            guard tokenStart >= 0 else { return }
            f.linkish &+= NewsCleaner.isLinkLike(from: tokenStart, to: tokenEnd, in: bytes, hasAtAndPeriod: tokenHasAt && tokenHasPeriod) ? 1 : 0
            tokenStart = -1
            tokenHasAt = false
            tokenHasPeriod = false
        }
    }
}
