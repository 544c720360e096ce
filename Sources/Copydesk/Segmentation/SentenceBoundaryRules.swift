/// Decides whether a sentence boundary that ICU proposes is real, using a language's
/// abbreviation lists. ICU breaks after every "." that precedes a capital ("Dr. Smith",
/// "John F. Kennedy", "5 p.m. Monday") and after every "?" or "!" ("'Why?' she asked");
/// these rules join such pieces back together.
///
/// The rules, in order, for the text before the proposed boundary:
/// 1. Ends with "?" or "!" (with or without closing quotes): joined when the next word is lowercase.
/// 2. Ends with closing quotes or brackets after a period, or with an ellipsis: a real end.
/// 3. Ends with "." after a listed abbreviation: by its class — `title` and `inner` always join;
///    `number` joins before a digit; `month` joins before a digit or lowercase word; `ambiguous`
///    joins unless a capitalized sentence-starter ("The", "He", "But") follows.
/// 4. A single capital letter ("F."): an initial — joins unless a sentence-starter follows.
///    A single lowercase letter ("a.", "z."): a list marker or abbreviation — joins.
/// 5. Initials ("H.R.", "J.K.", "D.C."): like `ambiguous`.
/// 6. A bare number ("12."): joins before a month name ("12. Juni"), as a list marker
///    ("1. Buy milk") at the start of a sentence or after a colon, and, where the language writes
///    ordinals with a period (German), before a capitalized word that is not a sentence-starter.
/// 7. Anything else ends the sentence.
///
/// ICU also misses boundaries: it never ends a sentence before a figure ("…sales rose in Canada.
/// 1986 sales were 798 mln dlrs."). `sentencesStartingWithFigures` adds one after a period that
/// follows a plain word of two or more letters which is not an abbreviation, when a space and a
/// digit follow ("No. 5", "Sept. 11", "U.S. 1987 high" and "in 3.5" stay whole).
struct SentenceBoundaryRules {
    let rules: SentenceRules

    /// Whether the boundary between `previous` (ending at `boundaryEnd`, trimmed) and the
    /// sentence starting at `nextStart` should be removed.
    func shouldJoin(previousStart: Int, previousEnd: Int, nextStart: Int, nextEnd: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard previousEnd > previousStart, nextEnd > nextStart else { return false }
        // The next word is read only when a rule needs it: most proposed boundaries end a plain word.
        var nextWord: NextWord { NextWord(start: nextStart, end: nextEnd, bytes: bytes) }

        // Strip closing quotes and brackets at the end.
        var end = previousEnd
        var closers = 0
        while end > previousStart {
            let start = UTF8Scanning.previousScalarStart(before: end, in: bytes)
            guard UTF8Scanning.isCloser(UTF8Scanning.scalar(at: start, in: bytes).scalar) else { break }
            end = start
            closers += 1
        }
        guard end > previousStart else { return false }
        let lastStart = UTF8Scanning.previousScalarStart(before: end, in: bytes)
        let last = UTF8Scanning.scalar(at: lastStart, in: bytes).scalar
        switch last {
        case "?", "!", "\u{FF1F}", "\u{FF01}":
            return nextWord.isLowercase
        case ".":
            break
        default:
            return false
        }
        if closers > 0 { return false }

        // The whitespace-delimited word that ends with the period, without opening punctuation.
        var wordStart = end
        while wordStart > previousStart {
            let byte = bytes[wordStart - 1]
            if byte < 0x80 {   // an ASCII scalar, without decoding: most words
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { break }
                wordStart -= 1
                continue
            }
            let start = UTF8Scanning.previousScalarStart(before: wordStart, in: bytes)
            let scalar = UTF8Scanning.scalar(at: start, in: bytes).scalar
            if UTF8Scanning.isSpace(scalar) { break }
            wordStart = start
        }
        let sentenceSoFarIsWord = wordStart == previousStart
        while wordStart < end {
            let (scalar, length) = UTF8Scanning.scalar(at: wordStart, in: bytes)
            guard UTF8Scanning.isOpener(scalar) else { break }
            wordStart += length
        }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
        guard word.count >= 2 else { return false }
        if word.count >= 3 && word[word.count - 2] == 0x2E && word[word.count - 3] == 0x2E { return false } // "..."

        if let kind = rules.abbreviations[TermHash.hash(word)] {
            let next = nextWord
            switch kind {
            case .title, .inner: return true
            case .number: return next.isDigit
            case .month: return next.isDigit || next.isLowercase
            case .ambiguous: return !next.startsSentence(rules)
            }
        }
        let stem = UnsafeBufferPointer(rebasing: word[0..<(word.count - 1)])
        if stem.count == 1 && isASCIILetter(stem[0]) {
            return isLowercaseASCII(stem[0]) ? true : !nextWord.startsSentence(rules)
        }
        if isInitials(word) { return !nextWord.startsSentence(rules) }
        if stem.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let next = nextWord
            if next.isMonth(rules) { return true }
            if stem.count <= 2 && (sentenceSoFarIsWord || precededByColon(wordStart, previousStart, bytes)) { return true }
            if rules.periodMarksOrdinals && stem.count <= 3 && next.isCapitalized && !next.startsSentence(rules) { return true }
        }
        return false
    }

    /// Offsets inside `range` where a sentence starting with a figure begins.
    func sentencesStartingWithFigures(in range: TextRange, bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var splits: [Int] = []
        var index = Int(range.start) + 2
        let end = Int(range.end)
        while index < end - 2 {
            if index + 8 <= end - 2 && !UTF8Scanning.hasZeroByte(UTF8Scanning.chunk(at: index, in: bytes) ^ 0x2E2E_2E2E_2E2E_2E2E) {
                index += 8   // no period among the next eight bytes
                continue
            }
            defer { index += 1 }
            guard bytes[index] == 0x2E, bytes[index + 1] == 0x20 else { continue }
            var next = index + 1
            while next < end && bytes[next] == 0x20 { next += 1 }
            guard next < end, bytes[next] >= 0x30 && bytes[next] <= 0x39 else { continue }
            // The word before the period: letters only, at least two, not an abbreviation.
            var wordStart = index
            while wordStart > Int(range.start) {
                let byte = bytes[wordStart - 1]
                guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x27 else { break }
                wordStart -= 1
            }
            guard index - wordStart >= 2, wordStart == Int(range.start) || bytes[wordStart - 1] == 0x20 else { continue }
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart...index])   // with its period
            guard rules.abbreviations[TermHash.hash(word)] == nil else { continue }
            splits.append(next)
        }
        return splits
    }

    /// "H.R.", "d.c.", "J.K.": letters each followed by a period, at least two.
    private func isInitials(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 4, word.count % 2 == 0 else { return false }
        var index = 0
        while index < word.count {
            guard isASCIILetter(word[index]), word[index + 1] == 0x2E else { return false }
            index += 2
        }
        return true
    }

    private func precededByColon(_ wordStart: Int, _ previousStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = UTF8Scanning.trimSpaces(from: previousStart, to: wordStart, in: bytes)
        return before > previousStart && bytes[before - 1] == 0x3A
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private func isLowercaseASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
}
