/// One pass over the bytes of a block that measures its `BlockFeatures` for `NewsCleaner`
/// (words and their lists, phrases, links, code marks, how it starts and ends). The scan's
/// state lives in this value, updated by its mutating methods, so that the per-word and
/// per-token steps need no closure over local variables (whose accesses Swift may check at
/// run time on every call).
struct BlockScanner {
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
                // Kana and ideographs (most of Chinese and Japanese text): a run of them, taken as
                // the general path below takes each one. Every one is a visible character and an
                // ideograph, none a code mark; the first ends the open word and starts a token.
                if UTF8Scanning.leadsCJK(byte) && f.characters > 0 {
                    let run = Self.ideographRun(from: index, to: end, in: bytes)
                    if run.count > 0 {
                        closeWord(index, lexicon)
                        if tokenStart < 0 { tokenStart = index }
                        f.characters += run.count
                        f.ideographs += run.count
                        beforeLastVisible = run.count >= 2 ? run.beforeLast : lastVisible
                        lastVisible = run.last
                        index = run.end
                        continue
                    }
                }
                if wordStart < 0 && tokenStart < 0 && (f.words >= 2 || (f.words == 1 && !firstWordIsBy)) {
                    // Prose: words of ASCII letters and digits, each followed by one plain space (or a
                    // comma or a period and one).
                    let next = scanSpacedWords(from: index, to: end, lexicon)
                    if next > index {
                        index = next
                        continue
                    }
                }
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
            let isSpace = Self.isSpace(scalar)
            if leadingCapitals && f.words <= 4 && !isSpace && !Self.isUppercase(scalar) && scalar != "," && scalar != "." {
                // The capitals of a dateline end at a dash or an opening parenthesis.
                if (scalar == "—" || scalar == "–" || scalar == "-" || scalar == "(") && f.words >= 1 && f.capitalized == f.letterWords {
                    f.startsWithDateline = wordStart < 0 && index > Int(block.start) && Self.isSpace(
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
            if Self.isIdeograph(scalar.value) {
                closeWord(index, lexicon)
                f.ideographs += 1
            } else if Self.isWordCharacter(scalar)
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

    /// Takes the tokens of prose from `start` on, as the loop of `measure` would, one after
    /// another: each made of words — runs of ASCII letters and digits, with any apostrophe
    /// between or after them ("don't", "students'") — that a comma, a period or a hyphen joins
    /// ("1,000", "U.S", "well-known"), perhaps a comma or a period after the
    /// last, and a plain space after it, inside the block. A word's run, its folded spelling
    /// and the byte after it come from one load of eight bytes (further loads only for a longer
    /// word). A word in no list, or in lists that only count (stop words, date words), or a word
    /// of phrases that extends no recent phrase (it may start one), is counted here; a word that
    /// is a phrase on its own or extends a recent phrase, or one looked up by its hash, goes to
    /// `closeHashedWord` or `closeLookedUpWord`.
    /// The first word followed by anything else is opened as the loop opens it (in its token,
    /// which may have started before it), and the scan stops right after its run; it also stops
    /// at a byte that starts no word, and within eight bytes of the buffer's end (perhaps inside
    /// a token, which it leaves open). Returns where the loop goes on (`start` when nothing was
    /// taken).
    ///
    /// Only with no word and no token open, past the leading capitals, after the first word and,
    /// when that is the "By" of a byline, after the second (the tests of bylines and comment
    /// links, which this skips, read only those).
    mutating func scanSpacedWords(from start: Int, to end: Int, _ lexicon: CleanerLexicon) -> Int {
        let wordsBefore = f.words
        var index = start
        // Words counted here and not yet added to `f`: all, numbers, capitalized. The first
        // byte of each is a letter or a digit, so the others are its letter words.
        var words = 0, numbers = 0, capitalized = 0
        // Where the token being read starts, and the words of it and of the tokens before that
        // a comma, period or hyphen joined to the word before them.
        var tokenFrom = start, joins = 0
        // Where the last period that joined two words is (for a token left open); else -1.
        var joiningPeriod = -1
        // Where the word that ends the scan started, when it is to be opened; else -1.
        var openFrom = -1, openRun = 0
        scan: while index < end && index &+ 8 <= bytes.count {
            let chunk = UTF8Scanning.chunk(at: index, in: bytes)
            var length = UTF8Scanning.asciiLetterOrDigitPrefix(chunk)
            if length == 0 { break }
            if length == 8 { length = UTF8Scanning.asciiLetterOrDigitRunEnd(from: index &+ 8, to: max(end, index &+ 8), in: bytes) &- index }
            var wordEnd = index &+ length
            guard wordEnd < end else {
                openFrom = index
                openRun = end
                break
            }
            var after = bytes[wordEnd]
            if after == 0x27 {
                // An apostrophe goes on with the word, with any letters and digits after it
                // ("don't", "students'").
                repeat {
                    wordEnd = UTF8Scanning.asciiLetterOrDigitRunEnd(from: wordEnd &+ 1, to: end, in: bytes)
                    guard wordEnd < end else {
                        openFrom = index
                        openRun = end
                        break scan
                    }
                    after = bytes[wordEnd]
                } while after == 0x27
                length = wordEnd &- index
            }
            // The plain space after the word, or after a comma or period right after it, that
            // ends the token; -1 when a comma, period or hyphen joins the next word to it.
            var space = wordEnd
            if after != 0x20 {
                // A comma, a hyphen or a period (0x2C, 0x2D, 0x2E): one comparison.
                guard after &- 0x2C < 3, wordEnd &+ 1 < end else {
                    // The word goes on past its run ("it’s") or ends the block: open it.
                    openFrom = index
                    openRun = wordEnd
                    break
                }
                let next = bytes[wordEnd &+ 1]
                if next == 0x20 && after != 0x2D {
                    space = wordEnd &+ 1
                } else if UTF8Scanning.isASCIILetterOrDigit(next) {
                    space = -1   // "1,000", "U.S", "well-known"
                } else {
                    openFrom = index
                    openRun = wordEnd
                    break
                }
            }
            let prefix = (chunk | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* min(length, 8)))
            var classes = CleanerLexicon.Classes(rawValue: 0)
            var phraseHash: UInt64 = 0
            var countHere = true
            if lexicon.mayContainASCIIWord(prefix: prefix, length: length) {
                let entry = length <= 8 ? lexicon.shortASCIIWord(prefix: prefix) : nil
                if let entry, Self.isCountedHere(entry.classes, extendingPhrase: recentCount != 0) {
                    classes = entry.classes
                    f.stopWords &+= classes.contains(.stopWord) ? 1 : 0
                    f.dateWords &+= classes.contains(.dateWord) && UInt8(truncatingIfNeeded: chunk) &- 0x30 >= 10 ? 1 : 0
                    phraseHash = entry.hash
                } else {
                    // Counted by the general steps, which read and write `f`.
                    countHere = false
                    f.words &+= words; f.numbers &+= numbers; f.letterWords &+= words &- numbers; f.capitalized &+= capitalized
                    words = 0; numbers = 0; capitalized = 0
                    wordStart = index
                    if let entry {
                        closeHashedWord(wordEnd, lexicon, hash: entry.hash, classes: entry.classes)
                    } else {
                        closeLookedUpWord(wordEnd, lexicon)
                    }
                }
            }
            if countHere {
                // As `closeHashedWord` counts a word of these classes (or of none, as `closeUnlistedASCIIWord`).
                let lead = UInt8(truncatingIfNeeded: chunk)
                let startsUppercase = lead &- 0x41 < 26
                words &+= 1
                numbers &+= lead &- 0x30 < 10 ? 1 : 0
                capitalized &+= startsUppercase ? 1 : 0
                lastWordClasses = classes
                lastWordEnd = wordEnd
                lastWordCapitalized = startsUppercase
                // A phrase may start at a phrase word (no recent phrase goes on to it); none goes
                // on past another word. (`recent` is read only up to `recentCount`, so `recent.0`
                // is written whatever the word: a store on a condition is a branch.)
                let isPhraseWord = classes.rawValue & CleanerLexicon.Classes.phraseWord.rawValue != 0
                recent.0 = phraseHash
                recentCount = isPhraseWord ? 1 : 0
            }
            // A comma or a period ends the recent phrases, as the loop of `measure` takes it (a
            // hyphen does not).
            if space != wordEnd && after != 0x2D { recentCount = 0 }
            if space < 0 {
                joins &+= 1
                if after == 0x2E { joiningPeriod = wordEnd }
                index = wordEnd &+ 1
                continue
            }
            // The token ends: of `isLinkLike`'s tests only "http" and "www." can hold for a
            // token that starts with a letter or a digit and holds no "@".
            // (Read again rather than taken from `chunk` when the token is this word: a branch on
            // that would be hard to predict. `tokenFrom` is at most `index`, which has eight bytes
            // of the buffer from it.)
            let head = Self.head(at: tokenFrom, in: bytes)
            if (head == 0x7074_7468 || head == 0x2E77_7777) && space &- tokenFrom >= 4 { f.linkish &+= 1 }
            // A period right before the space ends a sentence inside the block.
            f.innerSentenceEnds &+= space != wordEnd && after == 0x2E && space &+ 1 < end ? 1 : 0
            index = space &+ 1
            tokenFrom = index
        }
        f.words &+= words; f.numbers &+= numbers; f.letterWords &+= words &- numbers; f.capitalized &+= capitalized
        // Each token taken has a plain space after it; every word taken but the joined ones
        // ends a token, or is the last word of a token left open.
        let spaces = f.words &- wordsBefore &- joins
        let taken = openFrom >= 0 ? openRun : index
        guard taken > start else { return start }
        f.spaceBytes &+= spaces
        f.characters &+= taken &- start &- spaces
        // The last two visible characters (tokens are one plain space apart): before a token
        // of one character, the last of the token before it, or the one seen before the scan.
        var last = taken &- 1
        if bytes[last] == 0x20 { last &-= 1 }
        let beforeLast = last > start && bytes[last &- 1] == 0x20 ? last &- 2 : last &- 1
        beforeLastVisible = beforeLast >= start ? Unicode.Scalar(bytes[beforeLast]) : lastVisible
        lastVisible = Unicode.Scalar(bytes[last])
        if openFrom >= 0 { wordStart = openFrom }
        if tokenFrom < taken {
            // A token is left open: the open word's, or one whose next word the scan did not reach.
            tokenStart = tokenFrom
            tokenHasPeriod = joiningPeriod >= tokenFrom
        }
        return taken
    }

    /// The first four bytes at `offset` of `bytes` (which must hold them), in text order from
    /// the low byte.
    @inline(__always)
    static func head(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt32.self))
    }

    /// The classes of lists that only count a word, which `scanSpacedWords` counts itself.
    static var countedHere: CleanerLexicon.Classes {
        CleanerLexicon.Classes(rawValue: CleanerLexicon.Classes.stopWord.rawValue | CleanerLexicon.Classes.dateWord.rawValue
            | CleanerLexicon.Classes.bylineWord.rawValue | CleanerLexicon.Classes.commentAction.rawValue | CleanerLexicon.Classes.creditLabel.rawValue)
    }

    /// Whether `scanSpacedWords` counts a word of `classes` itself: one of lists that only
    /// count, and perhaps a word of phrases — when it extends no recent phrase, so that the only
    /// phrase it can be part of is one that starts with it (no hash to combine, no phrase to
    /// look up). Never a phrase on its own.
    @inline(__always)
    static func isCountedHere(_ classes: CleanerLexicon.Classes, extendingPhrase: Bool) -> Bool {
        // One test, with no branch to skip a second: a listed word of prose is a word of phrases
        // ("of", "the") about as often as not, and whether a recent phrase goes on is as hard
        // to predict.
        let allowed = countedHere.rawValue | (extendingPhrase ? 0 : CleanerLexicon.Classes.phraseWord.rawValue)
        return classes.rawValue & ~allowed == 0
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
            let lead = Self.leadingLetter(at: wordStart, in: bytes)
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

    /// `UTF8Scanning.isSpace`, `NewsCleaner.isUppercase` and `NewsCleaner.isWordCharacter`, each
    /// with its ASCII answer inline and Unicode's properties of other scalars read out of line:
    /// read in `measure`, they made it look up the properties' type metadata and size stack
    /// space for them on every call, that is for every block.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? UTF8Scanning.isSpace(scalar) : isSpaceBeyondASCII(scalar)
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? NewsCleaner.isUppercase(scalar) : isUppercaseBeyondASCII(scalar)
    }

    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? NewsCleaner.isWordCharacter(scalar) : isWordCharacterBeyondASCII(scalar)
    }

    @inline(never)
    static func isSpaceBeyondASCII(_ scalar: Unicode.Scalar) -> Bool { UTF8Scanning.isSpace(scalar) }

    /// Whether `measure` counts the scalar `value` as an ideograph: kana (U+3040–U+30FF), CJK
    /// ideographs (U+3400–U+9FFF) and compatibility ideographs (U+F900–U+FAFF).
    @inline(__always)
    static func isIdeograph(_ value: UInt32) -> Bool {
        value >= 0x3040 && ((0x3040..<0x3100).contains(value) || (0x3400..<0xA000).contains(value) || (0xF900..<0xFB00).contains(value))
    }

    /// The run of ideographs (`isIdeograph`) among the three-byte scalars `UTF8Scanning.cjkValue`
    /// reads (lead bytes E3–E9: kana and CJK ideographs) from `start`: where it ends, how many
    /// characters it holds, and its last two (`beforeLast` only when it holds two).
    static func ideographRun(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>)
        -> (end: Int, count: Int, last: Unicode.Scalar, beforeLast: Unicode.Scalar) {
        var index = start, count = 0
        var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
        while let value = UTF8Scanning.cjkValue(at: index, before: end, in: bytes), isIdeograph(value), let scalar = Unicode.Scalar(value) {
            beforeLast = last
            last = scalar
            count += 1
            index += 3
        }
        return (index, count, last, beforeLast)
    }

    @inline(never)
    static func isUppercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool { NewsCleaner.isUppercase(scalar) }

    @inline(never)
    static func isWordCharacterBeyondASCII(_ scalar: Unicode.Scalar) -> Bool { NewsCleaner.isWordCharacter(scalar) }

    /// Whether the scalar at `offset` (not ASCII) is a letter, and an uppercase one. Kept out of
    /// `closeWord`, which would otherwise look up the metadata of `Unicode.Scalar.Properties`
    /// on every call.
    @inline(never)
    static func leadingLetter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (isLetter: Bool, isUppercase: Bool) {
        let traits = ScalarTraits.of(UTF8Scanning.scalar(at: offset, in: bytes).scalar)
        return (traits.contains(.alphabetic), traits.contains(.uppercase))
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
