import Copydesk

/// Finds attribution frames (speaker + cue), links quotations to them and merges sources.
struct AttributionExtractor {
    let lexicon: SourcesLexicon
    let view: TokenView
    let finder: SpeakerFinder
    /// From this many frames in a sentence on, overlapping speakers are found by a coverage of
    /// the tokens rather than by a scan of the sentence's earlier frames (tests lower it to 0).
    let coveredFrames: Int

    init(view: TokenView, lexicon: SourcesLexicon, coveredFrames: Int = AttributionExtractor.defaultCoveredFrames) {
        self.lexicon = lexicon
        self.coveredFrames = coveredFrames
        self.view = view
        finder = SpeakerFinder(view: view, lexicon: lexicon)
    }

    // MARK: Cues

    /// The cue starting at token `i`, if any, with its token range.
    func cue(at i: Int) -> (SourcesLexicon.Cue, Range<Int>)? {
        guard view.isWord(i), view.quoteOf(i) < 0, let entries = lexicon.cues(startingWith: view.hashes[i]) else { return nil }
        let cueList = lexicon.cueList, cueWords = lexicon.cueWords
        for e in entries {
            let entry = cueList[Int(e)]
            var j = i, ok = true
            for w in entry.words {
                guard j < view.tokens.count, view.isWord(j), view.hashes[j] == cueWords[Int(w)] else { ok = false; break }
                j += 1
            }
            if ok { return (entry, i..<j) }
        }
        return nil
    }

    private func previousWord(_ i: Int, in bounds: Range<Int>) -> UInt64? {
        i - 1 >= bounds.lowerBound && view.isWord(i - 1) ? view.hashes[i - 1] : nil
    }

    /// Auxiliaries of the passive before a cue ("was told"), hashed once.
    private static let passiveAuxiliaries = TermSet(keys: ["was", "were", "been", "being", "be", "is", "are"].map { TermHash.hash($0) })

    /// All frames of the document, in order, appended to `result` (the workspace's buffer).
    /// `speakerCoverage` (empty, the workspace's buffer) marks per token the sentence whose frame's
    /// own speaker covers it, filled when a sentence has many frames.
    func frames(into result: inout [AttributionFrame], speakerCoverage: inout [Int32]) {
        // The columns, read once as plain memory: most words are ruled out by their traits and
        // one bit test of the lexicon's cue filter (`firstPossibleCue`), without a call of
        // `cue(at:)` (which tests the same first).
        view.traits.withUnsafeBufferPointer { traits in
            view.hashes.withUnsafeBufferPointer { hashes in
                for (s, sentence) in view.document.sentences.enumerated() {
                    let bounds = Int(sentence.tokens.lowerBound)..<Int(sentence.tokens.upperBound)
                    // A sentence where no cue may start (most of them) is not handed to
                    // `appendFrames`, whose entry and exit cost more than this scan.
                    let first = lexicon.firstPossibleCue(in: bounds, traits: traits, hashes: hashes)
                    guard first < bounds.upperBound else { continue }
                    appendFrames(ofSentence: s, tokens: bounds, from: first, to: &result, speakerCoverage: &speakerCoverage, traits: traits, hashes: hashes)
                }
            }
        }
    }

    /// The frames of sentence `s`, whose tokens are `bounds`, appended to `result`; `start` is the
    /// sentence's first token where a cue may start (`SourcesLexicon.firstPossibleCue`).
    private func appendFrames(ofSentence s: Int, tokens bounds: Range<Int>, from start: Int, to result: inout [AttributionFrame],
                              speakerCoverage coverage: inout [Int32],
                              traits: UnsafeBufferPointer<TokenTraits>, hashes: UnsafeBufferPointer<UInt64>) {
        // The frames of this sentence are `result[found...]`.
        let found = result.count
        // Whether `coverage` marks (with `s`) the tokens of the own speakers of this sentence's
        // frames: done from `coveredFrames` frames on, where scanning the earlier frames for an
        // overlapping speaker would make a sentence of many frames quadratic.
        var covering = false
        var i = start
        while i < bounds.upperBound {
            i = lexicon.firstPossibleCue(in: i..<bounds.upperBound, traits: traits, hashes: hashes)
            guard i < bounds.upperBound, let (entry, range) = cue(at: i) else { i += 1; continue }
            i = range.upperBound
            if view.isCapitalized(range.lowerBound), range.lowerBound != bounds.lowerBound,
               !(view.isMark(range.lowerBound - 1) || view.punctuation(range.lowerBound - 1) != 0) { continue }   // "the United States"
            if let previous = previousWord(range.lowerBound, in: bounds),
               lexicon.determiners.contains(previous) || previous == lexicon.to || Self.passiveAuxiliaries.contains(previous) { continue }   // "the said", "to say", "was told"
            if !entry.speakerRight, range.upperBound < bounds.upperBound, view.isWord(range.upperBound),
               lexicon.nonSpeechObjects.contains(view.hashes[range.upperBound]) { continue }   // "said to be", "claimed responsibility"
            if range.count == 1, lexicon.requestCues.contains(view.hashes[range.lowerBound]), view.isWord(range.upperBound),
               view.hashes[range.upperBound] == lexicon.for { continue }   // "asked for a trial", "argued for holding firm"
            var frame = AttributionFrame(cue: range, cueEntry: entry, sentence: s)
            if let speaker = speaker(for: range, entry: entry, bounds: bounds) {
                frame.speaker = speaker
                frame.info = finder.classify(speaker)
            } else if let shared = coordinatedSubject(before: range, frames: result, from: found, bounds: bounds) {
                // "Harper described the strike as … and said passengers deserved better."
                frame.speaker = shared.speaker
                frame.info = shared.info
                frame.sharedSpeaker = true
            }
            if entry.quoteOnly, frame.info?.type != .named || frame.info?.reference == .otherPronoun { continue }
            if entry.documentOnly, frame.info?.type != .document {
                // "A poll released last month by Capitol University found": the document noun further left.
                guard let document = documentBefore(range.lowerBound, bounds: bounds) else { continue }
                frame.speaker = document
                frame.info = finder.classify(document)
            }
            if entry.speakerRight || entry.frame, frame.info?.known == false { continue }   // "according to your preferences"

            if !frame.sharedSpeaker, let speaker = frame.speaker {
                if !covering, result.count - found >= coveredFrames {
                    if coverage.isEmpty { coverage.append(contentsOf: repeatElement(-1, count: view.tokens.count)) }
                    for f in found..<result.count where !result[f].sharedSpeaker {
                        if let other = result[f].speaker?.written { Self.cover(other, sentence: s, in: &coverage) }
                    }
                    covering = true
                }
                if covering {
                    // The own speakers kept are disjoint (an overlapping one is dropped here), so
                    // marking them costs the sentence's tokens once.
                    if speaker.written.contains(where: { coverage[$0] == Int32(s) }) { continue }
                    Self.cover(speaker.written, sentence: s, in: &coverage)
                } else if Self.hasSpeaker(overlapping: speaker.written, in: result, from: found) {
                    continue
                }
            }
            // Moved in: an append copied the frame (retaining the speaker's strings) and then
            // destroyed it. The slot appended holds no reference, nor then does `frame`.
            result.append(AttributionFrame(cue: range, cueEntry: entry, sentence: s))
            swap(&result[result.count - 1], &frame)
        }
        // Framing phrases ("in a statement") count only in a sentence without a verb cue:
        // drop them, keeping the order of the rest.
        if Self.hasVerbCue(in: result, from: found) {
            var kept = found
            for f in found..<result.count where !result[f].cueEntry.frame {
                if f != kept { result.swapAt(kept, f) }
                kept += 1
            }
            result.removeLast(result.count - kept)
        }
    }

    /// The usual `coveredFrames`: a normal sentence, of a frame or two, keeps scanning.
    static let defaultCoveredFrames = 16

    /// Marks the tokens `written` as covered by a speaker of sentence `s`.
    private static func cover(_ written: Range<Int>, sentence s: Int, in coverage: inout [Int32]) {
        for t in written { coverage[t] = Int32(s) }
    }

    /// Whether a frame of `frames[from...]` has its own speaker overlapping `written`. Frames are
    /// read in place by index (a slice's `contains(where:)` copied each frame, retaining its strings).
    private static func hasSpeaker(overlapping written: Range<Int>, in frames: [AttributionFrame], from start: Int) -> Bool {
        for f in start..<frames.count where !frames[f].sharedSpeaker {
            if let other = frames[f].speaker?.written, other.overlaps(written) { return true }
        }
        return false
    }

    /// Whether a frame of `frames[from...]` has a verb cue (not a framing phrase), read in place.
    private static func hasVerbCue(in frames: [AttributionFrame], from start: Int) -> Bool {
        for f in start..<frames.count where !frames[f].cueEntry.frame { return true }
        return false
    }

    /// The subject of the first clause when a cue follows "and"/"but" ("… described the strike as
    /// “deeply disappointing” and said …"): the speaker of an earlier frame in the sentence, else a
    /// named or known phrase opening the sentence (after an introductory phrase ending in a comma).
    private func coordinatedSubject(before cue: Range<Int>, frames: [AttributionFrame], from found: Int, bounds: Range<Int>) -> (speaker: SpeakerPhrase, info: SpeakerInfo)? {
        var j = cue.lowerBound - 1
        while j >= bounds.lowerBound, view.isWord(j), lexicon.skippable.contains(view.hashes[j]) { j -= 1 }
        // "… and said", "… but noted", or a participle after a comma: "…, adding that", "…, saying …".
        let participle = view.isComma(j) && cue.count == 1 && lexicon.participleCues.contains(view.hashes[cue.lowerBound])
        guard j > bounds.lowerBound, participle || (view.isWord(j) && lexicon.coordinators.contains(view.hashes[j])) else { return nil }
        if let earlier = frames[found...].last(where: { $0.speaker != nil && $0.cue.upperBound <= j && !$0.cueEntry.speakerRight && !$0.cueEntry.frame }),
           let speaker = earlier.speaker, let info = earlier.info {
            return (speaker, info)
        }
        // The sentence subject: at the start, or after an introductory phrase and its comma.
        let afterComma = (bounds.lowerBound..<min(j, bounds.lowerBound + 12)).first(where: { view.isComma($0) }).map { $0 + 1 }
        for candidate in 0..<2 {
            guard let start = candidate == 0 ? bounds.lowerBound : afterComma, start < j && view.quoteOf(start) < 0 else { continue }
            guard var phrase = finder.phrase(startingAt: start, bounds: bounds.lowerBound..<j) else { continue }
            // "a budget that trims hours but adds money": the coordination is inside a relative clause.
            if (phrase.core.upperBound..<j).contains(where: { view.isWord($0) && view.quoteOf($0) < 0 && lexicon.relatives.contains(view.hashes[$0]) }) { return nil }
            // Keep the capitalized name or the known head: stop at the first lower-case word after a name.
            let info = finder.classify(phrase)
            guard info.known, info.reference != .otherPronoun, info.type == .named || info.type == .organization || info.type == .anonymous,
                  !lexicon.pronouns.contains(view.hashes[phrase.head]) || info.reference == .personPronoun || info.reference == .pluralPronoun else { continue }
            if case .name = info.reference {} else if info.type == .named, info.reference != .personPronoun { continue }
            phrase.written = phrase.core
            return (phrase, info)
        }
        return nil
    }

    /// The nearest document phrase ("a poll", "the report") in the eight words before a cue, outside quotations.
    private func documentBefore(_ cue: Int, bounds: Range<Int>) -> SpeakerPhrase? {
        var i = cue - 1
        while i >= bounds.lowerBound, cue - i <= 8, view.quoteOf(i) < 0, !view.isComma(i) || cue - i > 1 {
            if view.isWord(i), lexicon.documentHeads.contains(view.hashes[i]), var phrase = finder.phrase(endingAt: i, bounds: bounds) {
                phrase.written = phrase.core.lowerBound..<cue
                return phrase
            }
            i -= 1
        }
        return nil
    }

    /// The speaker of a cue.
    private func speaker(for cue: Range<Int>, entry: SourcesLexicon.Cue, bounds: Range<Int>) -> SpeakerPhrase? {
        if entry.speakerRight {
            return finder.phrase(startingAt: cue.upperBound, bounds: bounds).map { finder.appositiveAfter($0, bounds: bounds) }
        }
        if entry.frame {
            if view.isComma(cue.upperBound) { return finder.phrase(startingAt: cue.upperBound + 1, bounds: bounds) }
            var j = cue.lowerBound - 1
            if view.isComma(j) { j -= 1 }
            return finder.phrase(endingAt: j, bounds: bounds)
        }
        var j = cue.lowerBound - 1
        while j >= bounds.lowerBound, view.isWord(j), lexicon.skippable.contains(view.hashes[j]) { j -= 1 }
        j = finder.skipParenthesis(j, bounds: bounds)
        if j >= bounds.lowerBound, view.isWord(j) {
            return finder.phrase(endingAt: j, bounds: bounds)
        }
        if view.isComma(j), let appositive = finder.appositiveBefore(comma: j, bounds: bounds) {
            return appositive
        }
        // Inversion after a quotation or a comma: "…,” said Smith.
        if j < bounds.lowerBound || view.isMark(j) || (view.isComma(j) && j > 0 && view.isMark(j - 1)) {
            if let right = finder.phrase(startingAt: cue.upperBound, bounds: bounds), !lexicon.isCueStart(view.hashes[right.head]) {
                return finder.appositiveAfter(right, bounds: bounds)
            }
        }
        return nil
    }
}
