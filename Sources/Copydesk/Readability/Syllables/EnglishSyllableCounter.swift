/// Counts English syllables: an exceptions table derived from the CMU Pronouncing Dictionary,
/// falling back to spelling rules (`EnglishSyllableRules`) for words not in it.
///
/// A token is split into parts at hyphens, digits, periods, slashes and other non-letters, and
/// the parts' counts are added ("well-known" is 2, "mother-in-law" 4, "U.S." 2). Digits count
/// nothing: a token of digits only ("2024") is 0, and "1990s" is 1 (for the "s"). In each part:
/// - the whole part is looked up in the table, case-folded, with `’` read as `'`, so "NATO",
///   "don’t" and "O'Brien" are found when CMU lists them;
/// - leading and trailing apostrophes are dropped ("students’" counts like "students");
/// - a clitic after the last apostrophe is counted on its base: `'s` adds a syllable after a
///   sibilant ("George's", "Bush's"), `n't` after a consonant + n ("didn't"), `'d` after t/d
///   ("it'd"), `'ll`/`'ve`/`'re` after a consonant ("it'll", "could've"); `'m` never;
/// - an all-capital part with no vowel letter is spelled out ("CNN" 3, "BBC" 3, "WWF" 7);
/// - anything else gets the rules (names, new words).
/// Accented Latin letters count as their base letter; é, ë, ï always start a syllable ("café",
/// "naïve"). Letters of other scripts count as consonants. The result is at least 1 for a token
/// with a letter.
public struct EnglishSyllableCounter: SyllableCounter {
    /// Word hash (`TermHash`) → syllables, for words the rules get wrong.
    let table: TermTable<UInt8>

    /// A counter using the embedded table (parsed once per process, on first use).
    public init() {
        table = EnglishSyllableTable.shared
    }

    /// A counter with a given exceptions table (for the table generator and tests).
    init(table: TermTable<UInt8>) {
        self.table = table
    }

    public func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int {
        let n = word.count
        if n == 0 { return 0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { starts in
                var total = 0
                var sawLetter = false
                var length = 0
                var i = 0
                while i <= n {
                    var mapped: UInt8 = 0   // 0: separator; 0x27: apostrophe; else a normalized letter
                    var width = 1
                    if i < n {
                        let byte = word[i]
                        if byte < 0x80 {
                            if byte >= 0x61 && byte <= 0x7A { mapped = byte }
                            else if byte >= 0x41 && byte <= 0x5A { mapped = byte | 0x20 }
                            else if byte == 0x27 { mapped = 0x27 }
                        } else {
                            (mapped, width) = Self.decodeLetter(word, at: i)
                        }
                    }
                    if mapped != 0 {
                        letters[length] = mapped
                        starts[length] = i
                        length += 1
                    } else if length > 0 {
                        let (count, hasLetter) = countPart(word, letters, starts, length, end: i)
                        total += count
                        sawLetter = sawLetter || hasLetter
                        length = 0
                    }
                    i += width
                }
                return sawLetter ? max(total, 1) : 0
            }
        }
    }

    // MARK: Parts

    /// Counts one part: `letters[0..<length]` (normalized), whose letter k starts at byte `starts[k]`
    /// of `word`, and which ends at byte `end`.
    private func countPart(
        _ word: UnsafeBufferPointer<UInt8>, _ letters: UnsafeMutableBufferPointer<UInt8>,
        _ starts: UnsafeMutableBufferPointer<Int>, _ length: Int, end: Int
    ) -> (count: Int, hasLetter: Bool) {
        var lo = 0
        var hi = length
        while lo < hi && letters[lo] == 0x27 { lo += 1 }
        while hi > lo && letters[hi - 1] == 0x27 { hi -= 1 }
        if lo == hi { return (0, false) }
        let byteEnd = hi < length ? starts[hi] : end
        let bytes = UnsafeBufferPointer(rebasing: word[starts[lo]..<byteEnd])
        if let known = table[TermHash.hash(bytes)] { return (Int(known), true) }

        var apostrophe = -1
        for k in lo..<hi where letters[k] == 0x27 { apostrophe = k }
        if apostrophe < 0 {
            return (countBase(bytes, UnsafeBufferPointer(rebasing: letters[lo..<hi]), lookedUp: true), true)
        }
        let extra = cliticSyllables(letters, base: lo..<apostrophe, clitic: (apostrophe + 1)..<hi)
        if let extra, !Self.containsApostrophe(letters, lo..<apostrophe) {
            let baseBytes = UnsafeBufferPointer(rebasing: word[starts[lo]..<starts[apostrophe]])
            let base = UnsafeBufferPointer(rebasing: letters[lo..<apostrophe])
            return (countBase(baseBytes, base, lookedUp: false) + extra, true)
        }
        // An apostrophe inside a name (O'Donnell, D'Angelo): the rules on the letters alone.
        var kept = lo
        for k in lo..<hi where letters[k] != 0x27 {
            letters[kept] = letters[k]
            kept += 1
        }
        return (EnglishSyllableRules.count(UnsafeBufferPointer(rebasing: letters[lo..<kept])), true)
    }

    /// Counts a part without apostrophes: table, spelled-out acronym, or rules.
    private func countBase(_ bytes: UnsafeBufferPointer<UInt8>, _ letters: UnsafeBufferPointer<UInt8>, lookedUp: Bool) -> Int {
        if !lookedUp, let known = table[TermHash.hash(bytes)] { return Int(known) }
        if letters.count >= 2 && Self.isAllCapitals(bytes) && !letters.contains(where: EnglishSyllableRules.isVowelLetter) {
            var spelled = 0
            for letter in letters { spelled += letter == 0x77 ? 3 : 1 }   // "double-u"
            return spelled
        }
        return EnglishSyllableRules.count(letters)
    }

    /// Syllables a clitic adds to its base, or nil when the text after the apostrophe is no clitic.
    private func cliticSyllables(_ letters: UnsafeMutableBufferPointer<UInt8>, base: Range<Int>, clitic: Range<Int>) -> Int? {
        if base.isEmpty { return nil }
        let last = letters[base.upperBound - 1]
        let beforeLast: UInt8 = base.count >= 2 ? letters[base.upperBound - 2] : 0
        let endsInConsonant = !EnglishSyllableRules.isVowelLetter(last)
        switch clitic.count {
        case 1:
            switch letters[clitic.lowerBound] {
            case 0x73:  // 's: +1 after s, x, z, ch, sh, and -ce, -ge, -se, -ze
                switch last {
                case 0x73, 0x78, 0x7A: return 1
                case 0x68: return beforeLast == 0x63 || beforeLast == 0x73 ? 1 : 0
                case 0x65: return beforeLast == 0x63 || beforeLast == 0x67 || beforeLast == 0x73 || beforeLast == 0x7A ? 1 : 0
                default: return 0
                }
            case 0x74:  // n't: syllabic n after a consonant (didn't, isn't; not don't, can't)
                return last == 0x6E && base.count >= 2 && !EnglishSyllableRules.isVowelLetter(beforeLast) ? 1 : 0
            case 0x64:  // 'd: it'd, that'd
                return last == 0x74 || last == 0x64 ? 1 : 0
            case 0x6D:  // 'm
                return 0
            default:
                return nil
            }
        case 2:
            let a = letters[clitic.lowerBound]
            let b = letters[clitic.lowerBound + 1]
            if (a == 0x6C && b == 0x6C) || (a == 0x76 && b == 0x65) || (a == 0x72 && b == 0x65) {
                return endsInConsonant ? 1 : 0        // it'll, could've, what're
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: Letters

    /// Decodes the non-ASCII scalar at `i`: its normalized letter (0 for a separator, 0x27 for a
    /// typographic apostrophe) and its width in bytes.
    private static func decodeLetter(_ word: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int) {
        let (scalar, width) = UTF8Scanning.scalar(at: i, in: word)
        let value = scalar.value
        if value == 0xFFFD { return (0, width) }   // invalid UTF-8: a separator
        switch value {
        case 0x2019, 0x2018, 0x02BC:
            return (0x27, width)
        case 0xC9, 0xCB, 0xCF, 0xE9, 0xEB, 0xEF:          // É Ë Ï é ë ï: a vowel of its own
            return (0x45, width)
        case 0xC0...0x17F:
            let letter = latinBase.utf8Start[Int(value - 0xC0)]
            return (letter == 0x2D ? 0 : letter, width)
        default:
            guard let scalar = Unicode.Scalar(value), ScalarTraits.of(scalar).contains(.alphabetic) else { return (0, width) }
            return (0x6B, width)                            // another script's letter: a consonant
        }
    }

    /// Base letters of U+00C0…U+017F (Latin-1 Supplement letters and Latin Extended-A), lowercase;
    /// `-` for × and ÷.
    private static let latinBase: StaticString = """
        aaaaaaeceeeeiiiidnooooo-ouuuuytsaaaaaaeceeeeiiiidnooooo-ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnooooooeerrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs
        """

    private static func isAllCapitals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x61 && byte <= 0x7A { return false }
        return true
    }

    private static func containsApostrophe(_ letters: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for k in range where letters[k] == 0x27 { return true }
        return false
    }
}
