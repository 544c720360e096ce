/// The first word of the text after a proposed boundary, skipping opening quotes and brackets.
struct NextWord {
    var first: Unicode.Scalar = " "
    var word: UnsafeBufferPointer<UInt8>
    /// The word is directly followed by a period ("No." in "U.S. No. 2 diplomat").
    var followedByPeriod = false

    init(start: Int, end: Int, bytes: UnsafeBufferPointer<UInt8>) {
        var index = start
        while index < end {
            let (scalar, length) = UTF8Scanning.scalar(at: index, in: bytes)
            guard UTF8Scanning.isOpener(scalar) || UTF8Scanning.isSpace(scalar) else { break }
            index += length
        }
        var wordEnd = index
        while wordEnd < end {
            let (scalar, length) = UTF8Scanning.scalar(at: wordEnd, in: bytes)
            guard UTF8Scanning.isLetterOrDigit(scalar) || scalar == "'" || scalar == "\u{2019}" else { break }
            wordEnd += length
        }
        if index < end { first = UTF8Scanning.scalar(at: index, in: bytes).scalar }
        word = UnsafeBufferPointer(rebasing: bytes[index..<wordEnd])
        followedByPeriod = wordEnd < end && bytes[wordEnd] == 0x2E
    }

    var isLowercase: Bool { ScalarTraits.of(first).contains(.lowercase) }
    var isCapitalized: Bool { ScalarTraits.of(first).contains(.uppercase) }
    var isDigit: Bool { ScalarTraits.of(first).contains(.numeric) }

    func startsSentence(_ rules: SentenceRules) -> Bool {
        guard isCapitalized else { return false }
        let hash = TermHash.hash(word)
        // "No." before a number is the abbreviation, not the word "No".
        if followedByPeriod, let kind = rules.abbreviations[(hash ^ 0x2E) &* TermHash.prime],
           kind == .number || kind == .title {
            return false
        }
        return rules.sentenceStarters.contains(hash)
    }

    func isMonth(_ rules: SentenceRules) -> Bool {
        !word.isEmpty && rules.months.contains(TermHash.hash(word))
    }
}
