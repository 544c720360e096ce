import Copydesk

/// One pass of the tone rules over a document's bytes: no `String` is created per token.
///
/// It holds the few arrays of the document it reads, not the document (nor the lexicon, which is
/// passed to `run`): copying those into it retained and released some twenty references per
/// document. The token, hash and quotation arrays are read through buffer pointers (made by
/// `withScanner`), which the per-word loop reads without a bounds check.
struct ToneScanner {
    let sentences: [Sentence]
    let quotations: UnsafeBufferPointer<Quotation>
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    /// The core's `TermHash` of each token.
    let tokenHashes: UnsafeBufferPointer<UInt64>
    /// The token flags tested per word, read once: each use of `Token.Flags.capitalized` and the
    /// like calls the core's accessor of the static.
    private let capitalizedFlag: Token.Flags
    private let compoundFlag: Token.Flags
    private let allCapsFlag: Token.Flags

    /// A scanner of a document's `sentences`, `quotations`, `tokens` and `tokenHashes` over its
    /// UTF-8 `bytes`; the buffers must stay valid while it is used.
    init(sentences: [Sentence], quotations: UnsafeBufferPointer<Quotation>, tokens: UnsafeBufferPointer<Token>,
         tokenHashes: UnsafeBufferPointer<UInt64>, bytes: UnsafeBufferPointer<UInt8>) {
        self.sentences = sentences
        self.quotations = quotations
        self.bytes = bytes
        self.tokens = tokens
        self.tokenHashes = tokenHashes
        capitalizedFlag = .capitalized
        compoundFlag = .continuesCompound
        allCapsFlag = .allCaps
    }

    /// Calls `body` with a scanner of a document's arrays over its UTF-8 `bytes`; the scanner is
    /// valid only inside `body`.
    static func withScanner<Output>(sentences: [Sentence], quotations: [Quotation], tokens: [Token], tokenHashes: [UInt64],
                                    bytes: UnsafeBufferPointer<UInt8>, _ body: (ToneScanner) -> Output) -> Output {
        quotations.withUnsafeBufferPointer { quotations in
            tokens.withUnsafeBufferPointer { tokens in
                tokenHashes.withUnsafeBufferPointer { tokenHashes in
                    body(ToneScanner(sentences: sentences, quotations: quotations, tokens: tokens, tokenHashes: tokenHashes, bytes: bytes))
                }
            }
        }
    }

    struct SentenceSums {
        var narrative = 0.0
        var quoted = 0.0
        var hasNarrativeWords = false
        var hasQuotedWords = false
    }

    struct LoadedHit {
        var range: TextRange
        var category: String
        var quoted: Bool
    }

    struct Result {
        var sentenceSums: [SentenceSums] = []
        /// In the workspace's storage, as `sentenceSums`.
        var loaded: [LoadedHit] = []
        /// The driver keys with a nonzero total (exact, not rounded), in the order of the driver
        /// table; not yet ranked, and without their terms, which the report makes only for the
        /// drivers it lists. In the workspace's storage, as `sentenceSums`.
        var drivers: [KeyedTotal] = []
        var evaluative = 0
        var polarTerms = 0
        var words = 0

        /// The text of a driver key (an entry, or a shifter with its target in text order), from
        /// the scanned lexicon's `entries`.
        static func driverTerm(_ key: UInt64, entries: [ToneLexicon.Entry]) -> String {
            let entry = Int(key & 0xFFFF_FFFF)
            let target = Int((key >> 32) & 0x7FFF_FFFF)
            guard target > 0 else { return entries[entry].term }
            let targetTerm = entries[target - 1].term
            return key >> 63 == 1 ? "\(targetTerm) \(entries[entry].term)" : "\(entries[entry].term) \(targetTerm)"
        }
    }

    /// A driver key (an entry, or a shifter with its target) and its total in the document.
    struct KeyedTotal: Equatable {
        var key: UInt64
        var total: DriverTotal
    }

    /// A word of the sentence being scanned.
    struct Word {
        var token = 0
        var hash: UInt64 = 0
        /// The end of the bytes that are hashed (a possessive 's is left out).
        var keyEnd = 0
        /// Clause breaks (punctuation) before this word, counted from the sentence start.
        var clause = 0
        var quoted = false
        var negates = false
    }

    /// What one polar term adds to its sentence's sum. A struct, not a tuple: an array of tuples
    /// looked the tuple's type metadata up at run time each time one was allocated.
    struct Contribution {
        /// The word position of the term.
        var position: Int
        var value: Double
        var quoted: Bool
        /// The driver key: the entry, or a shifter with its target.
        var key: UInt64
    }

    /// The clause a concessive word ("although") opens: words after `start` in clause `clause`.
    private struct Concession {
        var start: Int
        var clause: Int
    }

    /// A lexicon match over words `position ..< position + span`.
    struct Hit {
        var position: Int
        var span: Int
        var entry: Int32
        var category: ToneLexicon.Category
        var valence: Double
        var skipped = false
        var consumed = false
        var target: Int = -1
        var targetBefore = false
        /// The valence of polar words in the target's phrase, shifted with it.
        var targetExtra = 0.0
    }

    private static let connectors: Set<UInt64> = Set(["of", "for", "and", "the", "on", "de"].map { TermHash.hash($0) })

    /// Scans the document with fresh buffers.
    func run(lexicon: ToneLexicon) -> Result {
        run(lexicon: lexicon, workspace: ToneWorkspace())
    }

    /// Scans the document with `workspace`'s buffers (emptied first): their storage is reused, not
    /// allocated per document.
    func run(lexicon: ToneLexicon, workspace: ToneWorkspace) -> Result {
        var result = Result()
        // The sentence list in the workspace's storage (`ToneWorkspace.reclaim(from:)` takes it back).
        swap(&result.sentenceSums, &workspace.sentenceSums)
        result.sentenceSums.removeAll(keepingCapacity: true)
        result.sentenceSums.reserveCapacity(sentences.count)
        swap(&result.drivers, &workspace.driverTotals)
        if !result.drivers.isEmpty { result.drivers.removeAll(keepingCapacity: true) }
        swap(&result.loaded, &workspace.loadedHits)
        if !result.loaded.isEmpty { result.loaded.removeAll(keepingCapacity: true) }
        // Buffers reused for every sentence, with room for the longest sentence: a sentence has at
        // most one word per token, a hit per word and a contribution per hit. They are taken out of
        // the workspace for the scan (a class's stored arrays would be checked for exclusive access
        // per use) and put back after.
        var longest = 0
        for sentence in sentences { longest = max(longest, sentence.tokens.count) }
        var words: [Word] = [], hits: [Hit] = [], contributions: [Contribution] = []
        var drivers = DriverTable()
        swap(&words, &workspace.words)
        swap(&hits, &workspace.hits)
        swap(&contributions, &workspace.contributions)
        swap(&drivers, &workspace.drivers)
        defer {
            swap(&words, &workspace.words)
            swap(&hits, &workspace.hits)
            swap(&contributions, &workspace.contributions)
            swap(&drivers, &workspace.drivers)
        }
        drivers.removeAll()
        // The words, hits and contributions are written into slots, not appended: an append
        // checked the array's storage for a unique reference (a runtime call) for every word.
        if words.count < longest { words.append(contentsOf: repeatElement(Word(), count: longest - words.count)) }
        if hits.count < longest {
            hits.append(contentsOf: repeatElement(Hit(position: 0, span: 0, entry: -1, category: .neutral, valence: 0), count: longest - hits.count))
        }
        if contributions.count < longest {
            contributions.append(contentsOf: repeatElement(Contribution(position: 0, value: 0, quoted: false, key: 0), count: longest - contributions.count))
        }
        words.withUnsafeMutableBufferPointer { wordSlots in
            hits.withUnsafeMutableBufferPointer { hitSlots in
                contributions.withUnsafeMutableBufferPointer { contributionSlots in
                    scanSentences(lexicon: lexicon, wordSlots: wordSlots, hits: SlotList(hitSlots), contributions: SlotList(contributionSlots),
                                  drivers: &drivers, result: &result)
                }
            }
        }
        if drivers.count > 0 {
            result.drivers.reserveCapacity(drivers.count)
            drivers.forEach { key, total in
                guard total.sum != 0 else { return }
                result.drivers.append(KeyedTotal(key: key, total: total))
            }
        }
        return result
    }

    /// The scan of every sentence, with buffers of room for the longest sentence: each
    /// sentence's words, hits and contributions, then its sums and driver totals.
    private func scanSentences(lexicon: ToneLexicon, wordSlots: UnsafeMutableBufferPointer<Word>, hits: SlotList<Hit>,
                               contributions: SlotList<Contribution>, drivers: inout DriverTable, result: inout Result) {
        var hits = hits, contributions = contributions
        // Whether the current token is quoted changes only at a quotation's bounds: it is worked
        // out again (`quoteState`) only for a token that starts at or after `quoteBoundary`, not
        // searched for per token.
        var quoteIndex = 0, quoted = false, quoteBoundary = 0
        for sentence in sentences {
            hits.removeAll()
            contributions.removeAll()
            var sums = SentenceSums()
            var clause = 0
            // Flags gathered without a branch: which of them a word has is close to random, and
            // a branch per word on each was mispredicted often.
            var capitalized = 0, quotedWords = 0
            var count = 0
            // Every token is written to the next word slot, and only a word takes it (the count
            // moves on): a branch on the token's kind was mispredicted at every run of words
            // ending in punctuation or a number. A sentence has no more words than tokens, so the
            // slot is always there.
            for tokenIndex in Int(sentence.tokens.lowerBound)..<Int(sentence.tokens.upperBound) {
                let token = tokens[tokenIndex]
                let isWord = token.kind == .word
                // 1 for a word, 0 for another token, for the counts below: written as
                // `isWord && …`, the compiler branched on the kind, and that branch was
                // mispredicted at every run of words ending in punctuation.
                let wordCount = isWord ? 1 : 0
                let breaksClause = token.kind == .punctuation && !token.flags.contains(compoundFlag)
                clause &+= breaksClause ? 1 : 0
                let start = Int(token.range.start)
                if start >= quoteBoundary { (quoted, quoteBoundary) = quoteState(at: start, index: &quoteIndex) }
                var end = Int(token.range.end)
                var hash = tokenHashes[tokenIndex]
                var negates = false
                // A possessive ('s, ’s) or a negation (n't, n’t) has an apostrophe or the last
                // byte of ’ before its last letter; few words do, so the branch is rarely taken.
                // (The byte read for a one-byte token at the start of the text is its own.)
                let beforeLast = bytes[end >= 2 ? end - 2 : 0]
                if (beforeLast == 0x27 || beforeLast == 0x99) && isWord {
                    (end, negates) = Self.clitic(start: start, end: end, bytes: bytes)
                    // The core hashed the whole token: only a word without its possessive is hashed here.
                    if end != Int(token.range.end) { hash = TermHash.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                }
                capitalized &+= wordCount & (token.flags.contains(capitalizedFlag) ? 1 : 0)
                quotedWords &+= wordCount & (quoted ? 1 : 0)
                wordSlots[count] = Word(token: tokenIndex, hash: hash, keyEnd: end, clause: clause, quoted: quoted, negates: negates)
                count &+= wordCount
            }
            sums.hasNarrativeWords = count > quotedWords
            sums.hasQuotedWords = quotedWords != 0
            result.words += count
            let words = UnsafeBufferPointer(rebasing: wordSlots[..<count])
            let headline = count >= 6 && capitalized * 10 >= count * 7
            findHits(words: words, headline: headline, lexicon: lexicon, into: &hits)
            // A sentence without a hit adds nothing: its sums stay zero.
            if !hits.isEmpty {
                resolveShifters(words: words, hits: &hits)
                applyRules(words: words, hits: hits, into: &contributions, result: &result)
                for item in contributions {
                    if item.quoted { sums.quoted += item.value } else { sums.narrative += item.value }
                    drivers.add(item.value, to: item.key)
                }
            }
            result.sentenceSums.append(sums)
        }
    }

    /// Whether a token that starts at byte `start` is quoted, and the start from which that may
    /// change (the end of its quotation, or the start or end of the next one, whichever is
    /// first). `index` is the first quotation not yet passed; token starts only grow, so the
    /// quotations passed before one token are passed before every later one too.
    @inline(never)
    private func quoteState(at start: Int, index: inout Int) -> (quoted: Bool, boundary: Int) {
        while index < quotations.count && Int(quotations[index].content.end) <= start { index += 1 }
        guard index < quotations.count else { return (false, .max) }
        let content = quotations[index].content
        if Int(content.start) <= start { return (true, Int(content.end)) }
        return (false, min(Int(content.start), Int(content.end)))
    }

    /// Where the key of a word `start..<end` ends (a possessive 's or ’s is left out) and
    /// whether it negates (ends in n't or n’t).
    private static func clitic(start: Int, end: Int, bytes: UnsafeBufferPointer<UInt8>) -> (keyEnd: Int, negates: Bool) {
        if end - start > 2 && bytes[end - 1] | 0x20 == 0x73 {            // …'s / …’s
            if bytes[end - 2] == 0x27 { return (end - 2, false) }
            if end - start > 4 && bytes[end - 2] == 0x99 && bytes[end - 3] == 0x80 && bytes[end - 4] == 0xE2 { return (end - 4, false) }
        } else if end - start > 3 && bytes[end - 1] | 0x20 == 0x74 {     // …n't / …n’t
            if bytes[end - 2] == 0x27 && bytes[end - 3] | 0x20 == 0x6E { return (end, true) }
            if end - start > 5 && bytes[end - 2] == 0x99 && bytes[end - 3] == 0x80 && bytes[end - 4] == 0xE2 && bytes[end - 5] | 0x20 == 0x6E { return (end, true) }
        }
        return (end, false)
    }

    private func isCapitalized(_ word: Word) -> Bool {
        let flags = tokens[word.token].flags
        return flags.contains(capitalizedFlag)
    }

    /// Longest-match lookup of single and multi-word entries; marks polar words inside names.
    private func findHits(words: UnsafeBufferPointer<Word>, headline: Bool, lexicon: ToneLexicon, into hits: inout SlotList<Hit>) {
        var position = 0
        while position < words.count {
            let word = words[position]
            // Whether an entry of two or more words may start here ("at risk"); if not, and the
            // word is no entry by itself ("at" before most words), nothing starts here. Both
            // filters are read for every word, without a branch between them: a third of the
            // words start some entry ("the", "to", "in"), and a branch on that was mispredicted.
            let hasNext = position + 1 < words.count
            let next = words[hasNext ? position + 1 : position]
            let pairInFilter = lexicon.mayStartMultiWordEntry(word.hash, next.hash)
            let pairMayStart = hasNext && next.clause == word.clause && pairInFilter
            let singleInFilter = lexicon.mayBeSingleWordEntry(word.hash)
            guard pairMayStart || singleInFilter else {
                if word.negates { hits.append(Hit(position: position, span: 1, entry: -1, category: .negation, valence: 0)) }
                position += 1
                continue
            }
            // One lookup for the word: its own entry, and how long an entry starting with it gets.
            let first = lexicon.info(forKey: word.hash)
            var best: (span: Int, info: ToneLexicon.KeyInfo)? = nil
            let longest = Int(first?.longest ?? 1)
            if longest > 1 && pairMayStart {
                var key = word.hash
                var span = 1
                while span < longest && position + span < words.count {
                    let next = words[position + span]
                    guard next.clause == word.clause else { break }
                    let start = Int(tokens[next.token].range.start)
                    key = TermHash.combine(TermHash.separator(key), UnsafeBufferPointer(rebasing: bytes[start..<next.keyEnd]))
                    span += 1
                    guard lexicon.mayContinueEntry(key) else { break }     // no entry starts with these words
                    if let info = lexicon.info(forKey: key), info.entry >= 0 { best = (span, info) }
                }
            }
            if best == nil, let first, first.entry >= 0 { best = (1, first) }
            if best == nil, word.negates {
                hits.append(Hit(position: position, span: 1, entry: -1, category: .negation, valence: 0))
                position += 1
                continue
            }
            guard let (span, entry) = best else { position += 1; continue }
            var hit = Hit(position: position, span: span, entry: entry.entry, category: entry.category, valence: entry.valence)
            if span == 1 && Self.isPolar(entry.category) && tokens[word.token].flags.contains(compoundFlag) {
                hit.skipped = true                      // the second half of a compound: "non-violent", "match-fixing"
            } else if !headline && (Self.isPolar(entry.category) || entry.category == .negation) && isCapitalized(word) && !tokens[word.token].flags.contains(allCapsFlag) {
                hit.skipped = isInName(words: words, position: position, span: span)
            }
            hits.append(hit)
            position += span
        }
    }

    /// Whether a capitalized match at `position` is part of a multi-word name ("Justice Department",
    /// "Department of Justice", "Freedom House").
    private func isInName(words: UnsafeBufferPointer<Word>, position: Int, span: Int) -> Bool {
        let clause = words[position].clause
        let after = position + span
        if after < words.count, words[after].clause == clause, isCapitalized(words[after]) { return true }
        guard position > 0 else { return false }
        let before = words[position - 1]
        guard before.clause == clause else { return false }
        if position > 1 && isCapitalized(before) { return true }   // not "The" opening the sentence
        if Self.connectors.contains(before.hash), position > 1, words[position - 2].clause == clause, isCapitalized(words[position - 2]) {
            return true
        }
        return false
    }

    static func isPolar(_ category: ToneLexicon.Category) -> Bool {
        switch category {
        case .sentiment, .loaded, .opinion, .target, .decrease, .increase, .remedy: true
        default: false
        }
    }

    private static func canBeTarget(_ hit: Hit) -> Bool {
        switch hit.category {
        case .sentiment, .loaded, .opinion, .target: !hit.skipped && !hit.consumed && hit.valence != 0
        default: false
        }
    }

    /// Pairs each verb of decrease or increase with the polar noun it acts on: a following one within
    /// two words ("reduced deaths", "cut the deficit"), else a preceding one within four ("crime fell"),
    /// else a following one within three.
    private func resolveShifters(words: UnsafeBufferPointer<Word>, hits: inout SlotList<Hit>) {
        for index in hits.indices where (hits[index].category == .decrease || hits[index].category == .increase || hits[index].category == .remedy) && !hits[index].skipped {
            let shifter = hits[index]
            let remedy = shifter.category == .remedy
            func fits(_ hit: Hit) -> Bool { Self.canBeTarget(hit) && (!remedy || hit.valence < 0) }
            let clause = words[shifter.position].clause
            let last = shifter.position + shifter.span - 1
            var chosen: Int? = nil
            var before = false
            func following(within distance: Int) -> Int? {
                var probe = index + 1
                while probe < hits.count, hits[probe].position - last <= distance {
                    if fits(hits[probe]), words[hits[probe].position].clause == clause { return probe }
                    if !Self.isPolar(hits[probe].category) || hits[probe].category == .decrease || hits[probe].category == .increase { return nil }
                    probe += 1
                }
                return nil
            }
            // A noun right before the verb is its subject ("crime fell", "profits fell as costs rose").
            if index > 0, fits(hits[index - 1]), hits[index - 1].position + hits[index - 1].span == shifter.position,
               words[hits[index - 1].position].clause == clause {
                chosen = index - 1
                before = true
            }
            if chosen == nil { chosen = following(within: 2) }
            if chosen == nil {
                var probe = index - 1
                while probe >= 0, shifter.position - (hits[probe].position + hits[probe].span - 1) <= 5 {
                    if fits(hits[probe]), words[hits[probe].position].clause == clause { chosen = probe; before = true; break }
                    probe -= 1
                }
            }
            if chosen == nil { chosen = following(within: 3) }
            guard let target = chosen else { continue }
            hits[target].consumed = true
            hits[index].target = target
            hits[index].targetBefore = before
            // Other polar words of the same sign in the same window belong to the noun phrase
            // ("deaths from heart disease have halved", "reduced violent crime"): they are shifted too.
            var extra = 0.0
            let primary = hits[target]
            let window = before ? (shifter.position - 5)..<shifter.position : (last + 1)..<(last + 6)
            for other in hits.indices where other != target && other != index && window.contains(hits[other].position) {
                let candidate = hits[other]
                guard fits(candidate), candidate.category == .sentiment || candidate.category == .target,
                      words[candidate.position].clause == clause, abs(candidate.position - primary.position) <= 3,
                      (candidate.valence < 0) == (primary.valence < 0) else { continue }
                hits[other].consumed = true
                extra += candidate.valence
            }
            hits[index].targetExtra = extra
        }
    }

    /// Applies modifiers, negation, contrast and concession; records contributions, loaded terms and counts.
    private func applyRules(words: UnsafeBufferPointer<Word>, hits: SlotList<Hit>, into contributions: inout SlotList<Contribution>, result: inout Result) {
        var negationEnd = -10, negationClause = -1
        // A negation with its own valence ("failed to") counts it when it negates nothing.
        var openNegation: Contribution? = nil
        func closeNegation(_ contributions: inout SlotList<Contribution>, _ result: inout Result) {
            if let pending = openNegation, pending.value != 0 {
                contributions.append(pending)
                result.polarTerms += 1
            }
            openNegation = nil
        }
        var modifierEnd = -10, modifierClause = -1, modifierFactor = 1.0
        var contrast = -1
        var concessions: [Concession] = []
        for hit in hits {
            let word = words[hit.position]
            let last = hit.position + hit.span - 1
            switch hit.category {
            case .negation:
                if hit.skipped { continue }                    // "Doctors Without Borders"
                closeNegation(&contributions, &result)
                if hit.entry >= 0 {
                    openNegation = Contribution(position: hit.position, value: hit.valence, quoted: word.quoted, key: UInt64(UInt32(bitPattern: hit.entry)))
                }
                negationEnd = last
                negationClause = words[last].clause
                continue
            case .intensifier, .downtoner:
                if !hit.skipped {
                    modifierEnd = last
                    modifierClause = words[last].clause
                    modifierFactor = max(0, 1 + hit.valence)
                    result.evaluative += 1
                }
                continue
            case .contrast:
                contrast = hit.position
                negationEnd = -10
                continue
            case .concession:
                concessions.append(Concession(start: hit.position, clause: word.clause))
                continue
            case .neutral, .target:
                continue
            case .sentiment, .loaded, .opinion, .decrease, .increase, .remedy:
                break
            }
            if hit.skipped { continue }
            if hit.category == .loaded {
                let first = tokens[word.token].range
                let end = tokens[words[last].token].range.end
                result.loaded.append(LoadedHit(range: TextRange(start: first.start, end: end), category: "loaded", quoted: word.quoted))
            }
            if hit.category == .loaded || hit.category == .opinion { result.evaluative += 1 }
            if hit.consumed { continue }
            var value = hit.valence
            var key = UInt64(UInt32(bitPattern: hit.entry))
            if hit.target >= 0 {
                let target = hits[hit.target]
                // The verb's own valence sets its strength: "plunged" (±1 or more) shifts ×1.5,
                // "edged down" (0.25 or less) ×0.6, others ×1.
                let own = abs(hit.valence)
                let strength = own >= 1 ? 1.5 : (own > 0 && own <= 0.25 ? 0.6 : 1)
                let shifted = max(-4, min(4, (target.valence + hit.targetExtra) * strength))
                value = hit.category == .increase ? shifted : -shifted
                key |= UInt64(UInt32(bitPattern: target.entry) + 1) << 32
                if hit.targetBefore { key |= 1 << 63 }
            }
            if value == 0 { continue }
            let start = hit.target >= 0 ? min(hit.position, hits[hit.target].position) : hit.position
            if hit.position - modifierEnd <= 2 && hit.position > modifierEnd && word.clause == modifierClause {
                value *= modifierFactor
            }
            if hit.position - negationEnd <= 3 && start > negationEnd && word.clause == negationClause {
                value *= value < 0 ? -0.5 : -0.9
                openNegation = nil
            } else if hit.target >= 0, hit.targetBefore, hit.position - negationEnd <= 3, hit.position > negationEnd, word.clause == negationClause {
                value *= value < 0 ? -0.5 : -0.9                              // "crime did not fall"
                openNegation = nil
            }
            result.polarTerms += 1
            contributions.append(Contribution(position: hit.position, value: value, quoted: word.quoted, key: key))
        }
        closeNegation(&contributions, &result)
        guard contrast >= 0 || !concessions.isEmpty else { return }
        for index in contributions.indices {
            let position = contributions[index].position
            if contrast >= 0 {
                if position < contrast { contributions[index].value *= 0.5 } else if position > contrast { contributions[index].value *= 1.5 }
            }
            for item in concessions where position > item.start && words[position].clause == item.clause {
                contributions[index].value *= 0.5
            }
        }
    }
}
