import Copydesk

/// Links quotations to attribution frames and assembles the report.
struct ReportBuilder {
    let extractor: AttributionExtractor
    /// The lexicon and the token view, read through the extractor rather than stored again: each
    /// stored reference is a retain when the builder is made and a release when it goes (a
    /// builder per document), and reading a class reference from the extractor costs neither.
    var lexicon: SourcesLexicon { extractor.lexicon }
    var view: TokenView { extractor.view }
    /// Where each capitalized word occurs, so looking a surname up elsewhere in the text costs
    /// its occurrences, not a scan of every token (which made long documents quadratic): the
    /// workspace's, read through it.
    var capitalizedOccurrences: CapitalizedOccurrences { workspace.capitalizedOccurrences }
    /// Titles found before each surname elsewhere in the text, remembered for the document.
    var surnameTitles: SurnameTitles { workspace.surnameTitles }
    /// The document's sentences, read once: `document.sentences` is a call into the core returning
    /// the array (a retain and a release) at every use.
    let sentences: [Sentence]
    /// The buffers this document fills (the view's columns, frames, attributions, the registry).
    let workspace: SourcesWorkspace
    /// A sentence of more frames than this is searched by a `FrameProximityIndex` when a quotation
    /// looks for its nearest frame, rather than frame by frame (tests lower it to 0).
    let indexedBlock: Int

    /// The builder for `document`. `indexedBlock` and `coveredFrames` (of the extractor) choose
    /// where the searches for long sentences take over from the direct scans, giving the same report.
    init(document: AnalyzedDocument, lexicon: SourcesLexicon, workspace: SourcesWorkspace = SourcesWorkspace(),
         indexedBlock: Int = ReportBuilder.defaultIndexedBlock, coveredFrames: Int = AttributionExtractor.defaultCoveredFrames) {
        sentences = document.sentences
        self.indexedBlock = indexedBlock
        self.workspace = workspace
        extractor = AttributionExtractor(view: TokenView(document, workspace: workspace), lexicon: lexicon, coveredFrames: coveredFrames)
        workspace.capitalizedOccurrences.reset()
        workspace.surnameTitles.reset()
    }

    func build() -> SourcesReport {
        let tokens = view.tokens
        var frames = SourcesWorkspace.take(&workspace.frames)
        var speakerCoverage = SourcesWorkspace.take(&workspace.speakerCoverage)
        extractor.frames(into: &frames, speakerCoverage: &speakerCoverage)
        workspace.speakerCoverage = speakerCoverage
        let quotations = view.document.quotations
        // Without a frame and a quotation there is no attribution: the report is the empty one,
        // and no other buffer is touched.
        if frames.isEmpty, quotations.isEmpty {
            workspace.frames = frames
            return Self.report(records: [], sources: [], directQuotes: 0, keptWords: 0, totalWords: view.wordCount)
        }
        // Token ranges of each quotation (marks included) and its content words.
        let quoteTokens = view.quoteTokens, quoteWords = view.quoteWords
        let totalWords = view.wordCount
        // Frames are read in place (`frames[f].…`) rather than copied out: a copy retains the
        // cue's word list and the speaker's strings.
        // Only quotations look frames up by token, chain to one another and look for an earlier
        // speaker: without one (most short documents) those buffers are not touched.
        let hasQuotations = !quotations.isEmpty
        // The frame whose first (last) token is at each token, -1 for none: a later frame wins, as
        // it did in the dictionaries these columns replace. Without frames the columns stay empty.
        var firstColumn: [Int32] = [], lastColumn: [Int32] = []
        if hasQuotations, !frames.isEmpty {
            firstColumn = SourcesWorkspace.take(&workspace.frameByFirst)
            lastColumn = SourcesWorkspace.take(&workspace.frameByLast)
            firstColumn.append(contentsOf: repeatElement(-1, count: tokens.count))
            lastColumn.append(contentsOf: repeatElement(-1, count: tokens.count))
            for f in frames.indices {
                firstColumn[frames[f].first] = Int32(f)
                lastColumn[frames[f].last] = Int32(f)
            }
            workspace.frameByFirst = firstColumn
            workspace.frameByLast = lastColumn
        }
        let frameByFirst = firstColumn, frameByLast = lastColumn
        func frameStarting(_ token: Int) -> Int? { token < frameByFirst.count && frameByFirst[token] >= 0 ? Int(frameByFirst[token]) : nil }
        func frameEnding(_ token: Int) -> Int? { token < frameByLast.count && frameByLast[token] >= 0 ? Int(frameByLast[token]) : nil }
        var pendings = SourcesWorkspace.take(&workspace.pendings)
        pendings.reserveCapacity(frames.count + quotations.count)
        // The quotations linked to each frame, chained from `AttributionFrame.firstQuote`.
        var nextQuote: [Int32] = []
        if hasQuotations {
            nextQuote = SourcesWorkspace.take(&workspace.nextQuote)
            nextQuote.append(contentsOf: repeatElement(-1, count: quotations.count))
        }
        var keptWords = 0
        // Frames by their last token, sorted when a quotation first looks for an earlier speaker.
        var framesByEnd = hasQuotations ? SourcesWorkspace.take(&workspace.framesByEnd) : []
        var framesByEndSorted = false
        // The proximity indexes of the sentences with many frames, built when first searched.
        var proximityIndexes: [Int: FrameProximityIndex] = [:]
        for q in quotations.indices {
            let range = quoteTokens[q]
            guard !range.isEmpty, quoteWords[q] > 0, !isWorkTitle(q, range: range) else { continue }
            // Sentences of the quotation's first and last tokens.
            let startSentence = view.document.sentenceIndex(containing: tokens[range.lowerBound].range.start)
            let endSentence = view.document.sentenceIndex(containing: tokens[range.upperBound - 1].range.start)
            let mixed = isEmbedded(range.lowerBound, sentence: startSentence)
            var link: Int? = nil
            // A frame right after: “…,” she said / “…,” said Smith
            var k = range.upperBound
            while k < tokens.count, tokens[k].kind == .punctuation, view.quoteOf(k) < 0, view.isComma(k) || view.punctuation(k) == 0xE2 { k += 1 }
            // The frame must be in the sentence the quotation ends ("“…compromise.” She noted" is a new sentence).
            if let f = frameStarting(k), sameParagraph(sentence: frames[f].sentence, startSentence: startSentence),
               endSentence == nil || frames[f].sentence == endSentence! || !view.isCapitalized(k) { link = f }
            // A frame right before: she said: “…” / she said, “…
            if link == nil {
                var b = range.lowerBound - 1
                while b >= 0, view.isComma(b) || view.isColon(b) { b -= 1 }
                if b >= 0, let f = frameEnding(b) { link = f }
            }
            // A frame in the same sentence(s).
            let firstSentence = startSentence ?? 0
            let lastSentence = endSentence ?? firstSentence
            if link == nil {
                // A fragment inside a paraphrase belongs to the nearest cue before it ("called the cuts
                // “short-sighted” and said …"); else the nearest frame on either side.
                var best: (Int, Int)? = nil, bestBefore: (Int, Int)? = nil
                // Frames are in sentence order: those of the quotation's sentences are one run, and
                // those of one sentence a block in it. A large block is searched by its index.
                let run = frameRun(sentences: firstSentence...max(firstSentence, lastSentence), in: frames)
                var f = run.lowerBound
                while f < run.upperBound {
                    let sentence = frames[f].sentence
                    if f + indexedBlock < run.upperBound, frames[f + indexedBlock].sentence == sentence {
                        let block = frameRun(sentences: sentence...sentence, in: frames)
                        let index = proximityIndexes[sentence] ?? Self.proximityIndex(of: block, in: frames)
                        proximityIndexes[sentence] = index
                        let (blockBest, blockBefore) = index.nearest(to: range)
                        if let b = blockBest, best == nil || b.1 < best!.1 { best = b }
                        if let b = blockBefore, bestBefore == nil || b.1 < bestBefore!.1 { bestBefore = b }
                        f = block.upperBound
                        continue
                    }
                    defer { f += 1 }
                    guard frames[f].speaker != nil else { continue }
                    let first = frames[f].first, last = frames[f].last
                    guard !(first >= range.lowerBound && last < range.upperBound) else { continue }
                    let distance = first > range.upperBound ? first - range.upperBound : range.lowerBound - last
                    if best == nil || distance < best!.1 { best = (f, distance) }
                    if frames[f].cue.upperBound <= range.lowerBound, bestBefore == nil || distance < bestBefore!.1 { bestBefore = (f, distance) }
                }
                link = mixed ? (bestBefore ?? best)?.0 : best?.0
            }
            // A frame opening the next sentence (“It's over.” She said it twice.)
            if link == nil, lastSentence + 1 < sentences.count {
                let next = sentences[lastSentence + 1]
                if let f = frameStarting(Int(next.tokens.lowerBound)), frames[f].speaker != nil,
                   frames[f].cue.lowerBound - frames[f].first <= 6, next.paragraph == sentences[lastSentence].paragraph,
                   tokens.count > frames[f].cue.upperBound, view.isPeriod(frames[f].cue.upperBound) {
                    link = f
                }
            }
            if let f = link {
                if frames[f].firstQuote < 0 { frames[f].firstQuote = Int32(q) } else { nextQuote[Int(frames[f].lastQuote)] = Int32(q) }
                frames[f].lastQuote = Int32(q)
                if mixed { frames[f].mixed = true }
                keptWords += quoteWords[q]
                continue
            }
            // Scare quotes of one to three words are not quotations unless attributed.
            if quoteWords[q] <= 3 { continue }
            keptWords += quoteWords[q]
            // A quotation continuing the speaker of the nearest earlier frame in this or the previous paragraph.
            let paragraph = Int(sentences[firstSentence].paragraph)
            if !framesByEndSorted {
                framesByEnd.append(contentsOf: frames.indices)
                framesByEnd.sort { frames[$0].last != frames[$1].last ? frames[$0].last < frames[$1].last : $0 < $1 }
                framesByEndSorted = true
            }
            // Frames ordered by their last token: find the last one before the quotation by binary
            // search, then walk back no further than the previous paragraph.
            var low = 0, high = framesByEnd.count
            while low < high {
                let mid = (low + high) / 2
                if frames[framesByEnd[mid]].last < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var previous: Int32 = -1
            var position = low - 1
            while position >= 0 {
                let f = framesByEnd[position]
                if paragraph - Int(sentences[frames[f].sentence].paragraph) > 1 { break }
                if frames[f].speaker != nil { previous = Int32(f); break }
                position -= 1
            }
            pendings.append(PendingAttribution(frame: -1, quote: Int32(q), continues: previous, mixed: mixed, order: range.lowerBound))
        }
        if hasQuotations { workspace.framesByEnd = framesByEnd }
        for f in frames.indices {
            if !frames[f].hasQuotes {
                guard frames[f].speaker != nil, !frames[f].cueEntry.quoteOnly else { continue }
                let cueEnd = frames[f].cue.upperBound
                if frames[f].cueEntry.weak, !(view.isWord(cueEnd) && view.hashes[cueEnd] == lexicon.that) { continue }
            }
            let order = min(frames[f].first, frames[f].hasQuotes ? quoteTokens[Int(frames[f].firstQuote)].lowerBound : Int.max)
            pendings.append(PendingAttribution(frame: Int32(f), quote: -1, continues: -1, mixed: frames[f].mixed, order: order))
        }
        if pendings.count > 1 { pendings.sort { $0.order < $1.order } }     // one alone is not handed to the sort's machinery
        // No attribution (a kept quotation always makes one, so no word was kept either): the
        // registry is not touched.
        if pendings.isEmpty {
            workspace.frames = frames
            workspace.pendings = pendings
            if hasQuotations { workspace.nextQuote = nextQuote }
            return Self.report(records: [], sources: [], directQuotes: 0, keptWords: keptWords, totalWords: totalWords)
        }

        var registry = workspace.registry.take() ?? SourceRegistry()
        registry.removeAll()
        registry.reserveSources(pendings.count)
        var records: [AttributionRecord] = []
        records.reserveCapacity(pendings.count)
        var recordSources = SourcesWorkspace.take(&workspace.recordSources)
        // The records carrying a quotation.
        var directQuotes = 0
        for pending in pendings {
            // Filled in place: a record built aside and appended was copied (its strings retained) and destroyed.
            records.append(AttributionRecord(kind: .indirect, quote: nil, quoteParts: [], speaker: nil, source: nil, cue: nil, cueType: nil, sentence: 0))
            let r = records.count - 1
            var sourceIndex: Int? = nil
            if pending.frame >= 0 {
                let f = Int(pending.frame)
                records[r].cue = view.span(frames[f].cue)
                records[r].cueType = frames[f].cueEntry.type
                records[r].sentence = frames[f].sentence
                // The info is moved out (nothing reads it after this): a copy retained its strings.
                if let speaker = frames[f].speaker, let info = frames[f].info.take() {
                    records[r].speaker = view.span(speaker.written)
                    let paragraph = Int(sentences[frames[f].sentence].paragraph)
                    if info.reference == .personPronoun,
                       let (named, phrase) = subjectName(before: speaker.core.lowerBound, registry: registry, excluding: registry.names(incompatibleWith: info.name)) {
                        // "Back in the café, Fiona Reid wipes down a table. “…,” she says."
                        sourceIndex = registry.resolve(named, paragraph: paragraph, extraTitle: { titleElsewhere(phrase) }, fullName: { fullName(of: phrase) })
                        if let s = sourceIndex { registry.setGender(info.name, of: s) }
                    } else if info.reference == .personPronoun, !registry.hasPerson(compatibleWith: info.name),
                       let (named, phrase) = recentName(before: speaker.core.lowerBound, excluding: registry.names(incompatibleWith: info.name)) {
                        // Dialogue: "Her son, Luc Durand, leans in the doorway. “…,” he says."
                        sourceIndex = registry.resolve(named, paragraph: paragraph) { titleElsewhere(phrase) }
                        if let s = sourceIndex { registry.setGender(info.name, of: s) }
                    } else {
                        sourceIndex = registry.resolve(info, paragraph: paragraph, extraTitle: { titleElsewhere(speaker) }, fullName: { fullName(of: speaker) })
                    }
                    if let s = sourceIndex { frames[f].source = Int32(s) }
                }
            } else if pending.continues >= 0, frames[Int(pending.continues)].source >= 0 {
                let f = Int(pending.continues)
                sourceIndex = Int(frames[f].source)
                if let speaker = frames[f].speaker { records[r].speaker = view.span(speaker.written) }
            }
            // The quotations of the attribution: the frame's chain, or the one unlinked quotation.
            let firstQuote = pending.frame >= 0 ? Int(frames[Int(pending.frame)].firstQuote) : Int(pending.quote)
            if firstQuote >= 0 {
                var count = 0, q = firstQuote
                while q >= 0 { count += 1; q = Int(nextQuote[q]) }
                var parts: [TextSpan] = []
                parts.reserveCapacity(count)
                q = firstQuote
                while q >= 0 {
                    let content = quotations[q].content
                    parts.append(TextSpan(text: view.document.string(content), start: view.document.scalarOffset(content.start), end: view.document.scalarOffset(content.end)))
                    q = Int(nextQuote[q])
                }
                records[r].quoteParts = parts
                let text = parts.count == 1 ? parts[0].text : parts.map(\.text).joined(separator: " ")
                records[r].quote = TextSpan(text: text, start: parts[0].start, end: parts[parts.count - 1].end)
                records[r].kind = pending.mixed ? .mixed : .direct
                directQuotes += 1
                if pending.frame < 0 { records[r].sentence = view.document.sentenceIndex(containing: quotations[firstQuote].content.start) ?? 0 }
                if let s = sourceIndex {
                    q = firstQuote
                    while q >= 0 { registry.addQuote(words: quoteWords[q], to: s); q = Int(nextQuote[q]) }
                }
            }
            recordSources.append(Int32(sourceIndex ?? -1))
        }
        let sources = registry.takeSources()
        // Names are set last: a source's name may grow ("Fiona" → "Fiona Reid").
        for r in records.indices where recordSources[r] >= 0 { records[r].source = sources[Int(recordSources[r])].name }
        // The buffers go back to the workspace for the next document.
        workspace.frames = frames
        workspace.pendings = pendings
        if hasQuotations { workspace.nextQuote = nextQuote }
        workspace.recordSources = recordSources
        workspace.registry = consume registry
        return Self.report(records: records, sources: sources, directQuotes: directQuotes, keptWords: keptWords, totalWords: totalWords)
    }

    /// The report of the attributions and sources, `directQuotes` of the records carrying a
    /// quotation, with `keptWords` of `totalWords` in kept quotations.
    private static func report(records: [AttributionRecord], sources: [SourceRecord], directQuotes: Int, keptWords: Int, totalWords: Int) -> SourcesReport {
        // Counted by index: `count(where:)` iterates with for-in, which copies each record
        // (retaining its strings) to test one field.
        var named = 0, anonymous = 0, organizations = 0, documents = 0
        for s in sources.indices {
            switch sources[s].type {
            case .named: named += 1
            case .anonymous: anonymous += 1
            case .organization: organizations += 1
            case .document: documents += 1
            }
        }
        let share = totalWords == 0 ? 0 : Double(keptWords) / Double(totalWords)
        return SourcesReport(
            attributions: records, sources: sources, distinctSources: sources.count,
            named: named, anonymous: anonymous, organizations: organizations, documents: documents,
            directQuotes: directQuotes,
            quotedWordShare: (share * 10_000).rounded() / 10_000,
            singleSource: sources.count == 1,
            anonymousMajority: anonymous * 2 > sources.count)
    }

    /// The nearest earlier proper name of two or more capitalized words, outside quotations.
    private func recentName(before token: Int, excluding: Set<String>) -> (SpeakerInfo, SpeakerPhrase)? {
        var i = token - 1
        let limit = max(0, token - 200)
        while i >= limit {
            guard isNameWord(i) else { i -= 1; continue }
            let end = i
            while i - 1 >= limit, isNameWord(i - 1) || (view.isPeriod(i - 1) && i - 2 >= 0 && view.touches(i - 2, i - 1)) { i -= 1 }
            let run = i..<(end + 1)
            if run.count >= 2 {
                let phrase = SpeakerPhrase(core: run, written: run, head: end)
                let info = extractor.finder.classify(phrase)
                if info.type == .named, !excluding.contains(info.name.lowercased()) { return (info, phrase) }
            }
            i -= 1
        }
        return nil
    }

    /// The person named as the subject of a sentence of the paragraph before a pronoun (at the
    /// sentence start or after an introductory phrase and its comma), nearest first, up to two
    /// sentences back: "Her son, Luc Durand, leans in the doorway. “…,” he says."
    private func subjectName(before token: Int, registry: SourceRegistry, excluding: Set<String>) -> (SpeakerInfo, SpeakerPhrase)? {
        guard let s0 = view.document.sentenceIndex(containing: view.tokens[token].range.start) else { return nil }
        let paragraph = sentences[s0].paragraph
        var s = s0
        while s >= 0, s0 - s <= 2, sentences[s].paragraph == paragraph {
            let sentence = sentences[s]
            let lower = Int(sentence.tokens.lowerBound), upper = min(Int(sentence.tokens.upperBound), token)
            // The sentence start, then the word after an introductory phrase's comma.
            let afterComma = (lower..<min(upper, lower + 10)).first(where: { view.isComma($0) && view.quoteOf($0) < 0 }).map { $0 + 1 }
            for candidate in 0..<2 {
                guard let start = candidate == 0 ? lower : afterComma, start < upper else { continue }
                guard let run = nameRun(from: start, upper: upper) else { continue }
                let phrase = SpeakerPhrase(core: run, written: run, head: run.upperBound - 1)
                let info = extractor.finder.classify(phrase)
                guard info.type == .named, case .name(let surname) = info.reference, !excluding.contains(info.name.lowercased()) else { continue }
                if info.name.contains(" ") || registry.hasSurname(surname) || registry.hasName(info.name.lowercased()) { return (info, phrase) }
            }
            s -= 1
        }
        return nil
    }

    /// Capitalized words, initials and title words from `start` ("Jefferies analyst Maria Santos"), ending on a name word.
    private func nameRun(from start: Int, upper: Int) -> Range<Int>? {
        var i = start, last = -1
        while i < upper, view.quoteOf(i) < 0 {
            if isNameWord(i), !lexicon.joiners.contains(view.hashes[i]) { last = i; i += 1; continue }
            if view.isWord(i), lexicon.titles.contains(view.hashes[i]) { i += 1; continue }
            if view.isPeriod(i), i > start, view.touches(i - 1, i), i + 1 < upper, isNameWord(i + 1) { i += 1; continue }
            break
        }
        return last >= start ? start..<(last + 1) : nil
    }

    /// A fuller form of a one-word name written elsewhere: "Peter Navarro" for "Navarro" (the
    /// surname after a capitalized first name), or "Fiona Reid" for "Fiona" (`firstName`).
    private func fullName(of speaker: SpeakerPhrase) -> (info: SpeakerInfo, firstName: Bool)? {
        let word = view.hashes[speaker.head]
        guard speaker.core.count <= 2 else { return nil }
        for i in capitalizedOccurrences.tokens(withHash: word, in: view) where i != speaker.head && view.quoteOf(i) < 0 {
            if i > 0, isNameWord(i - 1), !lexicon.joiners.contains(view.hashes[i - 1]), view.tokens[i - 1].range.end < view.tokens[i].range.start {
                var start = i - 1
                while start > 0, isNameWord(start - 1) || (view.isPeriod(start - 1) && start > 1 && view.touches(start - 2, start - 1)) { start -= 1 }
                while start < i, !view.isWord(start) { start += 1 }
                var first = start
                while first > 0, view.isWord(first - 1), lexicon.titles.contains(view.hashes[first - 1]) || (view.isCapitalized(first - 1) && !lexicon.boundaries.contains(view.hashes[first - 1]) && !lexicon.determiners.contains(view.hashes[first - 1])) { first -= 1 }
                let phrase = SpeakerPhrase(core: first..<(i + 1), written: first..<(i + 1), head: i)
                let info = extractor.finder.classify(phrase)
                if info.type == .named, info.name.contains(" ") { return (info, false) }
            }
            if i > speaker.head, i + 1 < view.tokens.count, isNameWord(i + 1), !view.isPossessive(i), !lexicon.joiners.contains(view.hashes[i + 1]) {
                let phrase = SpeakerPhrase(core: i..<(i + 2), written: i..<(i + 2), head: i + 1)
                let info = extractor.finder.classify(phrase)
                if info.type == .named, info.name.contains(" ") { return (info, true) }
            }
        }
        return nil
    }

    private func isNameWord(_ i: Int) -> Bool {
        view.isWord(i) && view.isCapitalized(i) && view.quoteOf(i) < 0 && !view.isPossessive(i)
            && !lexicon.boundaries.contains(view.hashes[i]) && !lexicon.determiners.contains(view.hashes[i]) && !lexicon.pronouns.contains(view.hashes[i])
            && !lexicon.titles.contains(view.hashes[i]) && !lexicon.organizations.contains(view.hashes[i]) && !lexicon.isCueStart(view.hashes[i])
    }

    /// Whether sentence `startSentence` (that of a token; nil when outside every sentence) is in
    /// the paragraph of sentence `sentence`.
    private func sameParagraph(sentence: Int, startSentence: Int?) -> Bool {
        guard let s = startSentence else { return true }
        return sentences[s].paragraph == sentences[sentence].paragraph
    }

    /// The indices of the frames in `sentences`: frames are in sentence order, so binary searches
    /// find the first and the first of a later sentence.
    private func frameRun(sentences: ClosedRange<Int>, in frames: [AttributionFrame]) -> Range<Int> {
        var low = 0, high = frames.count
        while low < high {
            let mid = (low + high) / 2
            if frames[mid].sentence < sentences.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        high = frames.count
        while end < high {
            let mid = (end + high) / 2
            if frames[mid].sentence <= sentences.upperBound { end = mid + 1 } else { high = mid }
        }
        return low..<end
    }

    /// The usual `indexedBlock`: a normal sentence, of a frame or two, keeps the direct scan.
    static let defaultIndexedBlock = 32

    /// The proximity index of the frames `block` (those with a speaker).
    private static func proximityIndex(of block: Range<Int>, in frames: [AttributionFrame]) -> FrameProximityIndex {
        var candidates: [FrameProximityIndex.Candidate] = []
        candidates.reserveCapacity(block.count)
        for f in block where frames[f].speaker != nil {
            candidates.append(.init(frame: f, first: frames[f].first, last: frames[f].last, cueEnd: frames[f].cue.upperBound))
        }
        return FrameProximityIndex(candidates: candidates)
    }

    /// Whether a word (not a cue) directly precedes the opening mark, in its sentence `sentence`:
    /// a fragment inside a paraphrase.
    private func isEmbedded(_ openingMark: Int, sentence: Int?) -> Bool {
        let before = openingMark - 1
        guard before >= 0, view.isWord(before), view.quoteOf(before) < 0 else { return false }
        if let s = sentence, Int(sentences[s].tokens.lowerBound) > before { return false }
        return extractor.cue(at: before) == nil && !lexicon.isCueStart(view.hashes[before])
    }

    /// A quoted title of a work: after "book", "film", "titled"…, or a short Title Case phrase.
    private func isWorkTitle(_ q: Int, range: Range<Int>) -> Bool {
        var before = range.lowerBound - 1
        while before >= 0, view.isComma(before) { before -= 1 }
        if before >= 0, view.isWord(before), lexicon.workNouns.contains(view.hashes[before]) { return true }
        var words = 0, capitalized = 0
        for i in range where !view.isMark(i) {
            if view.tokens[i].kind == .punctuation {
                switch view.punctuation(i) {
                case 0x2E, 0x21, 0x3F, 0x2C: return false                   // . ! ? ,
                default: break
                }
            }
            guard view.tokens[i].kind == .word else { continue }
            words += 1
            if view.isCapitalized(i) { capitalized += 1 } else if !Self.minorTitleWords.contains(view.hashes[i]) { return false }
        }
        // Title Case of two to eight words that is not attributed is taken as a title.
        return words >= 2 && words <= 8 && capitalized >= 2 && !hasCueNear(range)
    }

    /// Lower-case words a Title Case title may hold ("Gone with the Wind"), hashed once.
    private static let minorTitleWords = TermSet(keys: ["of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "or"].map { TermHash.hash($0) })

    private func hasCueNear(_ range: Range<Int>) -> Bool {
        let from = max(0, range.lowerBound - 6), to = min(view.tokens.count, range.upperBound + 6)
        return (from..<to).contains { !range.contains($0) && extractor.cue(at: $0) != nil }
    }

    /// A title written before the person's name elsewhere ("U.S. President Donald Trump"): at the
    /// first capitalized occurrence of the surname, other than the speaker's own, that has one.
    private func titleElsewhere(_ speaker: SpeakerPhrase) -> String? {
        let surname = view.hashes[speaker.head]
        // The closure captures what it reads, not the builder (a copy of which retained each of
        // its references).
        let view = self.view, lexicon = self.lexicon, occurrences = capitalizedOccurrences
        return surnameTitles.entry(for: surname) {
            var entry = SurnameTitles.Entry()
            // Only capitalized occurrences can follow a capitalized title.
            for i in occurrences.tokens(withHash: surname, in: view) {
                guard let title = Self.title(before: i, view: view, lexicon: lexicon) else { continue }
                if entry.first == nil {
                    entry.first = SurnameTitles.Titled(token: i, title: title)
                } else {
                    entry.second = SurnameTitles.Titled(token: i, title: title)
                    break
                }
            }
            return entry
        }.title(excluding: speaker.head)
    }

    /// The capitalized phrase holding a title directly before the name at token `i`, if any.
    private static func title(before i: Int, view: TokenView, lexicon: SourcesLexicon) -> String? {
        var j = i - 1
        while j >= 0, view.isWord(j), view.isCapitalized(j), !lexicon.titles.contains(view.hashes[j]) { j -= 1 }
        var end = j + 1, start = end
        while j >= 0, (view.isWord(j) && view.isCapitalized(j)) || (view.isPeriod(j) && j > 0 && view.touches(j - 1, j)) {
            start = j; j -= 1
        }
        while end > start, !view.isWord(end - 1) { end -= 1 }
        if start < end, (start..<end).contains(where: { lexicon.titles.contains(view.hashes[$0]) }) { return view.text(start..<end) }
        return nil
    }
}
