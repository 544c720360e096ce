/// Spelling rules that estimate the syllables of one English word, used for words that are not in
/// the exceptions table (names, new coinages) and to decide which words the table must list.
///
/// Input is a run of lowercase ASCII letters `a`–`z`, plus the marker `E`, which stands for an
/// accented vowel that is always pronounced and always starts a syllable (é, ë, ï, ü, …). The
/// count is vowel groups, adjusted by:
/// - `y` as a vowel except before a vowel at the start of a word or after a vowel ("yes", "player");
/// - `u` after `q`, and in `gu` before a vowel ("guard", "language"), as a consonant;
/// - hiatus: adjacent vowels said apart ("ia", "io", "eo", "ua", "uo", "ii", "-ing" after a vowel…),
///   with the usual exceptions (-tion, -cial, -geous, people);
/// - silent final `e` and `-es`/`-ed` endings, except after sibilants (-ces, -ges) or `t`/`d` (-ted),
///   keeping syllabic endings (-ble, -tled, -tre);
/// - silent `e` before -ly, -ment, -ful, -less, -ness ("lovely", "statement");
/// - prefixes re-, pre-, co-, de-, bi-, anti- … before a vowel ("react", "coexist");
/// - -ism/-asm (two syllables), -ire/-ired ("fire" has two in CMU), -ier/-iest after a consonant.
/// At least 1 for a non-empty word.
enum EnglishSyllableRules {
    // MARK: Letter classes

    @inline(__always)
    static func isPlainVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75  // a e i o u
    }

    @inline(__always)
    static func isVowelLetter(_ c: UInt8) -> Bool {
        isPlainVowel(c) || c == 0x79 || c == 0x45  // y, E marker
    }

    /// The syllables of `w` (lowercase letters and `E` markers only).
    static func count(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        let n = w.count
        if n == 0 { return 0 }
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { vowel in
            classify(w, into: vowel)
            var groups = 0
            var i = 0
            while i < n {
                if vowel[i] && (i == 0 || !vowel[i - 1] || startsSyllable(w, i, vowel)) { groups += 1 }
                i += 1
            }
            groups += adjustments(w, vowel, groups: groups)
            return max(groups, 1)
        }
    }

    /// Marks which letters act as vowels.
    static func classify(_ w: UnsafeBufferPointer<UInt8>, into vowel: UnsafeMutableBufferPointer<Bool>) {
        let n = w.count
        for i in 0..<n {
            let c = w[i]
            switch c {
            case 0x79:  // y: consonant before a vowel at the start or after a vowel
                let nextVowel = i + 1 < n && isPlainVowel(w[i + 1])
                let afterVowel = i > 0 && (isPlainVowel(w[i - 1]) || (w[i - 1] == 0x77 && i > 1 && isPlainVowel(w[i - 2])))
                if nextVowel && (i == 0 || afterVowel) {
                    vowel[i] = false
                } else {
                    vowel[i] = true
                }
            case 0x75:  // u: consonant after q; "gu" + vowel (guard, language, guess) except argue
                if i > 0 && w[i - 1] == 0x71 {
                    vowel[i] = false
                } else if i > 0 && w[i - 1] == 0x67 && i + 1 < n && isVowelLetter(w[i + 1])
                            && !(i >= 2 && w[i - 2] == 0x72) && !followedBySyllabicVowel(w, i + 1) {
                    vowel[i] = false
                } else {
                    vowel[i] = true
                }
            default:
                vowel[i] = isPlainVowel(c) || c == 0x45
            }
        }
    }

    /// "ing", "ous", "ity" after gu- (arguing, ambiguous, ambiguity) keep the u a vowel.
    @inline(__always)
    static func followedBySyllabicVowel(_ w: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        matches(w, at: i, "ing") || matches(w, at: i, "ous") || matches(w, at: i, "ity")
            || matches(w, at: i, "ou")
    }

    // MARK: Hiatus

    /// Whether the vowel at `i` (after another vowel) starts a new syllable.
    static func startsSyllable(_ w: UnsafeBufferPointer<UInt8>, _ i: Int, _ vowel: UnsafeMutableBufferPointer<Bool>) -> Bool {
        let n = w.count
        let c = w[i]
        let p = w[i - 1]
        if c == 0x45 { return true }                       // accented vowel
        if p == 0x45 { return false }
        let before: UInt8 = i >= 2 ? w[i - 2] : 0          // letter before the pair
        let after: UInt8 = i + 1 < n ? w[i + 1] : 0        // letter after the pair
        let atEnd = i == n - 1
        let beforeIsVowel = i >= 2 && vowel[i - 2]

        // Prefixes: re-act, pre-empt, co-exist, de-ice, bi-annual, anti-…, semi-…, multi-…
        if let prefixSplit = prefixHiatus(w, i) { return prefixSplit }

        // "-ing" after a vowel: being, going, seeing, skiing, continuing.
        if c == 0x69 && i + 3 == n && after == 0x6E && w[i + 2] == 0x67 {
            return true
        }
        if c == 0x69 && i + 4 == n && after == 0x6E && w[i + 2] == 0x67 && w[i + 3] == 0x73 {
            return true
        }

        switch (p, c) {
        case (0x69, 0x61):  // ia
            if i == 2 { return true }                                  // giant, dial
            if before == 0x63 || before == 0x74 || before == 0x73 || before == 0x78 || before == 0x67 {
                // -cial, -tial, -sia, -gia: one syllable, but -iate / -iation split (negotiate).
                return matches(w, at: i + 1, "te") && i + 3 == n
                    || matches(w, at: i + 1, "tion") || matches(w, at: i + 1, "ted") || matches(w, at: i + 1, "ting")
                    || matches(w, at: i + 1, "tes")
            }
            if matches(w, at: i + 1, "ge") { return false }            // marriage, carriage
            if before == 0x6C && i >= 3 && (vowel[i - 3] || w[i - 3] == 0x6C) && i > 3 { return false } // Italian, William
            return true
        case (0x69, 0x6F):  // io
            if atEnd { return true }                                // radio, ratio, patio
            if before == 0x63 || before == 0x74 || before == 0x73 || before == 0x78 || before == 0x67 || before == 0x68 {
                return false                                        // -tion, -sion, -cious, -gion, -shion
            }
            if after == 0x6E && (before == 0x6C && i >= 3 && w[i - 3] == 0x6C) { return false } // million
            if after == 0x6E && before == 0x6E && i >= 3 && (w[i - 3] == 0x75 || w[i - 3] == 0x6F || w[i - 3] == 0x69) {
                return false                                        // union, onion, opinion
            }
            if after == 0x72 && (before == 0x6E || before == 0x76) { return false } // senior, behavior
            return true
        case (0x69, 0x75):  // iu: stadium; -tium, -cium one
            return !(before == 0x74 || before == 0x63)
        case (0x69, 0x65):  // ie
            if atEnd { return false }                               // movie
            if after == 0x74 { return true }                        // diet, quiet, society
            if after == 0x72 {                                      // earlier, happier; pier, cashier
                return beforeHasVowel(w, vowel, i - 1) && before != 0x68 && (i + 2 == n || (i + 3 == n && w[i + 2] == 0x73))
            }
            if after == 0x73 && i + 2 < n && w[i + 2] == 0x74 && beforeHasVowel(w, vowel, i - 1) {
                return true                                         // happiest
            }
            if after == 0x6E {
                if i + 2 < n && w[i + 2] == 0x64 { return false }   // friend
                if before == 0x74 { return false }                  // patient
                if before == 0x63 { return i >= 3 && w[i - 3] == 0x73 } // ancient vs science
                return true
            }
            return false
        case (0x69, 0x69): return true
        case (0x65, 0x6F):  // eo
            if before == 0x67 || before == 0x63 { return false }   // -geous, -geon, -ceous
            if matches(w, at: i + 1, "ple") || matches(w, at: i + 1, "pard") { return false } // people, leopard, jeopardy
            if before == 0x75 || before == 0x6F { return false }
            return true
        case (0x65, 0x61):  // ea
            if atEndOrPlural(w, i + 1) { return beforeHasVowel(w, vowel, i - 1) && before != 0x73 } // area(s), idea(s); Chelsea
            if matches(w, at: i + 1, "te") && (i + 3 == n || matches(w, at: i + 1, "tes") && i + 4 == n) {
                return before == 0x72 && i == 3 && w[0] == 0x63   // create, not treat
            }
            if matches(w, at: i + 1, "tion") || matches(w, at: i + 1, "tor") || matches(w, at: i + 1, "ted") || matches(w, at: i + 1, "ting") || matches(w, at: i + 1, "tive") {
                return before == 0x72 && i == 3 && w[0] == 0x63   // creation, creator, creative
            }
            if matches(w, at: i + 1, "n") && (i + 2 == n || (i + 3 == n && w[i + 2] == 0x73)) {
                return beforeHasVowel(w, vowel, i - 1) && before != 0x63 && before != 0x67 // Korean; ocean
            }
            if matches(w, at: i + 1, "ter") || matches(w, at: i + 1, "tre") {
                return before == 0x68                       // theater
            }
            return false
        case (0x65, 0x75):  // eu: museum; -eum, -eus
            return after == 0x6D && atEndOrPlural(w, i + 2)
        case (0x75, 0x61):  // ua: actual, usual, January
            return true
        case (0x75, 0x6F):  // uo: duo, virtuous
            return true
        case (0x75, 0x65):  // ue: fuel, duet, fluent, cruel; true, value, Tuesday
            if atEnd { return false }
            return after == 0x6C || after == 0x74 || after == 0x6E || after == 0x72
        case (0x75, 0x69):  // ui: ruin, fluid, genuine, intuition; suit, fruit, build
            if after == 0x6E || after == 0x64 && i + 2 == n { return true }
            if after == 0x74 && i + 2 < n && (w[i + 2] == 0x69 || w[i + 2] == 0x79 || w[i + 2] == 0x6F) {
                return true                                         // intuition, gratuity
            }
            if after == 0x63 && i + 2 < n && w[i + 2] == 0x69 { return true } // suicide
            return false
        case (0x6F, 0x65):  // oe: poem, poet, Noel
            return after == 0x6D || after == 0x74 || after == 0x6C || after == 0x76
        case (0x6F, 0x69):  // oi: going (handled), heroic, stoic
            return after == 0x63 && atEndOrPlural(w, i + 2)
        case (0x61, 0x6F):  // ao: chaos, aorta
            return !atEnd && !(after == 0x73 && i + 2 == n && before == 0x6C)
        case (0x61, 0x69):  // ai: mosaic, archaic
            return after == 0x63 && atEndOrPlural(w, i + 2)
        case (0x61, 0x65):  // ae: Israel, Rafael (not Michael)
            return after == 0x6C && atEndOrPlural(w, i + 2) && before != 0x68
        case (0x6F, 0x61):  // oa: oasis, Samoa, boa
            return i == 1 && p == 0x6F && after == 0x73 || atEnd && beforeHasVowel(w, vowel, i - 1) && before != 0x63
        case (0x79, 0x79):  // Zelenskyy
            return false
        case (0x79, _):     // y (vowel after a consonant) then a vowel: lying, dryer, Ryan; not bye, dyed
            if c == 0x65 && (atEnd || atEndOrPlural(w, i + 1) || (i + 2 == n && after == 0x64)) { return false }
            return !beforeIsVowel
        case (0x65, 0x69):  // ei: deity, atheist
            return matches(w, at: i + 1, "ty") || (matches(w, at: i + 1, "st") && atEndOrPlural(w, i + 3))
                || (matches(w, at: i + 1, "sm") && atEndOrPlural(w, i + 3))
        case (0x65, 0x65):  // ee: fine (reelect handled as a prefix)
            return false
        default:
            return false
        }
    }

    /// Prefix hiatus (re-act, co-exist): nil when no prefix rule applies.
    static func prefixHiatus(_ w: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool? {
        let n = w.count
        let rest = n - i  // letters from the second vowel on
        if i == 2 && w[0] == 0x72 && w[1] == 0x65 && rest >= 4 {          // re-
            switch w[2] {
            case 0x61:  // rea: react, realize, reality, reassure, reappear; not real, reach, ready, reason
                return matches(w, at: 3, "ct") || matches(w, at: 3, "li") || matches(w, at: 3, "ss")
                    || matches(w, at: 3, "pp") || matches(w, at: 3, "rr") || matches(w, at: 3, "dj")
                    || matches(w, at: 3, "ffirm") || matches(w, at: 3, "wak") || matches(w, at: 3, "lign")
                    || matches(w, at: 3, "lis") || matches(w, at: 3, "dd") || matches(w, at: 3, "ctiv")
            case 0x65: return !matches(w, at: 3, "d") && !matches(w, at: 3, "f")   // reelect, reenter; not reeds, reef
            case 0x69: return !matches(w, at: 3, "gn") && !matches(w, at: 3, "n") || matches(w, at: 3, "nvent") || matches(w, at: 3, "nstat") || matches(w, at: 3, "nforc") || matches(w, at: 3, "nsur") || matches(w, at: 3, "ntegr") || matches(w, at: 3, "ntro") || matches(w, at: 3, "nvest")
            case 0x6F, 0x75: return true
            default: return nil
            }
        }
        if i == 3 && w[0] == 0x70 && w[1] == 0x72 && w[2] == 0x65 && rest >= 4 { // pre-
            switch w[3] {
            case 0x65, 0x6F, 0x69: return true   // preempt, preoccupied, preindustrial
            case 0x61: return !matches(w, at: 4, "ch")
            default: return nil
            }
        }
        if i == 2 && w[0] == 0x63 && w[1] == 0x6F && rest >= 4 {          // co-
            switch w[2] {
            case 0x65: return true                                        // coexist, coerce
            case 0x61: return matches(w, at: 3, "li") || matches(w, at: 3, "uth") || matches(w, at: 3, "les") || matches(w, at: 3, "x")
            case 0x6F: return matches(w, at: 3, "pera") || matches(w, at: 3, "rdin") || matches(w, at: 3, "pt")
            case 0x69: return matches(w, at: 3, "ncid")
            default: return nil
            }
        }
        if i == 2 && w[0] == 0x64 && w[1] == 0x65 && rest >= 4 {          // de-
            switch w[2] {
            case 0x61: return matches(w, at: 3, "ct")
            case 0x65: return matches(w, at: 3, "sc") || matches(w, at: 3, "mph")
            case 0x69: return true                                        // deity, deism, deice
            case 0x6F: return true                                        // deodorant
            default: return nil
            }
        }
        if i == 2 && w[0] == 0x62 && w[1] == 0x69 && rest >= 4 { return true }   // biannual, bionic
        if i == 4 && rest >= 3 && (matches(w, at: 0, "anti") || matches(w, at: 0, "semi")) {
            return true
        }
        if i == 5 && rest >= 3 && matches(w, at: 0, "multi") { return true }
        return nil
    }

    // MARK: Endings

    /// The correction to the vowel-group count for endings and silent letters.
    static func adjustments(_ w: UnsafeBufferPointer<UInt8>, _ vowel: UnsafeMutableBufferPointer<Bool>, groups: Int) -> Int {
        let n = w.count
        var delta = 0
        if n < 3 { return 0 }
        let last = w[n - 1]

        // -ism, -asm, -isms: the m is syllabic.
        if last == 0x6D && w[n - 2] == 0x73 && vowel[n - 3] { delta += 1 }
        if n >= 4 && last == 0x73 && w[n - 2] == 0x6D && w[n - 3] == 0x73 && vowel[n - 4] { delta += 1 }

        // Final silent e (and -es, -ed): find the e that ends the word or precedes s/d.
        var e = -1
        if last == 0x65 { e = n - 1 }
        else if (last == 0x73 || last == 0x64) && w[n - 2] == 0x65 { e = n - 2 }
        if e >= 2 && !vowel[e - 1] && groups > 1 && hasVowel(vowel, before: e - 1) {
            let c1 = w[e - 1]
            let c2 = w[e - 2]
            let suffix = e == n - 1 ? 0 : last   // 0, s or d
            var silent = true
            if c1 == 0x6C && isSyllabicLeader(c2) && !vowel[e - 2] {
                silent = false                                   // table, tables, tabled
            } else if c1 == 0x72 && !vowel[e - 2] && isSyllabicLeader(c2) && c2 != 0x73 && c2 != 0x7A {
                silent = false                                   // acre, centre, massacred
            } else if suffix == 0x73 {
                // -es after sibilants: places, pages, houses, boxes, churches, wishes, buzzes
                if c1 == 0x63 || c1 == 0x67 || c1 == 0x73 || c1 == 0x7A || c1 == 0x78 { silent = false }
                if c1 == 0x68 && (c2 == 0x63 || c2 == 0x73) { silent = false }
            } else if suffix == 0x64 {
                if c1 == 0x74 || c1 == 0x64 { silent = false }   // created, needed
            }
            if silent { delta -= 1 }
        }

        // -ire, -ires, -ired, -yre after a consonant: fire, desire, tyre (two syllables in CMU);
        // not -shire.
        if e >= 3 && w[e - 1] == 0x72 && (w[e - 2] == 0x69 || w[e - 2] == 0x79) && !vowel[e - 3]
            && !(w[e - 3] == 0x68 && e >= 4 && w[e - 4] == 0x73) {
            delta += 1
        }

        // -ling after a consonant that makes -le syllabic: struggling, cycling (the -le verb's l).
        if n >= 6 && matchesSuffix(w, "ling") && isSyllabicLeader(w[n - 5]) && !(n == 6 && !vowel[0] && !vowel[1]) {
            delta += 1
        }

        // Silent e before -ly, -ment, -ful, -less, -ness and second parts of compounds:
        // lovely, statement, hopeful, careless, homework, horseman, milestone (not element, fireplace).
        var silentBeforeSuffix = false
        var ePos = max(2, n - maxSuffixLength - 1)
        while ePos < n - 2 {
            defer { ePos += 1 }
            guard w[ePos] == 0x65, let derivational = suffixKind(w, from: ePos + 1) else { continue }
            guard !vowel[ePos - 1], hasVowel(vowel, before: ePos - 1) else { break }
            let c1 = w[ePos - 1]
            let c2 = w[ePos - 2]
            if c1 == 0x72 && c2 == 0x69 { break }                                   // fire (two syllables)
            if derivational && c1 == 0x6C && vowel[ePos - 2] { break }              // element
            if vowel[ePos - 2] || c1 == 0x63 || c1 == 0x67
                || (c1 == 0x73 && (c2 == 0x72 || c2 == 0x6C || c2 == 0x6E)) {      // horse, false, sense
                delta -= 1
                silentBeforeSuffix = true
            }
            break
        }

        // some- compounds: something, someone, sometimes (not somersault).
        if !silentBeforeSuffix && n >= 6 && matches(w, at: 0, "some") && !vowel[4] && w[4] != 0x72 && w[4] != 0x73 {
            delta -= 1
        }
        return delta
    }

    /// Suffixes and second parts of compounds after which a preceding `e` is silent
    /// (lovely, statement, safety, spokesman, homework, lifetime, Coleman, Wakefield). Longest first
    /// within a shared ending.
    static let silentESuffixes: [StaticString] = [
        "lessness", "lessly", "fully", "ments", "ment", "less", "ness", "ful", "ly", "ty",
        // compound parts
        "women", "woman", "men", "man", "wood", "woods", "land", "lands", "field", "fields", "ville",
        "way", "ways", "works", "work", "workers", "worker", "ware", "house", "houses", "side", "line",
        "lines", "book", "books", "time", "times", "day", "days", "stone", "walk", "ship", "ships",
        "keeping", "keeper", "keepers", "holder", "holders", "holding", "giver", "givers", "taker", "takers",
        "maker", "makers", "making", "father", "fathers", "writer", "writers", "guard", "guards",
        "ground", "grounds", "boat", "boats", "board", "boards", "ball", "balls", "craft", "print",
        "light", "lights", "place", "places", "style", "styles", "town", "hood", "wise", "like",
        "breaker", "breakers", "saver", "savers", "saving", "buyer", "buyers", "payer", "payers",
        "fighter", "fighters", "fighting", "cast", "casts", "casting", "work", "shed", "shop", "shops",
    ]

    /// The first entries of `silentESuffixes` that are derivational suffixes, not words.
    static let derivationalSuffixCount = 10

    static let maxSuffixLength = silentESuffixes.map(\.utf8CodeUnitCount).max() ?? 0

    /// `silentESuffixes` by first letter (index into it, suffix), so a lookup compares few entries.
    static let suffixesByInitial: [[(index: Int, suffix: StaticString)]] = {
        var buckets = [[(index: Int, suffix: StaticString)]](repeating: [], count: 26)
        for (index, suffix) in silentESuffixes.enumerated() {
            buckets[Int(suffix.utf8Start[0] - 0x61)].append((index, suffix))
        }
        return buckets
    }()

    /// Whether `w[start...]` is one of `silentESuffixes`: nil if not, else whether it is derivational.
    @inline(__always)
    static func suffixKind(_ w: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool? {
        let first = w[start]
        guard first >= 0x61 && first <= 0x7A else { return nil }
        let length = w.count - start
        for entry in suffixesByInitial[Int(first - 0x61)] where entry.suffix.utf8CodeUnitCount == length {
            if matches(w, at: start, entry.suffix) { return entry.index < derivationalSuffixCount }
        }
        return nil
    }

    /// Consonants that make "-le"/"-re" syllabic after them (table, circle, acre).
    @inline(__always)
    static func isSyllabicLeader(_ c: UInt8) -> Bool {
        switch c {
        case 0x62, 0x63, 0x64, 0x66, 0x67, 0x6B, 0x70, 0x73, 0x74, 0x7A, 0x76: return true // b c d f g k p s t z v
        default: return false
        }
    }

    // MARK: Helpers

    @inline(__always)
    static func hasVowel(_ vowel: UnsafeMutableBufferPointer<Bool>, before end: Int) -> Bool {
        var i = 0
        while i < end { if vowel[i] { return true }; i += 1 }
        return false
    }

    /// Whether some vowel group precedes the vowel group that contains position `j`.
    @inline(__always)
    static func beforeHasVowel(_ w: UnsafeBufferPointer<UInt8>, _ vowel: UnsafeMutableBufferPointer<Bool>, _ j: Int) -> Bool {
        var k = j
        while k >= 0 && vowel[k] { k -= 1 }
        return k > 0 && hasVowel(vowel, before: k)
    }

    @inline(__always)
    static func atEndOrPlural(_ w: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        j == w.count || (j == w.count - 1 && w[j] == 0x73)
    }

    @inline(__always)
    static func matches(_ w: UnsafeBufferPointer<UInt8>, at i: Int, _ s: StaticString) -> Bool {
        let m = s.utf8CodeUnitCount
        if i < 0 || i + m > w.count { return false }
        let p = s.utf8Start
        for k in 0..<m where w[i + k] != p[k] { return false }
        return true
    }

    @inline(__always)
    static func matchesSuffix(_ w: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        matches(w, at: w.count - s.utf8CodeUnitCount, s)
    }
}
