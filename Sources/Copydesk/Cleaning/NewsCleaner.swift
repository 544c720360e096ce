/// The default cleaner: labels each block of scraped plain text from its own features and its
/// neighbours', in the spirit of jusText, tuned for news. Rules, in order:
///
/// 1. **Features** per block: words, stop-word share, capitalized-word share, boilerplate phrases
///    (weak, strong, photo credit), link-like tokens, sentence-final punctuation, repetition.
/// 2. **Initial class**: *bad* — a strong boilerplate phrase in a block of under 40 words, weak
///    phrases making up much of a short block, link-heavy blocks, repeated blocks, blocks that
///    repeat one phrase of 3+ words (teaser cards read once per link), or Title Case lines with no
///    final punctuation (navigation, related headlines); *good* — 25+ words with a
///    stop-word share of 0.25+ (0.12+ where there is no list); *short* — under 12 words;
///    *near-good* — a prose-like block in between; the rest *bad*. Three or more unpunctuated
///    short lines in a row are a menu (*bad*), unless prose follows them and either a line ending
///    with a colon introduces them or most read like clauses after prose: then they are a list in
///    the article and the context decides.
/// 3. **Context**: a short block between good blocks is good, between bad ones bad; a near-good
///    block next to a good block is good, past at most two lines of one to three words between
///    them (an "Advertisement" label, a photo credit). Prose-like short lines ending with punctuation inside
///    the article stay. A stretch of dropped blocks between kept ones made mostly of code-like
///    lines (code punctuation, "$ " prompts, "//" comments) is a code listing and kept. A short
///    unpunctuated line right between two kept paragraphs is a subheading and kept. Kept
///    stretches that three or more dropped blocks cut off from the rest and that hold under a
///    tenth of the largest stretch's words are dropped (teasers, author boxes, reader comments);
///    a photo gallery between them does not cut a lead paragraph off the article. After the
///    article, a stretch that strong boilerplate fills or flanks on both sides (the prose of a
///    consent dialog) is dropped whatever its size.
///    Three or more headline-and-summary pairs in a row at an edge of the kept text are a list of
///    teasers and dropped. Two or more lone "Reply"/"Report" lines mark a thread of reader
///    comments, dropped from its first comment to the last such line. Three or more slide
///    counters with one total ("3/12") mark a photo gallery, whose captions are dropped. Three or
///    more entries starting with a backlink mark ("^ Smith (2004). Title.") after kept text are a
///    list of references, kept with the lines between them.
/// 4. **Roles** among the kept blocks: the last short unpunctuated block just before the first
///    body block is the *title*, a one- or two-sentence block right after it the *dek*; lines
///    with photo-credit phrases are *credit* (with the caption lines they repeat), "By Name"
///    lines *byline*, short date lines *dateline*. Everything not kept is *boilerplate*.
/// 5. **Bare text**: when nothing is kept and no block has a boilerplate phrase, a photo credit
///    or a link (a wire brief of figures), every block is kept as *body*.
public struct NewsCleaner: Cleaner {
    public let id = "news"

    /// Text whose markup was already removed by an HTML extractor: the navigation and page
    /// furniture are gone, so only explicit boilerplate evidence drops a block and context
    /// rules (which would also drop short subheadings and list items) are skipped.
    public let preExtracted: Bool

    /// A cleaner for scraped plain text, or (`preExtracted`) for text an HTML extractor produced.
    public init(preExtracted: Bool = false) {
        self.preExtracted = preExtracted
    }

    public func forExtractedText() -> any Cleaner { NewsCleaner(preExtracted: true) }

    enum Class { case good, nearGood, short, bad }

    /// The fewest words of a phrase that a teaser card repeats.
    static let echoWords = 3
    /// The most words of a block that can be a repeated teaser title.
    static let echoMaximumWords = 60

    /// A block made of one phrase written two or more times in a row ("How to Save Money How to
    /// Save Money", the last copy perhaps cut short): the title of a teaser card, which scrapers
    /// read once per link of the card.
    static func repeatsItself(_ block: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(block.start), length = Int(block.end) - start
        guard length >= 3 else { return false }
        // A copy starts at `period` (2 through `lastPeriod`): after a space that ends the phrase,
        // with the block's first byte. Those spots are found eight bytes at a time; the text
        // is compared from there only.
        let lastPeriod = (length - 1) / 2 + 1
        let first = bytes[start]
        func isRepeated(withPeriod period: Int) -> Bool {
            var offset = period
            while offset < length && bytes[start + offset] == bytes[start + offset - period] { offset += 1 }
            return offset == length
        }
        var base = 1   // the chunk at `base` holds the spots base + 1 ... base + 7
        while base < lastPeriod && start + base + 8 <= bytes.count {
            var spots = Self.phraseStarts(in: UTF8Scanning.chunk(at: start + base, in: bytes), first: first)
            while spots != 0 {
                let period = base + spots.trailingZeroBitCount >> 3
                if period > lastPeriod { return false }
                if isRepeated(withPeriod: period) { return true }
                spots &= spots &- 1
            }
            base += 7
        }
        var period = base + 1
        while period <= lastPeriod {
            if bytes[start + period - 1] == 0x20 && bytes[start + period] == first && isRepeated(withPeriod: period) { return true }
            period += 1
        }
        return false
    }

    /// Bit 7 of each byte of `chunk` (eight bytes in text order from the low one) that is `first`
    /// right after a space (0x20) in the chunk; never byte 0, whose predecessor is not in it.
    @inline(__always)
    static func phraseStarts(in chunk: UInt64, first: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        /// Bit 7 of each byte of `x` that is zero (exact: no borrow crosses bytes).
        func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & low) &+ low) | x) & ~low }
        return zeroBytes(chunk ^ (ones &* UInt64(first))) & (zeroBytes(chunk ^ (ones &* 0x20)) << 8)
    }

    /// The features of each block (see `BlockScanner`), with `isRepeat` and `occurrences` set.
    static func features(of blocks: [TextRange], _ bytes: UnsafeBufferPointer<UInt8>, lexicon: CleanerLexicon) -> [BlockFeatures] {
        var features = blocks.map { Self.measure($0, bytes, lexicon: lexicon) }
        markRepeats(in: &features, of: blocks, bytes)
        return features
    }

    /// Sets each block's `isRepeat` (an earlier block has the same text, compared by `TermHash`,
    /// so case-folded) and `occurrences` (how many blocks have it). Folding turns each scalar
    /// into one scalar and never makes or removes a space, so blocks of the same folded text
    /// have the same `spaceBytes` and `characters`: only blocks that share both with another
    /// block are hashed. One temporary buffer (on the stack, unless the text has many blocks),
    /// sorted twice: by those counts, then by hash.
    static func markRepeats(in features: inout [BlockFeatures], of blocks: [TextRange], _ bytes: UnsafeBufferPointer<UInt8>) {
        guard blocks.count > 1 else { return }
        withUnsafeTemporaryAllocation(of: (key: UInt64, index: Int).self, capacity: features.count) { buffer in
            for index in features.indices {
                (buffer.baseAddress! + index).initialize(to: (Self.repeatKey(features[index]), index))
            }
            defer { buffer.deinitialize() }
            markRepeats(in: &features, of: blocks, bytes, entries: buffer)
        }
    }

    /// What blocks of the same case-folded text share: their counts of spaces and of other
    /// characters, in one number (blocks that differ may share it too; they are then hashed).
    @inline(__always)
    static func repeatKey(_ f: BlockFeatures) -> UInt64 {
        (UInt64(truncatingIfNeeded: f.spaceBytes) &<< 32) ^ UInt64(truncatingIfNeeded: f.characters)
    }

    /// `markRepeats(in:of:_:)` with `entries` holding each block's `repeatKey` and index.
    private static func markRepeats(in features: inout [BlockFeatures], of blocks: [TextRange], _ bytes: UnsafeBufferPointer<UInt8>,
                                    entries: UnsafeMutableBufferPointer<(key: UInt64, index: Int)>) {
        func inOrder(_ a: (key: UInt64, index: Int), _ b: (key: UInt64, index: Int)) -> Bool {
            a.key != b.key ? a.key < b.key : a.index < b.index
        }
        var entries = entries
        entries.sort(by: inOrder)
        // The blocks of a shared count, keyed by their hash, move to the front (never past the
        // entry being read).
        var hashedCount = 0
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].key == entries[start].key { end += 1 }
            if end - start > 1 {
                for position in start..<end {
                    let index = entries[position].index
                    entries[hashedCount] = (TermHash.hash(UnsafeBufferPointer(rebasing: bytes[blocks[index].offsets])), index)
                    hashedCount += 1
                }
            }
            start = end
        }
        guard hashedCount > 1 else { return }
        entries = UnsafeMutableBufferPointer(rebasing: entries[..<hashedCount])
        entries.sort(by: inOrder)
        start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].key == entries[start].key { end += 1 }
            for position in start..<end {
                features[entries[position].index].isRepeat = position > start
                features[entries[position].index].occurrences = end - start
            }
            start = end
        }
    }

    /// How many unpunctuated short lines in a row make a menu or a list of links.
    static let menuRun = 3

    public func labels(for blocks: [TextRange], in bytes: UnsafeBufferPointer<UInt8>, language: Language) -> [BlockLabel] {
        guard !blocks.isEmpty else { return [] }
        let lexicon = CleanerLexicon.forLanguage(language)
        let features = Self.features(of: blocks, bytes, lexicon: lexicon)
        if preExtracted {
            // After an HTML extractor only explicit boilerplate phrases drop a block; lines without
            // words (code, punctuation) and repeats belong to the article it chose.
            let kept = features.map { f -> Class in
                f.strongHits > 0 && f.effectiveWords < 30 ? .bad : .good
            }
            return Self.assignRoles(kept, features, blocks, bytes)
        }
        // One array from here on: each pass rewrites it in place. (Made by the specialized
        // collection copy: `Array(repeating:count:)` allocates through an unspecialized path that
        // looks the array's storage type up in the runtime's generic metadata cache per call.)
        var resolved = Array(repeatElement(Class.bad, count: blocks.count))
        Self.setInitialClasses(&resolved, blocks, features, bytes, hasStopList: lexicon.hasStopList)
        Self.resolve(&resolved, features)
        if !resolved.contains(.good) {
            // A short text has no block long enough to be sure of: keep its prose-like blocks. (The
            // initial classes are worked out again rather than kept aside for every text.)
            Self.setInitialClasses(&resolved, blocks, features, bytes, hasStopList: lexicon.hasStopList)
            var anyGood = false
            for index in resolved.indices {
                let kind = resolved[index]
                if kind == .nearGood || (kind == .short && features[index].endsLikeSentence) { resolved[index] = .good }
                anyGood = anyGood || resolved[index] == .good
            }
            if anyGood {
                Self.resolve(&resolved, features)
            } else {
                // Nothing was promoted: these are still the initial classes.
                for index in resolved.indices { resolved[index] = resolved[index] == .bad ? .bad : .good }
            }
        }
        let galleries = Self.galleries(features, blocks, bytes)
        Self.keepCodeRuns(&resolved, features)
        Self.dropGalleries(&resolved, galleries)
        Self.keepSubheadings(&resolved, features)
        Self.dropCommentThread(&resolved, features)
        Self.dropIslands(&resolved, features, galleries: galleries)
        let article = Self.dropTeaserRuns(resolved, features)
        var labels = Self.assignRoles(Self.keepReferenceLists(article, features), features, blocks, bytes)
        Self.keepBareText(&labels, features)
        return labels
    }

    /// Each block's class before the context rules: from its own features, except that runs of
    /// three or more unpunctuated short lines are menus and lists of links or headlines.
    /// Overwrites `classes`, which has one entry per block.
    static func setInitialClasses(_ classes: inout [Class], _ blocks: [TextRange], _ features: [BlockFeatures],
                                  _ bytes: UnsafeBufferPointer<UInt8>, hasStopList: Bool) {
        for (index, block) in blocks.enumerated() {
            let f = features[index]
            let repeated = f.isRepeat
            // Only short blocks: an article that repeats itself (a scraper's doubled page) is no teaser
            // card, and the check stays cheap.
            let echoed = f.effectiveWords >= 2 * Self.echoWords && f.effectiveWords <= Self.echoMaximumWords
                && Self.repeatsItself(block, bytes)
            classes[index] = echoed ? .bad : Self.initialClass(f, repeated: repeated, hasStopList: hasStopList)
        }
        // Runs of three or more unpunctuated short lines are menus and lists of links or headlines,
        // whatever surrounds them; a subheading stands alone. A line of 20 or more ideographs is
        // no menu entry: Chinese and Japanese blogs often leave their lines unpunctuated.
        var runStart = 0
        while runStart < classes.count {
            var runEnd = runStart
            while runEnd < classes.count, classes[runEnd] != .bad, !features[runEnd].endsLikeSentence, features[runEnd].effectiveWords < 20,
                  features[runEnd].ideographs < 20 {
                runEnd += 1
            }
            if runEnd - runStart >= Self.menuRun && !Self.isListInProse(runStart..<runEnd, classes, features) {
                for index in runStart..<runEnd { classes[index] = .bad }
            }
            runStart = max(runEnd, runStart + 1)
        }
    }

    /// How many entries make a list of references.
    static let referenceRun = 3
    /// The most blocks from one entry of a reference list to the next (an entry may wrap).
    static let referenceReach = 3

    /// A list of references or notes after the article: three or more entries that start with a
    /// backlink mark ("^ Smith, John (2004). Title."), each within a few blocks of the next, are
    /// kept with the lines between them, however little they read like prose.
    static func keepReferenceLists(_ classes: [Class], _ features: [BlockFeatures]) -> [Class] {
        let entries = features.indices.filter { features[$0].startsWithBacklink && features[$0].effectiveWords >= 3 }
        guard entries.count >= referenceRun, let firstKept = classes.firstIndex(of: .good) else { return classes }
        var result = classes
        var group: [Int] = []
        func close() {
            if group.count >= referenceRun, let first = group.first, let last = group.last, first > firstKept {
                for index in first...last where features[index].strongHits == 0 { result[index] = .good }
            }
            group = []
        }
        for entry in entries {
            if let last = group.last, entry - last > referenceReach { close() }
            group.append(entry)
        }
        close()
        return result
    }

    /// The fewest code marks of a lone code-like block between kept ones.
    static let loneCodeMarks = 4

    /// Code listings and shell sessions inside the article: a stretch of dropped blocks between
    /// kept ones, made mostly of code-like lines (the rest short lines or sentences of prose that
    /// introduce the next listing), with no strong boilerplate phrase, belongs to the article.
    ///
    /// Rewrites `resolved` in place: a run is read before it is rewritten, and later runs start
    /// after it.
    static func keepCodeRuns(_ resolved: inout [Class], _ features: [BlockFeatures]) {
        var start = 0
        while start < resolved.count {
            guard resolved[start] != .good else { start += 1; continue }
            var end = start
            while end < resolved.count && resolved[end] != .good { end += 1 }
            let run = start..<end
            if start > 0 && end < resolved.count {
                let code = run.reduce(0) { $0 + (features[$1].looksLikeCode ? 1 : 0) }
                let fits = run.allSatisfy { index in
                    let f = features[index]
                    return f.strongHits == 0 && (f.looksLikeCode || f.effectiveWords <= 12 || f.stopShare >= 0.2)
                }
                // A lone block needs more than a parenthesis or two: "(Photo: Reuters)" is a caption.
                let lone = run.count == 1 && features[start].codeMarks >= loneCodeMarks
                if fits && code * 2 >= run.count && (code >= 2 || lone) {
                    for index in run { resolved[index] = .good }
                }
            }
            start = end
        }
    }

    /// How many slide counters with the same total make a gallery.
    static let galleryRun = 3

    /// Photo galleries: slide counters ("3/12", "3 of 12") with the same total, three or more,
    /// number the slides of a gallery; the captions from the first counter to the one after the
    /// last counter are dropped, however much they read like prose.
    static func dropGalleries(_ classes: inout [Class], _ galleries: [ClosedRange<Int>]) {
        for gallery in galleries {
            for index in gallery { classes[index] = .bad }
        }
    }

    /// The photo galleries of a page: three or more slide counters with one total, with the
    /// caption that belongs to each. A caption usually follows its counter, so the gallery runs
    /// from the first counter to the block after the last; but when the same short line ("Hide
    /// Caption") stands right before most counters, captions come before their counters, and the
    /// gallery runs from the caption before the first counter to the last counter.
    static func galleries(_ features: [BlockFeatures], _ blocks: [TextRange], _ bytes: UnsafeBufferPointer<UInt8>) -> [ClosedRange<Int>] {
        var counters: [Int: [Int]] = [:]
        for index in blocks.indices where features[index].numbers == 2 && features[index].words <= 3 && features[index].characters <= 12 {
            if let total = slideCounterTotal(blocks[index], bytes) { counters[total, default: []].append(index) }
        }
        // Most texts have no slide counter: no filtering and sorting of nothing.
        guard !counters.isEmpty else { return [] }
        return counters.values.filter { $0.count >= galleryRun }.compactMap { slides in
            guard let first = slides.first, let last = slides.last else { return nil }
            let markedBefore = slides.filter { $0 > 0 && features[$0 - 1].occurrences >= galleryRun && features[$0 - 1].effectiveWords <= 3 }
            if markedBefore.count * 2 > slides.count {
                return max(0, first - 2)...last
            }
            return first...min(last + 1, blocks.count - 1)
        }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The total of a slide counter, "3/12" or "3 of 12" (the slide at most the total), or nil.
    static func slideCounterTotal(_ block: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = Int(block.start)
        let end = Int(block.end)
        func number() -> Int? {
            var value = 0, digits = 0
            while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < 4 {
                value = value * 10 + Int(bytes[index] - 0x30); digits += 1; index += 1
            }
            return digits > 0 ? value : nil
        }
        func skipSpaces() { while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        skipSpaces()
        guard let slide = number() else { return nil }
        skipSpaces()
        if index < end && bytes[index] == 0x2F {
            index += 1
        } else if index + 1 < end && bytes[index] == 0x6F && bytes[index + 1] == 0x66 {
            index += 2
        } else {
            return nil
        }
        skipSpaces()
        guard let total = number(), slide >= 1, slide <= total, total >= galleryRun else { return nil }
        skipSpaces()
        return index == end ? total : nil
    }

    /// The most words of a subheading.
    static let subheadingWords = 8
    /// How often a subheading may occur on the page (in the table of contents and as a heading).
    static let subheadingOccurrences = 2
    /// The fewest words of the paragraphs around a subheading.
    static let subheadingParagraph = 20

    /// Subheadings between paragraphs of the article: a dropped short unpunctuated line with no
    /// boilerplate phrase, link or credit, right between two kept paragraphs, heads the next
    /// one — even when it repeats an entry of the article's table of contents (once; a line
    /// found three or more times on the page is a placeholder such as "Image").
    ///
    /// Rewrites `resolved` in place: a block it keeps has a kept block after it, so the next
    /// block is no dropped one whose test would read it.
    static func keepSubheadings(_ resolved: inout [Class], _ features: [BlockFeatures]) {
        for index in resolved.indices.dropLast() where resolved[index] == .bad {
            let f = features[index], next = features[index + 1]
            guard !f.endsLikeSentence, f.effectiveWords >= 1, f.effectiveWords <= subheadingWords, f.occurrences <= subheadingOccurrences, f.boilerplateHits == 0, f.linkish == 0, f.creditHits == 0,
                  resolved[index + 1] == .good, next.effectiveWords >= subheadingParagraph, index > 0 else { continue }
            let previous = features[index - 1]
            if resolved[index - 1] == .good && previous.effectiveWords >= subheadingParagraph { resolved[index] = .good }
        }
    }

    /// How many dropped blocks in a row cut the kept text into separate islands.
    static let islandGap = 3
    /// An island after the article with at least one strong boilerplate phrase per this many
    /// words is page furniture (consent and legal text), however long.
    static let legaleseWordsPerHit = 60
    /// …or with at least this many blocks with strong phrases among the three on each side.
    static let legaleseNeighbours = 2

    /// An island holding less than this share of the largest island's words is not the article.
    static let islandShare = 0.1

    /// The article is one stretch of text, perhaps broken by an ad or a photo: kept blocks that
    /// several dropped blocks cut off from it and that hold only a small share of its words are
    /// teasers, author boxes or comments that happen to read like prose.
    ///
    /// Rewrites `classes` in place, reading the islands twice (once to find the largest) rather
    /// than keeping a list of them.
    static func dropIslands(_ classes: inout [Class], _ features: [BlockFeatures], galleries: [ClosedRange<Int>] = []) {
        let galleryBlocks = Self.galleryBlockCounts(galleries, count: classes.count)
        var count = 0, main = 0, largest = 0, from = 0
        while let island = Self.island(from: from, classes, features, galleryBlocks: galleryBlocks) {
            if count == 0 || island.words > largest { largest = island.words; main = count }
            count += 1
            from = island.range.upperBound
        }
        guard count > 1 else { return }
        from = 0
        for position in 0..<count {
            // Islands before this one may be rewritten, but this one and the ones after are not.
            guard let island = Self.island(from: from, classes, features, galleryBlocks: galleryBlocks) else { break }
            from = island.range.upperBound
            guard position != main else { continue }
            // After the article, an island that strong boilerplate surrounds or fills (the prose of
            // a consent dialog: "These cookies collect information…") goes whatever its size.
            let strongHits = island.range.reduce(0) { $0 + features[$1].strongHits }
            let before = (max(0, island.range.lowerBound - 3)..<island.range.lowerBound).reduce(0) { $0 + (features[$1].strongHits > 0 ? 1 : 0) }
            let after = (island.range.upperBound..<min(classes.count, island.range.upperBound + 3)).reduce(0) { $0 + (features[$1].strongHits > 0 ? 1 : 0) }
            let legalese = position > main && (strongHits * Self.legaleseWordsPerHit >= island.words
                || (before >= Self.legaleseNeighbours && after >= Self.legaleseNeighbours))
            if Double(island.words) < islandShare * Double(largest) || legalese {
                for index in island.range { classes[index] = .bad }
            }
        }
    }

    /// How many blocks before each index (0 through `count`) belong to a photo gallery of
    /// `galleries` or to the four blocks before one (its heading and first caption may come
    /// before the first slide counter); empty when there is no gallery. Whether a gap between
    /// kept blocks holds a gallery is then one subtraction, however many galleries the page has.
    static func galleryBlockCounts(_ galleries: [ClosedRange<Int>], count: Int) -> [Int] {
        guard !galleries.isEmpty, count > 0 else { return [] }
        // First the changes in how many galleries reach each block, then the running counts.
        var counts = Array(repeatElement(0, count: count + 1))   // not `Array(repeating:)`: see `labels`
        for gallery in galleries {
            let lower = max(0, gallery.lowerBound - 4), upper = min(gallery.upperBound, count - 1)
            guard lower <= upper else { continue }
            counts[lower] += 1
            counts[upper + 1] -= 1
        }
        var reaching = 0, covered = 0
        for index in 0..<count {
            reaching += counts[index]
            counts[index] = covered
            covered += reaching > 0 ? 1 : 0
        }
        counts[count] = covered
        return counts
    }

    /// The island of kept blocks that starts at the first kept block at or after `position`
    /// (see `dropIslands`), with the words it holds; nil when no block from there on is kept.
    /// `galleryBlocks` is `galleryBlockCounts` of the page's galleries.
    static func island(from position: Int, _ classes: [Class], _ features: [BlockFeatures],
                       galleryBlocks: [Int]) -> (range: Range<Int>, words: Int)? {
        guard let start = classes[position...].firstIndex(of: .good) else { return nil }
        var last = start, words = features[start].effectiveWords
        for index in (start + 1)..<classes.count where classes[index] == .good {
            // A photo gallery inside the article interrupts it; it does not cut the lead off. Its
            // heading and first caption may come a few blocks before the first slide counter.
            if index - last - 1 >= islandGap {
                let gapHoldsGallery = !galleryBlocks.isEmpty && galleryBlocks[index] > galleryBlocks[last + 1]
                if !gapHoldsGallery { break }
            }
            words += features[index].effectiveWords
            last = index
        }
        return (start..<(last + 1), words)
    }

    /// Reader comments: two or more lone "Reply" or "Report" lines mark a thread. Kept blocks from
    /// the text of the first comment (the kept blocks right before the first such line) to the
    /// last such line are comments, however much they read like prose.
    static func dropCommentThread(_ classes: inout [Class], _ features: [BlockFeatures]) {
        func isAction(_ index: Int) -> Bool { features[index].startsWithCommentAction && features[index].effectiveWords <= 2 }
        guard let first = features.indices.first(where: isAction), let last = features.indices.last(where: isAction),
              first < last else { return }
        var start = first
        while start > 0 && classes[start - 1] == .good { start -= 1 }
        for index in start...last { classes[index] = .bad }
    }

    /// How many headline-and-summary pairs in a row make a list of teasers.
    static let teaserRun = 3

    /// Lists of teasers for other stories: three or more pairs of a headline (at most 16 words,
    /// no final period) and a one- or two-line summary (8 to 40 words), with at most date or
    /// byline lines between them, at an edge of the kept text. Inside an article, subheadings
    /// are followed by longer passages and prose stands on both sides.
    ///
    /// Linear time: the run of pairs that starts at each block is worked out once, from the last
    /// block back (a run starting at a headline is that pair and the run starting after it), so
    /// a long run with kept prose on both sides, which fails from each of its headlines in turn,
    /// is not walked again from each of them. The runs live in a temporary buffer (on the stack,
    /// unless the text has thousands of blocks).
    static func dropTeaserRuns(_ classes: [Class], _ features: [BlockFeatures]) -> [Class] {
        // Three pairs need six blocks.
        guard classes.count >= 2 * teaserRun else { return classes }
        func isKept(_ index: Int) -> Bool {
            let f = features[index]
            return classes[index] == .good && !f.looksLikeDateline && !(f.looksLikeByline && f.effectiveWords <= 12)
        }
        func isHeadline(_ index: Int) -> Bool {
            let f = features[index]
            return f.effectiveWords >= 1 && f.effectiveWords <= 16 && (!f.endsLikeSentence || f.endsWithQuestion)
        }
        func isSummary(_ index: Int) -> Bool {
            let f = features[index]
            return f.effectiveWords >= 8 && f.effectiveWords <= 40 && f.endsLikeSentence
        }
        /// Whether the rule looks past the block: a short line that is not kept.
        func isLookedPast(_ index: Int) -> Bool { !isKept(index) && features[index].effectiveWords <= 6 }
        /// The first block at or after `index` that is not a short line the rule looks past.
        func skippingShortLines(from index: Int) -> Int {
            var index = index
            while index < classes.count && isLookedPast(index) { index += 1 }
            return index
        }
        let count = classes.count
        // Most texts hold fewer than three headline-and-summary pairs in all: nothing to drop.
        var pairs = 0
        for index in 0..<(count - 1) where isHeadline(index) && isSummary(index + 1) { pairs += 1 }
        guard pairs >= teaserRun else { return classes }
        var result = classes
        withUnsafeTemporaryAllocation(of: (pairs: Int, end: Int).self, capacity: count) { runs in
            // runs[index]: how many pairs in a row start with a headline at `index`, and the
            // block right after the last one's summary (meaningful only with one pair or more).
            // `skipFromNext` and `skipFromAfterNext` are `skippingShortLines` from index + 1 and + 2.
            var skipFromNext = count, skipFromAfterNext = count
            for index in stride(from: count - 1, through: 0, by: -1) {
                var run = (pairs: 0, end: index)
                if index + 1 < count && isHeadline(index) && isSummary(index + 1) {
                    let following = skipFromAfterNext
                    if following < count && runs[following].pairs > 0 {
                        run = (runs[following].pairs + 1, runs[following].end)
                    } else {
                        run = (1, index + 2)
                    }
                }
                (runs.baseAddress! + index).initialize(to: run)
                skipFromAfterNext = skipFromNext
                skipFromNext = isLookedPast(index) ? skipFromNext : index
            }
            defer { runs.deinitialize() }
            var start = 0
            while start < count {
                let landing = skippingShortLines(from: start)
                let run = landing < count ? runs[landing] : (pairs: 0, end: start)
                if run.pairs >= teaserRun,
                   landing == 0 || !isKept(landing - 1) || run.end >= count || !isKept(run.end) {
                    var headline = landing
                    for _ in 0..<run.pairs {
                        result[headline] = .bad
                        result[headline + 1] = .bad
                        headline = skippingShortLines(from: headline + 2)
                    }
                    start = run.end
                } else {
                    // Every start up to the landing skips to the same block and fails the same way:
                    // go past it at once (a long run of short lines is not rescanned per line).
                    start = landing + 1
                }
            }
        }
        return result
    }

    /// A run of unpunctuated lines that is a list inside the article rather than a menu: prose
    /// stands right after it, and either a line of words ending with a colon ("You will need:")
    /// introduces it, or most of its lines read like clauses and prose stands right before it.
    static func isListInProse(_ run: Range<Int>, _ classes: [Class], _ features: [BlockFeatures]) -> Bool {
        guard run.lowerBound > 0, run.upperBound < classes.count else { return false }
        func isProse(_ index: Int) -> Bool { classes[index] == .good || classes[index] == .nearGood }
        let before = run.lowerBound - 1
        guard isProse(run.upperBound) else { return false }
        if features[before].endsWithColon && features[before].stopShare > 0 { return true }
        let clauses = run.reduce(0) { $0 + (features[$1].readsLikeClause ? 1 : 0) }
        return clauses * 2 >= run.count && isProse(before)
    }

    static func initialClass(_ f: BlockFeatures, repeated: Bool, hasStopList: Bool) -> Class {
        let words = f.effectiveWords
        if words == 0 { return .bad }
        if repeated { return .bad }
        if f.strongHits > 0 && words < 30 { return .bad }
        if f.strongHits >= 2 && (words < 80 || f.strongHits * 40 >= words) { return .bad }
        if f.boilerplateHits > 0 && Double(f.boilerplateHits * 4) >= Double(words) { return .bad }
        if f.linkish * 3 >= max(words, 1) && words < 40 { return .bad }
        let stopHigh = hasStopList ? 0.25 : 0.0, stopLow = hasStopList ? 0.15 : 0.0
        if f.ideographs > 0 && f.words * 4 < f.ideographs {
            // Chinese and Japanese: length and punctuation decide.
            if f.ideographs >= 40 && f.endsLikeSentence { return .good }
            if f.ideographs >= 20 { return .nearGood }
            return .short
        }
        // Title Case lines without final punctuation: subheadings inside an article, navigation or
        // related headlines outside it — the neighbours decide.
        if !f.endsLikeSentence && f.capitalShare >= 0.6 && f.letterWords >= 2 && words < 25 { return .short }
        if words >= 25 && f.stopShare >= stopHigh { return f.endsLikeSentence || words >= 40 ? .good : .nearGood }
        if words < 12 { return .short }
        if f.stopShare >= stopLow && (f.endsLikeSentence || words >= 20) { return .nearGood }
        // No sign of boilerplate at all (figures, tables in wire copy): let the neighbours decide.
        if f.boilerplateHits * 8 < words && f.linkish == 0 && f.capitalShare < 0.5 { return .nearGood }
        return .bad
    }

    /// jusText's context rules.
    ///
    /// Rewrites `result` in place. Each rule reads the classes as they were before it: the rule
    /// for short blocks rewrites only short blocks, and finds the block before one as it goes;
    /// the rule for near-good blocks reads a temporary copy (on the stack, unless the text has
    /// thousands of blocks).
    static func resolve(_ result: inout [Class], _ features: [BlockFeatures]) {
        // Short blocks take their class from the nearest non-short neighbours: the one before
        // is not rewritten by this rule, and the ones after are not rewritten yet.
        // `nextIndex`: the first block after the current one that is not short (found once per
        // run of short blocks, so a text of many short blocks costs linear time).
        var previous: Class? = nil
        var nextIndex = 0
        for index in result.indices {
            guard result[index] == .short else { previous = result[index]; continue }
            if nextIndex <= index {
                nextIndex = index + 1
                while nextIndex < result.count && result[nextIndex] == .short { nextIndex += 1 }
            }
            let next: Class? = nextIndex < result.count ? result[nextIndex] : nil
            // The start or end of the text sides with the other neighbour.
            var goodPrevious = previous == .good || previous == .nearGood
            var goodNext = next == .good || next == .nearGood
            if previous == nil { goodPrevious = goodNext }
            if next == nil { goodNext = goodPrevious }
            if goodPrevious && goodNext {
                result[index] = .good
            } else if !goodPrevious && !goodNext {
                result[index] = .bad
            } else {
                // Between article and boilerplate: keep it only when it reads like a sentence.
                result[index] = features[index].endsLikeSentence && features[index].stopShare > 0 ? .nearGood : .bad
            }
        }
        // Near-good blocks are kept next to good ones; a label of an ad slot or a credit of up to
        // three words between them does not separate them.
        if result.contains(.nearGood) {
            withUnsafeTemporaryAllocation(of: Class.self, capacity: result.count) { second in
                _ = second.initialize(from: result)
                defer { second.deinitialize() }
                // The walk outward crosses near-good blocks, so it ends in the same place from
                // every block of a run of them: it is walked once per run (linear time).
                var start = 0
                while start < second.count {
                    guard second[start] == .nearGood else { start += 1; continue }
                    var end = start
                    while end < second.count && second[end] == .nearGood { end += 1 }
                    var keep = false
                    for step in stride(from: -1, through: 1, by: 2) {
                        var i = step < 0 ? start - 1 : end
                        var skipped = 0
                        while i >= 0 && i < second.count {
                            if second[i] == .nearGood { i += step; continue }
                            if second[i] != .good && features[i].effectiveWords <= 3 && skipped < 2 { skipped += 1; i += step; continue }
                            break
                        }
                        if i >= 0 && i < second.count && second[i] == .good { keep = true }
                    }
                    for index in start..<end { result[index] = keep ? .good : .bad }
                    start = end
                }
            }
        }
        // A run of blocks that all mention boilerplate (cookies, subscriptions), amid boilerplate,
        // is boilerplate: the long paragraphs of a consent banner after the article.
        var start = 0
        while start < result.count {
            guard result[start] == .good else { start += 1; continue }
            var end = start
            while end < result.count && result[end] == .good { end += 1 }
            let bounded = (start == 0 || result[start - 1] == .bad) && (end == result.count || result[end] == .bad)
            if bounded && (start..<end).allSatisfy({ features[$0].strongHits > 0 }) && start > 0 {
                for index in start..<end { result[index] = .bad }
            }
            start = end
        }
    }

    /// A text in which nothing reads as an article and nothing reads as page furniture — a wire
    /// brief that is all figures ("Shr 36 cts vs 31 cts", "Net 26,158,000 vs 21,798,000"), a list
    /// — is not a scraped page: it is kept whole as body rather than reported as all boilerplate.
    /// Blocks with any boilerplate phrase, photo credit or link keep their label.
    static func keepBareText(_ labels: inout [BlockLabel], _ features: [BlockFeatures]) {
        guard !labels.contains(where: \.isKept) else { return }
        let furniture = features.contains { $0.boilerplateHits > 0 || $0.creditHits > 0 || $0.linkish > 0 }
        guard !furniture else { return }
        for index in labels.indices where labels[index] == .boilerplate { labels[index] = .body }
    }

    static func assignRoles(_ classes: [Class], _ features: [BlockFeatures], _ blocks: [TextRange], _ bytes: UnsafeBufferPointer<UInt8>) -> [BlockLabel] {
        var labels = classes.map { $0 == .good ? BlockLabel.body : .boilerplate }
        guard labels.contains(.body) else { return labels }
        for index in blocks.indices {
            let f = features[index]
            if f.creditHits > 0 && (f.effectiveWords <= 30 || f.words - f.lastCreditAtWord <= 2) && f.effectiveWords < 80 {
                labels[index] = .credit
            } else if f.looksLikeByline && f.effectiveWords <= 12 {
                labels[index] = .byline
            } else if f.looksLikeDateline {
                labels[index] = .dateline
            }
        }
        // A caption that a credit line repeats ("caption. Photo: AP") is a caption too.
        for index in blocks.indices where labels[index] == .credit {
            for other in max(0, index - 2)..<index {
                let shorter = blocks[other]
                let longer = blocks[index]
                if shorter.length < longer.length,
                   memcmpPrefix(bytes, shorter, longer) { labels[other] = .caption }
            }
        }
        // The title: the first kept block when it is a short unpunctuated line, or else the last
        // such line among the three blocks before the first kept one (captions may sit between).
        func isTitleLike(_ f: BlockFeatures) -> Bool {
            !f.endsLikeSentence && f.effectiveWords >= 2 && f.effectiveWords <= 25 && f.strongHits == 0 && f.linkish == 0
        }
        var titleIndex: Int? = nil
        if let first = labels.firstIndex(of: .body) {
            if isTitleLike(features[first]) && first + 1 < labels.count && labels[first + 1] == .body {
                titleIndex = first
            } else {
                var index = first - 1
                while index >= max(0, first - 3) {
                    if labels[index] == .boilerplate && isTitleLike(features[index]) { titleIndex = index; break }
                    index -= 1
                }
            }
        }
        if let titleIndex {
            labels[titleIndex] = .title
            let next = titleIndex + 1
            // A dek: one sentence of at most 40 words, not a lede opening with a dateline, with
            // more body after it (a byline, dateline or photo credit may come between).
            var after = next + 1
            while after < blocks.count,
                  labels[after] == .byline || labels[after] == .dateline || labels[after] == .credit || labels[after] == .caption {
                after += 1
            }
            if next < blocks.count, labels[next] == .body, features[next].endsLikeSentence, features[next].effectiveWords <= 40,
               features[next].innerSentenceEnds == 0, !features[next].startsWithDateline,
               after < blocks.count, labels[after] == .body {
                labels[next] = .dek
            }
        }
        return labels
    }

    private static func memcmpPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ shorter: TextRange, _ longer: TextRange) -> Bool {
        var i = 0
        while i < shorter.length {
            if bytes[Int(shorter.start) + i] != bytes[Int(longer.start) + i] { return false }
            i += 1
        }
        return true
    }

    /// The date and time words of `BlockFeatures.dateWords`, as written in their list.
    static let dateWords = WordList.entries("dates/en.txt").map { String(WordList.fields($0)[0]) }

    /// Measures one block in a single pass over its bytes (see `BlockScanner`).
    static func measure(_ block: TextRange, _ bytes: UnsafeBufferPointer<UInt8>, lexicon: CleanerLexicon) -> BlockFeatures {
        var scanner = BlockScanner(block: block, bytes: bytes, vocabulary: lexicon.vocabulary)
        return scanner.measure(lexicon: lexicon)
    }

    /// The links under each reader comment: "Reply", "Report", in the languages of the stop lists.
    static let commentActions = ["reply", "report", "antworten", "melden", "répondre", "signaler", "responder",
                                         "denunciar", "rispondi", "segnala", "reageer", "beantwoorden"]

    /// Punctuation that prose rarely uses and program code and shell sessions use a lot:
    /// ; { } ( ) = < > [ ] $ # ` \ _
    @inline(__always)
    static func isCodeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3B, 0x7B, 0x7D, 0x28, 0x29, 0x3D, 0x3C, 0x3E, 0x5B, 0x5D, 0x24, 0x23, 0x60, 0x5C, 0x5F: return true
        default: return false
        }
    }

    /// Words that label a photo credit when a colon follows at once ("Photo: …", "Foto: …").
    static let creditLabels = ["photo", "photos", "photograph", "photography", "image", "images", "picture",
                                       "credit", "credits", "foto", "fotos", "bild", "bilder", "crédit", "crédits",
                                       "fotografía", "immagine", "beeld"]

    /// "By" of a byline, in the languages of the stop lists.
    static let bylineWords = ["by", "von", "par", "por", "di", "door"]

    /// Unicode's uppercase property, with an ASCII fast path.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 0x41 && scalar.value <= 0x5A : ScalarTraits.of(scalar).contains(.uppercase)
    }

    /// Letters and digits, with an ASCII fast path.
    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { UTF8Scanning.isLetterOrDigit(scalar) }

    /// Punctuation that ends a sentence (or a clause that introduces what follows):
    /// . ! ? … 。 ！ ？ : ;
    @inline(__always)
    static func isFinal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x3A, 0x3B: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow final punctuation: " ” ’ ' ) » 」
    @inline(__always)
    static func isFinalCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201D, 0x2019, 0x27, 0x29, 0xBB, 0x300D: return true
        default: return false
        }
    }

    /// URLs, e-mail addresses and @handles.
    static func isLinkLike(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count >= 4 else { return false }
        if token[0] == 0x40 { return true }                                            // @handle
        if token[0] == 0x68 && token[1] == 0x74 && token[2] == 0x74 && token[3] == 0x70 { return true }   // http
        if token[0] == 0x77 && token[1] == 0x77 && token[2] == 0x77 && token[3] == 0x2E { return true }   // www.
        var hasAt = false, hasPeriod = false                                            // e-mail
        for byte in token {
            if byte == 0x40 { hasAt = true } else if byte == 0x2E { hasPeriod = true }
        }
        return hasAt && hasPeriod
    }

    /// `isLinkLike(_:hasAtAndPeriod:)` for the token `bytes[start..<end]`: its first four bytes
    /// are read at once and compared as one number, with no branch on the token's length or
    /// first letters (which vary from word to word and mislead the branch predictor).
    @inline(__always)
    static func isLinkLike(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>, hasAtAndPeriod: Bool) -> Bool {
        guard start + 4 <= bytes.count else { return isLinkLikeNearEnd(from: start, to: end, in: bytes, hasAtAndPeriod: hasAtAndPeriod) }
        let head = UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt32.self))
        let http: UInt32 = 0x7074_7468, www: UInt32 = 0x2E77_7777   // "http", "www." from the low byte
        let marked = (head & 0xFF == 0x40 ? 1 : 0) | (head == http ? 1 : 0) | (head == www ? 1 : 0) | (hasAtAndPeriod ? 1 : 0)
        return (end - start >= 4 ? marked : 0) != 0
    }

    /// `isLinkLike(from:to:in:hasAtAndPeriod:)` for a token within four bytes of the buffer's end
    /// (kept out of line, so that the common case stays small enough to inline).
    @inline(never)
    static func isLinkLikeNearEnd(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>, hasAtAndPeriod: Bool) -> Bool {
        isLinkLike(UnsafeBufferPointer(rebasing: bytes[start..<end]), hasAtAndPeriod: hasAtAndPeriod)
    }

    /// `isLinkLike(_:)` when the caller already knows whether the token holds both an "@" and a
    /// period (it saw every byte that is not an ASCII letter or digit).
    @inline(__always)
    static func isLinkLike(_ token: UnsafeBufferPointer<UInt8>, hasAtAndPeriod: Bool) -> Bool {
        guard token.count >= 4 else { return false }
        if token[0] == 0x40 { return true }                                            // @handle
        if token[0] == 0x68 && token[1] == 0x74 && token[2] == 0x74 && token[3] == 0x70 { return true }   // http
        if token[0] == 0x77 && token[1] == 0x77 && token[2] == 0x77 && token[3] == 0x2E { return true }   // www.
        return hasAtAndPeriod                                                           // e-mail
    }
}
