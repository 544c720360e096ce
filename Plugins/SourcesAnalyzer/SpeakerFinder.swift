import Copydesk

/// Finds the speaker phrase next to a cue and tells what it refers to.
struct SpeakerFinder {
    let view: TokenView
    let lexicon: SourcesLexicon

    /// A word that may be part of a speaker phrase.
    private func candidate(_ i: Int, bounds: Range<Int>) -> Bool {
        bounds.contains(i) && view.isWord(i) && view.quoteOf(i) < 0
            && (!lexicon.boundaries.contains(view.hashes[i]) || lexicon.determiners.contains(view.hashes[i]))
            && view.hashes[i] != lexicon.that     // "a budget that officials said": a relative, not a determiner
            && !lexicon.isCueStart(view.hashes[i])
    }

    /// The token before a parenthesis ending at `j` ("the Rail Delivery Group (RDG)"), else `j`.
    func skipParenthesis(_ j: Int, bounds: Range<Int>) -> Int {
        guard j >= bounds.lowerBound, j < view.tokens.count, view.punctuation(j) == 0x29 else { return j }
        var k = j - 1
        while k >= bounds.lowerBound, j - k < 8 {
            if view.punctuation(k) == 0x28 { return k - 1 }
            if view.punctuation(k) == 0x29 { return j }
            k -= 1
        }
        return j
    }

    /// Whether the tokens are a proper name: capitalized words and initials, two to five words.
    func isProperName(_ range: Range<Int>) -> Bool {
        var words = 0
        for i in range {
            if view.isWord(i) {
                guard view.isCapitalized(i), !lexicon.boundaries.contains(view.hashes[i]), !lexicon.pronouns.contains(view.hashes[i]),
                      !lexicon.determiners.contains(view.hashes[i]) else { return false }
                words += 1
            } else if !(view.isPeriod(i) || view.isHyphen(i)) { return false }
        }
        return words >= 2 && words <= 5
    }

    /// The phrase ending at token `end`, walking left.
    func phrase(endingAt end: Int, bounds: Range<Int>) -> SpeakerPhrase? {
        guard candidate(end, bounds: bounds), !view.isPossessive(end), !lexicon.determiners.contains(view.hashes[end]) else { return nil }
        if lexicon.pronouns.contains(view.hashes[end]) { return SpeakerPhrase(core: end..<end + 1, written: end..<end + 1, head: end) }
        var start = end
        var i = end - 1
        var head = end
        while i >= bounds.lowerBound, end - i < 12 {
            let hash = view.hashes[i]
            if view.isWord(i), lexicon.joiners.contains(hash) {
                // "officials at the ministry", "people familiar with the matter"
                guard candidate(i - 1, bounds: bounds), !lexicon.determiners.contains(view.hashes[i - 1]), !lexicon.pronouns.contains(view.hashes[i - 1]) else { break }
                head = i - 1
                start = i - 1
                i -= 2
                continue
            }
            if candidate(i, bounds: bounds) {
                if lexicon.pronouns.contains(hash) { break }
                start = i
                if lexicon.determiners.contains(hash) {
                    // "a spokesman for the ministry", "people familiar with the matter"
                    if i - 2 >= bounds.lowerBound, view.isWord(i - 1), lexicon.joiners.contains(view.hashes[i - 1]), candidate(i - 2, bounds: bounds),
                       !lexicon.determiners.contains(view.hashes[i - 2]), !lexicon.pronouns.contains(view.hashes[i - 2]) {
                        head = i - 2
                        if view.hashes[i - 1] == lexicon.with, view.hashes[i - 2] == lexicon.familiar, i - 3 >= bounds.lowerBound, candidate(i - 3, bounds: bounds) {
                            head = i - 3; i -= 3; start = i; continue
                        }
                        i -= 2; start = i; continue
                    }
                    break
                }
                i -= 1
                continue
            }
            if view.isPeriod(i), i - 1 >= bounds.lowerBound, view.isWord(i - 1), view.touches(i - 1, i), view.isCapitalized(i - 1),
               view.tokens[i - 1].range.length <= 4 || view.tokens[i - 1].flags.contains(.allCaps) {
                start = i; i -= 1; continue     // "H.R." "U.S."
            }
            if view.isHyphen(i), i - 1 >= bounds.lowerBound, view.isWord(i - 1) { start = i; i -= 1; continue }
            break
        }
        // Do not start on a period or hyphen, nor on an opening adverb ("Later Jones said"; not
        // the first part of a compound, "Privately-held Piper Aircraft Corp").
        while start < end, !view.isWord(start) || (lexicon.openingAdverbs.contains(view.hashes[start]) && view.isWord(start + 1)) {
            start += 1
        }
        return SpeakerPhrase(core: start..<end + 1, written: start..<end + 1, head: head)
    }

    /// The phrase starting at token `begin`, walking right.
    func phrase(startingAt begin: Int, bounds: Range<Int>) -> SpeakerPhrase? {
        guard candidate(begin, bounds: bounds) else { return nil }
        if lexicon.pronouns.contains(view.hashes[begin]) { return SpeakerPhrase(core: begin..<begin + 1, written: begin..<begin + 1, head: begin) }
        var end = begin
        var i = begin
        var head = begin
        var joined = false
        while i < bounds.upperBound, i - begin < 12 {
            if view.isWord(i), lexicon.joiners.contains(view.hashes[i]), !joined, candidate(i + 1, bounds: bounds) {
                joined = true; i += 1; continue
            }
            if candidate(i, bounds: bounds), i > begin, !view.isCapitalized(i), view.endsInEd(i),
               view.isCapitalized(i - 1) || isKnownHead(view.hashes[i - 1]) { break }   // the Kremlin rejected; court documents filed
            if candidate(i, bounds: bounds) {
                if lexicon.determiners.contains(view.hashes[i]), i != begin, !joined { break }
                if lexicon.pronouns.contains(view.hashes[i]) { break }
                end = i
                if !joined, view.hashes[i] != lexicon.familiar { head = i }
                if view.isPossessive(i) { i += 1; continue }
                i += 1
                continue
            }
            if view.isWord(i), lexicon.joiners.contains(view.hashes[i]) || view.hashes[i] == lexicon.with, !joined, candidate(i + 1, bounds: bounds) {
                joined = true; i += 1; continue
            }
            if view.isWord(i), view.hashes[i] == lexicon.familiar, !joined { end = i; i += 1; continue }
            if view.isPeriod(i), view.isWord(i - 1), view.touches(i - 1, i), i + 1 < bounds.upperBound, view.isWord(i + 1), view.isCapitalized(i + 1),
               view.isCapitalized(i - 1), view.tokens[i - 1].range.length <= 4 || view.tokens[i - 1].flags.contains(.allCaps) {
                i += 1; continue
            }
            if view.isHyphen(i), view.isWord(i + 1) { i += 1; continue }
            break
        }
        // A phrase ending in a joiner or determiner is cut back.
        while end > begin, lexicon.joiners.contains(view.hashes[end]) || lexicon.determiners.contains(view.hashes[end]) { end -= 1 }
        if head > end { head = end }
        return SpeakerPhrase(core: begin..<end + 1, written: begin..<end + 1, head: head)
    }

    /// "NAME, APPOSITIVE," before a cue: `comma` is the comma just before the cue.
    func appositiveBefore(comma: Int, bounds: Range<Int>) -> SpeakerPhrase? {
        var i = comma - 1
        var sawWord = false
        while i >= bounds.lowerBound, comma - i < 14 {
            if view.isComma(i) { break }
            if view.quoteOf(i) >= 0 || (!view.isWord(i) && !view.isHyphen(i) && !view.isPeriod(i)) { return nil }
            if view.isWord(i) { sawWord = true }
            i -= 1
        }
        guard sawWord, i >= bounds.lowerBound, view.isComma(i), i + 1 < comma else { return nil }
        let relative = view.isWord(i + 1) && lexicon.relatives.contains(view.hashes[i + 1])   // "A local official, who asked not to be named, said"
        var end = skipParenthesis(i - 1, bounds: bounds)
        if end > bounds.lowerBound, view.isWord(end), lexicon.locatives.contains(view.hashes[end]) { end -= 1 }   // "An official there, who …, said"
        guard var name = phrase(endingAt: end, bounds: bounds),
              !lexicon.pronouns.contains(view.hashes[name.head]) else { return nil }
        if !relative, !view.isCapitalized(name.head) || lexicon.titles.contains(view.hashes[name.head]), isProperName((i + 1)..<comma) {
            // "Labour's shadow transport secretary, Louise Haigh, said": the name is between the commas.
            var swapped = SpeakerPhrase(core: (i + 1)..<comma, written: name.core.lowerBound..<comma, head: comma - 1)
            swapped.appositive = name.core
            return swapped
        }
        guard view.isCapitalized(name.head) || relative || isKnownHead(view.hashes[name.head]) else { return nil }
        name.appositive = (i + 1)..<comma
        name.relativeClause = relative
        name.written = name.core.lowerBound..<comma
        return name
    }

    /// "NAME, APPOSITIVE" after a right-hand speaker phrase.
    func appositiveAfter(_ found: SpeakerPhrase, bounds: Range<Int>) -> SpeakerPhrase {
        var result = found
        let comma = found.core.upperBound
        guard view.isComma(comma), view.isCapitalized(found.head), view.isWord(comma + 1), !lexicon.relatives.contains(view.hashes[comma + 1]),
              lexicon.determiners.contains(view.hashes[comma + 1]) || view.isPossessive(comma + 1) || !view.isCapitalized(comma + 1) else { return result }
        var i = comma + 1
        while i < bounds.upperBound, i - comma < 14, view.quoteOf(i) < 0,
              view.isWord(i) || view.isHyphen(i) || (view.isPeriod(i) && i + 1 < bounds.upperBound && view.isWord(i + 1) && view.touches(i - 1, i)) {
            i += 1
        }
        guard i > comma + 1 else { return result }
        result.appositive = (comma + 1)..<i
        result.written = found.core.lowerBound..<i
        return result
    }

    /// Whether the text of `range` (two tokens or more) may be an organization of several words:
    /// false only when its first word is its first token, which starts no such organization.
    func mayBeOrganizationPhrase(_ range: Range<Int>) -> Bool {
        !view.isFollowedBySpace(range.lowerBound) || lexicon.organizationFirstWords.contains(view.hashes[range.lowerBound])
    }

    func isKnownHead(_ hash: UInt64) -> Bool {
        lexicon.anonymousHeads.contains(hash) || lexicon.organizations.contains(hash) || lexicon.documentHeads.contains(hash) || lexicon.titles.contains(hash)
    }

    /// What a phrase refers to.
    func classify(_ phrase: SpeakerPhrase) -> SpeakerInfo {
        let head = phrase.head
        let headHash = view.hashes[head]
        var core = phrase.core
        let firstHash = view.hashes[core.lowerBound]
        let hasDeterminer = lexicon.determiners.contains(firstHash)
        // "a spokesman", and a quantified one: "one economist", "another spokesman".
        let indefinite = lexicon.indefinite.contains(firstHash) || lexicon.quantifiers.contains(firstHash)
        if core.count == 1, lexicon.pronouns.contains(headHash) {
            let word = view.lowercasedText(core)
            let reference: SpeakerInfo.Reference = switch word {
            case "he", "she": .personPronoun
            case "they": .pluralPronoun
            case "it": .thingPronoun
            default: .otherPronoun
            }
            return SpeakerInfo(type: .named, name: word, title: nil, reference: reference)
        }
        // "one of the officials", "two of the people": the noun after "of" is the head.
        let last = phrase.core.upperBound - 1
        if lexicon.quantifiers.contains(firstHash), phrase.core.count >= 3, view.hashes[phrase.core.lowerBound + 1] == lexicon.of, view.isWord(last) {
            var partitive = phrase
            partitive.head = last
            let display = view.lowercasedText(phrase.core)
            var info = classifyPhrase(partitive, core: phrase.core, display: display, hasDeterminer: false, indefinite: false, keyed: false)
            if info.type == .anonymous || info.type == .organization {
                info.reference = .partitive(head: view.hashes[last])
                info.known = true
            }
            info.headHash = view.hashes[last]
            info.key = display
            return info
        }
        if hasDeterminer, core.count > 1 { core = (core.lowerBound + 1)..<core.upperBound }
        // A sentence-initial determiner or quantifier is lower-cased: "A senior official" -> "a senior official".
        // The phrase as written is only needed when it is not a person's name.
        // The key (it merges phrases in `SourceRegistry`; names are merged by name instead) and
        // the head's hash are set by `classifyPhrase`, whose result is returned as made: set
        // here, they made the result be copied (retaining its strings) and then destroyed.
        return classifyPhrase(phrase, core: core, display: hasDeterminer || indefinite ? view.textLoweringFirst(phrase.core) : view.text(phrase.core),
                              hasDeterminer: hasDeterminer, indefinite: indefinite, keyed: true)
    }

    /// What `phrase` refers to, with its head's hash and, when `keyed`, for a phrase that is not a
    /// person's name, its key: the words of `core` to the head, lower-cased.
    private func classifyPhrase(_ phrase: SpeakerPhrase, core: Range<Int>, display: @autoclosure () -> String, hasDeterminer: Bool, indefinite: Bool,
                                keyed: Bool) -> SpeakerInfo {
        let head = phrase.head
        let headHash = view.hashes[head]
        func key() -> String? { keyed && core.lowerBound <= head ? view.lowercasedText(core.lowerBound..<(head + 1)) : nil }
        if lexicon.documentHeads.contains(headHash) {
            return SpeakerInfo(type: .document, name: display(), title: nil, reference: .phrase, key: key(), headHash: headHash)
        }
        if lexicon.anonymousHeads.contains(headHash) {
            // "the official" refers back to "a senior city official".
            let definite = hasDeterminer && view.hashes[phrase.core.lowerBound] == lexicon.the
            return SpeakerInfo(type: .anonymous, name: display(), title: nil, reference: definite ? .role(head: headHash) : .phrase, key: key(), headHash: headHash)
        }
        // Organizations: the whole phrase ("the White House") or its head ("the ministry", "Foreign Ministry").
        let headPart = core.lowerBound..<(head + 1)
        // (The phrase hash of a single token is its hash, tested first; a phrase whose first word
        // is a token that starts no organization of several words is not hashed.)
        if lexicon.organizations.contains(headHash) || (headPart.count > 1 && mayBeOrganizationPhrase(headPart) && lexicon.organizations.contains(view.phraseHash(headPart))) {
            return SpeakerInfo(type: .organization, name: display(), title: nil, reference: .phrase, key: key(), headHash: headHash)
        }
        if view.isCapitalized(head), !lexicon.titles.contains(headHash) {
            // The name is the run of capitalized non-title words ending at the head.
            var nameStart = head
            var i = head - 1
            while i >= core.lowerBound {
                if view.isPeriod(i) || view.isHyphen(i) { i -= 1; continue }
                if view.isWord(i), view.isCapitalized(i), !lexicon.titles.contains(view.hashes[i]), !view.isPossessive(i) { nameStart = i; i -= 1; continue }
                break
            }
            let name = view.text(nameStart..<(head + 1))
            // The title: the words before the name, and the appositive (", " between them), or
            // an appositive before the name alone.
            let before = nameStart > core.lowerBound ? view.text(core.lowerBound..<nameStart) : nil
            let title: String?
            if let appositive = phrase.appositive, !phrase.relativeClause {
                let written = view.text(appositive)
                title = appositive.upperBound <= nameStart ? written : before.map { $0 + ", " + written } ?? written
            } else {
                title = before
            }
            return SpeakerInfo(type: .named, name: name, title: title, reference: .name(surname: headHash), headHash: headHash)
        }
        if lexicon.titles.contains(headHash), view.isCapitalized(head) == false || hasDeterminer {
            if indefinite { return SpeakerInfo(type: .anonymous, name: display(), title: nil, reference: .phrase, key: key(), headHash: headHash) }
            let written = display()
            return SpeakerInfo(type: .named, name: written, title: written, reference: .role(head: headHash), key: key(), headHash: headHash)
        }
        // Another common noun: a definite role is a named (unique) source, the rest anonymous.
        if hasDeterminer, !indefinite {
            let written = display()
            return SpeakerInfo(type: .named, name: written, title: written, reference: .role(head: headHash), known: false, key: key(), headHash: headHash)
        }
        return SpeakerInfo(type: .anonymous, name: display(), title: nil, reference: .phrase, known: false, key: key(), headHash: headHash)
    }
}
