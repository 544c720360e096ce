/// Counts syllables as vowel groups, configured per language: a syllable starts at every vowel
/// that does not follow another vowel it forms a diphthong with. Good enough for languages with
/// regular spelling (Spanish, Italian, Russian, German); an estimate for French.
///
/// A token is split at non-letters (hyphens, apostrophes, digits) and the parts' groups are added;
/// digits count nothing. The result is at least 1 for a token with a letter, 0 otherwise. Case is
/// folded for Latin-1 and Cyrillic capitals.
public struct VowelGroupSyllableCounter: SyllableCounter {
    /// The vowel letters (lowercase scalars).
    let vowels: [UInt32]
    /// Adjacent vowels that stay in one syllable, packed as `first << 32 | second`.
    let joined: Set<UInt64>
    /// A final unstressed `e`/`es` after a consonant is not a syllable (French "livre", "portes").
    let silentFinalE: Bool
    /// `y` is a vowel only when no vowel follows (Spanish "hoy", "muy" but "mayo", "yo").
    let yVowelOnlyBeforeConsonant: Bool
    /// The most vowel letters one syllable can hold (German "Eier" is 2 syllables: ei + er).
    let maxVowelsPerSyllable: Int
    /// The ASCII part of `vowels`: bit k set when the letter `a` + k is one, answered without a search.
    private let asciiVowels: UInt32
    /// The ASCII part of `joined`, one row per letter: bit j of row k set when `a` + k followed
    /// by `a` + j stay in one syllable, answered without hashing.
    private let asciiJoined: [UInt32]

    /// A counter with `vowels` (lowercase letters), `diphthongs` (two-letter sequences of vowels
    /// that form one syllable; a longer nucleus like French "eau" is its overlapping pairs) and
    /// the optional French and Spanish rules. A run of joined vowels longer than
    /// `maxVowelsPerSyllable` starts a new syllable.
    public init(
        vowels: String, diphthongs: [String] = [], maxVowelsPerSyllable: Int = 3,
        silentFinalE: Bool = false, yVowelOnlyBeforeConsonant: Bool = false
    ) {
        self.maxVowelsPerSyllable = max(1, maxVowelsPerSyllable)
        self.vowels = vowels.unicodeScalars.map(\.value)
        var joined = Set<UInt64>()
        for pair in diphthongs {
            let scalars = Array(pair.unicodeScalars)
            if scalars.count == 2 { joined.insert(UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)) }
        }
        self.joined = joined
        var asciiVowels: UInt32 = 0
        for vowel in self.vowels where Self.isASCIILetter(vowel) { asciiVowels |= 1 << (vowel - 0x61) }
        self.asciiVowels = asciiVowels
        var asciiJoined = [UInt32](repeating: 0, count: 26)
        for pair in joined {
            let first = UInt32(truncatingIfNeeded: pair >> 32), second = UInt32(truncatingIfNeeded: pair)
            if Self.isASCIILetter(first) && Self.isASCIILetter(second) { asciiJoined[Int(first - 0x61)] |= 1 << (second - 0x61) }
        }
        self.asciiJoined = asciiJoined
        self.silentFinalE = silentFinalE
        self.yVowelOnlyBeforeConsonant = yVowelOnlyBeforeConsonant
    }

    public func syllables(inWord word: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var sawLetter = false
        // State of the current part.
        var groups = 0
        var previousVowel: UInt32 = 0      // the vowel just before, or 0 after a consonant
        var vowelsInGroup = 0
        var lastGroupIsLoneE = false       // the part's last letters are consonant + "e"
        var afterLoneE = 0                 // letters after that "e" ("es" -> 1 "s")
        var i = 0
        let n = word.count
        while i <= n {
            var value: UInt32 = 0
            var width = 1
            if i < n { (value, width) = Self.decode(word, at: i) }
            let folded = Self.fold(value)
            let isLetter = i < n && Self.isLetter(folded)
            if isLetter {
                sawLetter = true
                var vowel = isVowel(folded)
                if vowel && folded == 0x79 && yVowelOnlyBeforeConsonant && i + width < n {
                    let (next, _) = Self.decode(word, at: i + width)
                    if isVowel(Self.fold(next)) { vowel = false }
                }
                if vowel {
                    if previousVowel == 0 || vowelsInGroup >= maxVowelsPerSyllable
                        || !areJoined(previousVowel, folded) {
                        groups += 1
                        lastGroupIsLoneE = folded == 0x65 && previousVowel == 0
                        vowelsInGroup = 1
                    } else {
                        lastGroupIsLoneE = false
                        vowelsInGroup += 1
                    }
                    afterLoneE = 0
                    previousVowel = folded
                } else {
                    previousVowel = 0
                    afterLoneE += 1
                }
            } else {
                // End of a part.
                if silentFinalE && groups > 1 && lastGroupIsLoneE && afterLoneE == 0 { groups -= 1 }
                else if silentFinalE && groups > 1 && lastGroupIsLoneE && afterLoneE == 1 && i > 0 && Self.fold(UInt32(word[i - 1])) == 0x73 {
                    groups -= 1
                }
                total += groups
                groups = 0
                vowelsInGroup = 0
                previousVowel = 0
                lastGroupIsLoneE = false
                afterLoneE = 0
            }
            i += width
        }
        return sawLetter ? max(total, 1) : 0
    }

    /// Whether the folded scalar `v` is one of `vowels`.
    @inline(__always)
    private func isVowel(_ v: UInt32) -> Bool {
        Self.isASCIILetter(v) ? asciiVowels & (1 << (v &- 0x61)) != 0 : vowels.contains(v)
    }

    /// Whether the vowels `first` then `second` (folded) stay in one syllable (are in `joined`).
    @inline(__always)
    private func areJoined(_ first: UInt32, _ second: UInt32) -> Bool {
        if Self.isASCIILetter(first) && Self.isASCIILetter(second) {
            return asciiJoined[Int(first &- 0x61)] & (1 << (second &- 0x61)) != 0
        }
        return joined.contains(UInt64(first) << 32 | UInt64(second))
    }

    /// Whether `v` is `a` to `z`.
    @inline(__always)
    private static func isASCIILetter(_ v: UInt32) -> Bool {
        v &- 0x61 < 26
    }

    /// Decodes one UTF-8 scalar at `i`: its value and width (an invalid byte is 0, width 1).
    @inline(__always)
    static func decode(_ word: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let (scalar, width) = UTF8Scanning.scalar(at: i, in: word)
        return (scalar.value == 0xFFFD ? 0 : scalar.value, width)
    }

    /// Lowercases ASCII, Latin-1, Latin Extended-A (Œ) and Cyrillic capitals.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: return v | 0x20
        case 0xC0...0xDE where v != 0xD7: return v + 0x20
        case 0x152: return 0x153
        case 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        default: return v
        }
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return ScalarTraits.of(scalar).contains(.alphabetic)
    }
}

extension VowelGroupSyllableCounter {
    /// German: ei, ie, au, äu, eu, ai, ey, ay and doubled vowels are one syllable.
    public static let german = VowelGroupSyllableCounter(
        vowels: "aeiouäöüy",
        diphthongs: ["ei", "ie", "au", "äu", "eu", "ai", "ey", "ay", "aa", "ee", "oo"],
        maxVowelsPerSyllable: 2
    )

    /// Spanish: a weak vowel (i, u, ü, final y) next to any vowel is one syllable; two strong
    /// vowels (a, e, o) or an accented í/ú are two ("poeta", "día").
    public static let spanish = VowelGroupSyllableCounter(
        vowels: "aeiouáéíóúüy",
        diphthongs: diphthongs(weak: ["i", "u", "ü", "y"], strong: ["a", "e", "o", "á", "é", "ó"]),
        yVowelOnlyBeforeConsonant: true
    )

    /// Italian: like Spanish, i and u glide next to another vowel ("piede", "uomo", "mai").
    public static let italian = VowelGroupSyllableCounter(
        vowels: "aeiouàèéìíòóù",
        diphthongs: diphthongs(weak: ["i", "u"], strong: ["a", "e", "o", "à", "è", "é", "ò", "ó"])
    )

    /// French: common digraphs (ai, au, eau, ei, eu, oi, ou, œu, ie, io, ue, ui…) are one syllable,
    /// and a final mute e/es after a consonant is not counted ("livre" 1, "portes" 1).
    public static let french = VowelGroupSyllableCounter(
        vowels: "aeiouyàâäéèêëîïôöùûüÿœæ",
        diphthongs: ["ai", "au", "ay", "ea", "ei", "eu", "ey", "oi", "ou", "oy", "ie", "io", "ue", "ui",
                     "ée", "œu", "aî", "oî", "où", "oû", "eû", "uy", "ué", "uè", "qu"],
        silentFinalE: true
    )

    /// Russian: every vowel letter is a syllable.
    public static let russian = VowelGroupSyllableCounter(vowels: "аеёиоуыэюя", maxVowelsPerSyllable: 1)

    private static func diphthongs(weak: [String], strong: [String]) -> [String] {
        var pairs: [String] = []
        for w in weak {
            for s in strong { pairs.append(w + s); pairs.append(s + w) }
            for other in weak where other != w { pairs.append(w + other) }
        }
        return pairs
    }
}
