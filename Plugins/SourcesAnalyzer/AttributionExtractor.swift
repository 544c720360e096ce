import Copydesk

/// Finds attribution frames (speaker + cue), links quotations to them and merges sources.
struct AttributionExtractor {
    typealias L = SourcesLexicon
    let document: AnalyzedDocument
    let lexicon: SourcesLexicon
    let view: TokenView
    let finder: SpeakerFinder

    init(document: AnalyzedDocument, lexicon: SourcesLexicon) {
        self.document = document
        self.lexicon = lexicon
        view = TokenView(document)
        finder = SpeakerFinder(view: view, lexicon: lexicon)
    }

    // MARK: Cues

    /// The cue starting at token `i`, if any, with its token range.
    func cue(at i: Int) -> (SourcesLexicon.Cue, Range<Int>)? {
        guard view.isWord(i), view.quoteOf[i] < 0, let entries = lexicon.cues[view.hashes[i]] else { return nil }
        for entry in entries {
            var j = i, ok = true
            for word in entry.words {
                guard j < view.tokens.count, view.isWord(j), view.hashes[j] == word else { ok = false; break }
                j += 1
            }
            if ok { return (entry, i..<j) }
        }
        return nil
    }

    private func previousWord(_ i: Int, in bounds: Range<Int>) -> UInt64? {
        i - 1 >= bounds.lowerBound && view.isWord(i - 1) ? view.hashes[i - 1] : nil
    }

    /// All frames of the document, in order.
    func frames() -> [AttributionFrame] {
        var result: [AttributionFrame] = []
        let passive = Set(["was", "were", "been", "being", "be", "is", "are"].map { TermHash.hash($0) })
        for (s, sentence) in document.sentences.enumerated() {
            let bounds = Int(sentence.tokens.lowerBound)..<Int(sentence.tokens.upperBound)
            var found: [AttributionFrame] = []
            var i = bounds.lowerBound
            while i < bounds.upperBound {
                guard let (entry, range) = cue(at: i) else { i += 1; continue }
                i = range.upperBound
                if view.isCapitalized(range.lowerBound), range.lowerBound != bounds.lowerBound,
                   !(view.isMark[range.lowerBound - 1] || view.punctuation[range.lowerBound - 1] != 0) { continue }   // "the United States"
                if let previous = previousWord(range.lowerBound, in: bounds),
                   L.determiners.contains(previous) || previous == L.to || passive.contains(previous) { continue }   // "the said", "to say", "was told"
                if !entry.speakerRight, range.upperBound < bounds.upperBound, view.isWord(range.upperBound),
                   L.nonSpeechObjects.contains(view.hashes[range.upperBound]) { continue }   // "said to be", "claimed responsibility"
                var frame = AttributionFrame(cue: range, cueEntry: entry, sentence: s)
                if let speaker = speaker(for: range, entry: entry, bounds: bounds) {
                    frame.speaker = speaker
                    frame.info = finder.classify(speaker)
                }
                if entry.documentOnly, frame.info?.type != .document { continue }
                if entry.speakerRight || entry.frame, frame.info?.known == false { continue }   // "according to your preferences"

                if let speaker = frame.speaker, found.contains(where: { $0.speaker.map { $0.written.overlaps(speaker.written) } ?? false }) { continue }
                found.append(frame)
            }
            if found.contains(where: { !$0.cueEntry.frame }) { found.removeAll { $0.cueEntry.frame } }
            result += found
        }
        return result
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
        while j >= bounds.lowerBound, view.isWord(j), L.skippable.contains(view.hashes[j]) { j -= 1 }
        if j >= bounds.lowerBound, view.isWord(j) {
            return finder.phrase(endingAt: j, bounds: bounds)
        }
        if view.isComma(j), let appositive = finder.appositiveBefore(comma: j, bounds: bounds) {
            return appositive
        }
        // Inversion after a quotation or a comma: "…,” said Smith.
        if j < bounds.lowerBound || view.isMark[j] || (view.isComma(j) && j > 0 && view.isMark[j - 1]) {
            if let right = finder.phrase(startingAt: cue.upperBound, bounds: bounds), !lexicon.cues.keys.contains(view.hashes[right.head]) {
                return finder.appositiveAfter(right, bounds: bounds)
            }
        }
        return nil
    }
}
