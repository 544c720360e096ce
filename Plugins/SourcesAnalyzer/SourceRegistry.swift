/// Merges speaker mentions into distinct sources, in document order.
struct SourceRegistry {
    private(set) var sources: [SourceRecord] = []
    /// What is kept per source besides its record, in one column.
    private struct SourceState {
        /// The case-folded hash of a person's surname.
        var surname: UInt64?
        /// The head noun's hash ("official").
        var head: UInt64
        /// The order of its latest mention, and the paragraph of that mention.
        var lastMention = 0
        var lastParagraph: Int
        /// Whether it was first written as a first name alone ("Fiona"), which a bare surname
        /// does not refer to.
        var byFirstName = false
    }

    private var states: [SourceState] = []
    private var keys = SourceKeyTable()
    /// Person sources in order of mention, most recent last, with the pronoun ("he" or "she",
    /// as a code of `pronounCode(_:)`) that resolved to each.
    private var people = PersonRecency()
    /// Pronouns other than "he" and "she" given a code, in order (code 3 first).
    private var otherPronouns: [String] = []
    private var mentionCounter = 0
    private var lastPlural: Int? = nil
    private var lastThing: Int? = nil
    /// One-word names of persons ("Navarro", "Fiona"), lower case, so a fuller name finds them
    /// without a scan of every source.
    private var oneWordNames = SourceKeyTable()
    /// Sources by surname hash.
    private var bySurname = SurnameIndex()
    /// The most recently mentioned sources (at most `recentLimit`), most recent last: roles and
    /// partitives ("the official", "one of them") refer back only this far, which keeps a very
    /// long document linear.
    private var recent: [Int] = []
    private static let recentLimit = 64
    /// Offices a bare "the …" can use to refer back to the person just named.
    private static let offices: Set<String> = ["president", "chancellor", "governor", "mayor", "senator", "premier",
                                               "congressman", "congresswoman", "minister", "pope", "king", "queen"]

    /// Forgets every source, keeping the storage for the next document. `sources` starts anew:
    /// the previous document's report holds its array (`takeSources()` handed it over).
    mutating func removeAll() {
        if !sources.isEmpty { sources = [] }
        guard !states.isEmpty else { return }      // nothing was added since the last time
        states.removeAllKeepingCapacity()
        keys.removeAll()
        people.removeAll()
        if !otherPronouns.isEmpty { otherPronouns.removeAllKeepingCapacity() }
        mentionCounter = 0
        lastPlural = nil
        lastThing = nil
        oneWordNames.removeAll()
        bySurname.removeAll()
        if !recent.isEmpty { recent.removeAllKeepingCapacity() }
    }

    /// The sources, moved out (`sources` is then empty): the report is the array's only owner,
    /// so it is freed with the report, while its memory is still in cache, rather than at the
    /// next document's `removeAll()`.
    mutating func takeSources() -> [SourceRecord] {
        var taken: [SourceRecord] = []
        swap(&taken, &sources)
        return taken
    }

    /// Makes room for `count` sources (at most one per attribution), so the list grows once.
    mutating func reserveSources(_ count: Int) { sources.reserveCapacity(count) }

    /// The index of the source `info` refers to, creating it if new; nil when a pronoun cannot be resolved.
    /// `extraTitle` is a title seen elsewhere in the text ("President" before "Donald Trump").
    mutating func resolve(_ info: SpeakerInfo, paragraph: Int, extraTitle: () -> String?,
                          fullName: () -> (info: SpeakerInfo, firstName: Bool)? = { nil }) -> Int? {
        var index: Int?
        // The name lower-cased (keys, one-word names and plurals are all case-folded), made only
        // where it is read (a phrase with its own key, most roles and organizations do not): the
        // name case keeps it for the end. A plain optional rather than a `lazy var`, whose every
        // read went through the runtime's access bookkeeping.
        var loweredName: String? = nil
        switch info.reference {
        case .personPronoun:
            // The most recent person not already referred to by the other pronoun.
            let code = pronounCode(info.name)
            index = people.last(withoutGenderOr: code)
            if let found = index { setPronoun(info.name, of: found) }
        case .pluralPronoun: index = lastPlural
        case .thingPronoun: index = lastThing
        case .otherPronoun: index = nil
        case .name(let surname):
            let key = info.name.lowercased()    // also the one-word name `add` records
            loweredName = key
            if let found = keys.source(for: key) {
                index = found
            } else if !Self.hasSpace(info.name) {
                // "McMaster" after "H.R. McMaster"; of two Reids, the first introduced (not one called by first name).
                if let found = bySurname.first(withSurname: surname, where: { sources[$0].type == .named && !states[$0].byFirstName })
                    ?? bySurname.first(withSurname: surname, where: { sources[$0].type == .named }) {
                    index = found
                } else if let fuller = fullName(), Self.hasSpace(fuller.info.name) {
                    // "Navarro said" with "trade adviser Peter Navarro" elsewhere; "Fiona" with "Fiona Reid" later.
                    index = resolve(fuller.info, paragraph: paragraph, extraTitle: extraTitle)
                    if let found = index {
                        if fuller.firstName { states[found].byFirstName = true }
                        keys.setSource(found, for: key)
                        if let title = info.title, sources[found].title == nil { setTitle(title, of: found) }
                        sources[found].mentions -= 1   // counted once below
                    }
                } else {
                    index = add(info, key: key, paragraph: paragraph, surname: surname, title: info.title ?? extraTitle())
                }
            } else {
                // "Fiona Reid" after "Fiona", "Peter Navarro" after "Navarro": the fuller name replaces the short one.
                // The earlier of the persons known by the first or the last word alone (without
                // one-word names, as in most documents, no word is made and nothing looked up).
                var shorter: (found: Int, first: String)? = nil
                if !oneWordNames.isEmpty {
                    let (first, last) = Self.firstAndLastWord(ofName: key)
                    let byFirst = oneWordNames.source(for: first).flatMap { sources[$0].type == .named && states[$0].surname != nil ? $0 : nil }
                    let byLast = oneWordNames.source(for: last).flatMap { sources[$0].type == .named && states[$0].surname != nil ? $0 : nil }
                    if let found = byFirst.map({ earlier in byLast.map { min(earlier, $0) } ?? earlier }) ?? byLast { shorter = (found, first) }
                }
                if let (found, first) = shorter {
                    let oldName = sources[found].name.lowercased()
                    if oldName == first { states[found].byFirstName = true }
                    oneWordNames.removeSource(for: oldName)
                    sources[found].name = info.name
                    bySurname.remove(found)
                    states[found].surname = surname
                    bySurname.append(found, surname: surname)
                    keys.setSource(found, for: key)
                    index = found
                } else {
                    index = add(info, key: key, paragraph: paragraph, surname: surname, title: info.title ?? extraTitle())
                }
            }
        case .role(let head):
            // "the adviser" after "McMaster, Trump’s national-security adviser"; "the official" after
            // "a senior city official": the most recently mentioned source with that role or head noun.
            // (The last word, lower-cased, is made only when a title or an office is compared with it.)
            var word: String? = nil
            // Without a head noun no earlier source is looked for. Sources in `recent` were each
            // last mentioned at a different count, so the latest is unique.
            var latest: Int? = nil
            if head != 0, !recent.isEmpty {
                let last = Self.lastWord(ofName: info.name)
                for i in recent where (info.type == .named && hasTitleWord(last, source: i)) || (states[i].head == head && sources[i].type == info.type)
                    || (info.type == .anonymous && hasTitleWord(last, source: i)) {
                    if latest.map({ states[i].lastMention > states[$0].lastMention }) ?? true { latest = i }
                }
                word = last
            }
            // The person is tested before the office: most role mentions have no such person,
            // and then no word is made or looked up (`people.last()` only drops stale entries).
            if let found = latest {
                index = found
            } else if info.type == .named, let person = people.last(), sources[person].type == .named, sources[person].title == nil,
                      states[person].lastParagraph == paragraph, Self.offices.contains(word ?? Self.lastWord(ofName: info.name)),
                      case let lowered = info.name.lowercased(), let office = Self.wordAfterThe(inName: lowered), keys.source(for: lowered) == nil {
                // "Donald Trump says … , the president noted": a bare office title in the same
                // paragraph as a named person with no title refers back to that person.
                index = person
                setTitle(office, of: person)
            } else {
                index = keyed(info, paragraph: paragraph)
            }
        case .partitive(let head):
            // "one of the officials" after "three administration officials"
            // The latest mentioned (each in `recent` was last mentioned at a different count).
            var latest: Int? = nil
            for i in recent where states[i].head == head {
                if latest.map({ states[i].lastMention > states[$0].lastMention }) ?? true { latest = i }
            }
            if let found = latest {
                index = found
            } else {
                index = keyed(info, paragraph: paragraph)
            }
        case .phrase:
            index = keyed(info, paragraph: paragraph)
        }
        guard let found = index else { return nil }
        if case .name = info.reference, sources[found].title == nil, let title = info.title { setTitle(title, of: found) }
        sources[found].mentions += 1
        mentionCounter += 1
        states[found].lastMention = mentionCounter
        states[found].lastParagraph = paragraph
        // Each source is in `recent` once, often last: removed in place, without a filter's pass.
        if let position = recent.lastIndex(of: found) {
            if position == recent.count - 1 { recent.removeLast() } else { recent.remove(at: position) }
        }
        recent.append(found)
        if recent.count > Self.recentLimit { recent.removeFirst() }
        switch sources[found].type {
        case .named: people.moveToEnd(found); if people.count > Self.recentLimit { people.removeOldest() }
        case .anonymous:
            let lowered = loweredName ?? info.name.lowercased()
            if lowered.hasSuffix("s") || lowered.hasPrefix("people") { lastPlural = found } else { people.moveToEnd(found) }
        case .organization: lastThing = found; lastPlural = found
        case .document: lastThing = found
        }
        return found
    }

    /// Whether a one-word name is the surname of a known person.
    func hasSurname(_ hash: UInt64) -> Bool { bySurname.contains(surname: hash) }

    /// The lower-cased names of the sources.
    func hasName(_ lowercased: String) -> Bool { keys.contains(lowercased) }

    /// Whether "he"/"she" can refer to a known person.
    mutating func hasPerson(compatibleWith pronoun: String) -> Bool {
        people.last(withoutGenderOr: pronounCode(pronoun)) != nil
    }

    /// Lower-cased names of persons already referred to by the other pronoun.
    func names(incompatibleWith pronoun: String) -> Set<String> {
        let code = pronounCode(pronoun)
        guard people.hasPerson(withGenderOtherThan: code) else { return [] }
        return Set(people.persons(withGenderOtherThan: code).map { sources[$0].name.lowercased() })
    }

    /// Records that `pronoun` referred to source `index`.
    mutating func setGender(_ pronoun: String, of index: Int) {
        if sources[index].type == .named || sources[index].type == .anonymous { setPronoun(pronoun, of: index) }
    }

    private mutating func setPronoun(_ pronoun: String, of index: Int) {
        var code = pronounCode(pronoun)
        if code == Self.unknownPronoun {
            otherPronouns.append(pronoun)
            code = UInt8(otherPronouns.count + 2)
        }
        people.setGender(code, of: index)
    }

    /// Code of a pronoun no source has been given.
    private static let unknownPronoun: UInt8 = 255

    /// 1 for "he", 2 for "she", 3… for others in order of first use; `unknownPronoun` for one not used yet.
    private func pronounCode(_ pronoun: String) -> UInt8 {
        switch pronoun {
        case "he": return 1
        case "she": return 2
        default: return otherPronouns.firstIndex(of: pronoun).map { UInt8($0 + 3) } ?? Self.unknownPronoun
        }
    }

    mutating func addQuote(words: Int, to index: Int) {
        sources[index].quoteCount += 1
        sources[index].wordsQuoted += words
    }

    /// The source of a phrase merged by its key (else its name lower-cased) without a leading article.
    private mutating func keyed(_ info: SpeakerInfo, paragraph: Int) -> Int {
        let key = Self.droppingArticles(info.key ?? info.name.lowercased())
        if let found = keys.source(for: key) { return found }
        return add(info, key: key, paragraph: paragraph, surname: nil, title: info.type == .named ? info.title : nil)
    }

    /// A new source; a person's (with a `surname`) `key` is the name lower-cased.
    private mutating func add(_ info: SpeakerInfo, key: String, paragraph: Int, surname: UInt64?, title: String?) -> Int {
        sources.append(SourceRecord(name: info.name, type: info.type, title: nil, mentions: 0, quoteCount: 0, wordsQuoted: 0, firstParagraph: paragraph))
        states.append(SourceState(surname: surname, head: info.headHash, lastParagraph: paragraph))
        people.addSource()
        keys.setSource(sources.count - 1, for: key)
        if let surname { bySurname.append(sources.count - 1, surname: surname) }
        if info.type == .named, surname != nil, !Self.hasSpace(info.name), oneWordNames.source(for: key) == nil { oneWordNames.setSource(sources.count - 1, for: key) }
        if let title { setTitle(title, of: sources.count - 1) }
        return sources.count - 1
    }

    /// Sets the title of a source that has none (a source's title is set at most once).
    private mutating func setTitle(_ title: String, of index: Int) {
        sources[index].title = title
    }

    /// Whether `word` is one of the title words of source `index` (`words(ofTitle:)` of its title).
    private func hasTitleWord(_ word: String, source index: Int) -> Bool {
        guard let title = sources[index].title else { return false }
        return Self.title(title, hasWord: word)
    }

    /// Whether `word` is one of `words(ofTitle: title)`. When both are ASCII the title's letter
    /// runs are compared with the word byte by byte, lower-cased as they are read (no string is
    /// made): the comparison happens only when a role refers back, so titles are not split ahead.
    static func title(_ title: String, hasWord word: String) -> Bool {
        var title = title, word = word
        let ascii: Bool? = title.withUTF8 { titleBytes in
            word.withUTF8 { wordBytes -> Bool? in
                guard titleBytes.allSatisfy({ $0 < 0x80 }), wordBytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                var index = 0
                while index < titleBytes.count {
                    guard Self.isASCIILetter(titleBytes[index]) else { index += 1; continue }
                    var end = index
                    while end < titleBytes.count, Self.isASCIILetter(titleBytes[end]) { end += 1 }
                    if end - index == wordBytes.count {
                        var same = true
                        for k in 0..<wordBytes.count where titleBytes[index + k] | 0x20 != wordBytes[k] { same = false; break }
                        if same { return true }
                    }
                    index = end
                }
                return false
            }
        }
        if let ascii { return ascii }
        var found = false
        forEachWord(ofTitle: title) { if !found, $0 == word { found = true } }
        return found
    }

    /// The lower-cased runs of letters of a title. ASCII titles are split byte by byte (there a
    /// letter is A–Z or a–z, as `Character.isLetter` says), without walking grapheme clusters.
    static func words(ofTitle title: String) -> [String] {
        var words: [String] = []
        forEachWord(ofTitle: title) { words.append($0) }
        return words
    }

    /// Calls `body` with each word of `words(ofTitle:)`, in order, without collecting them.
    static func forEachWord(ofTitle title: String, _ body: (String) -> Void) {
        var title = title
        let ascii: Bool = title.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var index = 0
            while index < bytes.count {
                guard Self.isASCIILetter(bytes[index]) else { index += 1; continue }
                var end = index
                while end < bytes.count, Self.isASCIILetter(bytes[end]) { end += 1 }
                body(String(unsafeUninitializedCapacity: end - index) { buffer in
                    for k in index..<end { buffer[k - index] = bytes[k] | 0x20 }     // letters only: | 0x20 lower-cases
                    return end - index
                })
                index = end
            }
            return true
        }
        if !ascii {
            for word in title.lowercased().split(whereSeparator: { !$0.isLetter }) { body(String(word)) }
        }
    }

    /// The words of an ASCII name split at spaces (none empty), as byte ranges; nil when the
    /// name is not ASCII (then split its `Character`s: bytes cannot decide there). In ASCII a
    /// space is always a `Character` of its own, so the byte split is the `Character` split.
    private static func withASCIIWords<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>, _ words: (first: Range<Int>, last: Range<Int>, count: Int)) -> Result) -> Result? {
        var name = name
        return name.withUTF8 { bytes -> Result? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var first = 0..<0, last = 0..<0, count = 0, index = 0
            while index < bytes.count {
                guard bytes[index] != 0x20 else { index += 1; continue }
                var end = index
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                if count == 0 { first = index..<end }
                last = index..<end
                count += 1
                index = end
            }
            return body(bytes, (first, last, count))
        }
    }

    /// A string of ASCII bytes, lower-cased when `lowercasing`.
    private static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for k in range {
                let byte = bytes[k]
                buffer[k - range.lowerBound] = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    /// The first and the last of the words of a name split at spaces (`split(separator: " ")`,
    /// "" without one), as written; an ASCII name is split byte by byte.
    static func firstAndLastWord(ofName name: String) -> (first: String, last: String) {
        let ascii = withASCIIWords(of: name) { bytes, words in
            (asciiString(bytes, words.first, lowercasing: false), asciiString(bytes, words.last, lowercasing: false))
        }
        if let ascii { return ascii }
        let words = name.split(separator: " ")
        return (words.first.map(String.init) ?? "", words.last.map(String.init) ?? "")
    }

    /// The second word of a name of exactly two words split at spaces whose first is "the"
    /// ("the president" → "president"), else nil; an ASCII name is split byte by byte.
    static func wordAfterThe(inName name: String) -> String? {
        let ascii = withASCIIWords(of: name) { bytes, words -> String? in
            guard words.count == 2, words.first.count == 3, bytes[words.first.lowerBound] == 0x74,
                  bytes[words.first.lowerBound + 1] == 0x68, bytes[words.first.lowerBound + 2] == 0x65 else { return nil }   // "the"
            return asciiString(bytes, words.last, lowercasing: false)
        }
        if let ascii { return ascii }
        let words = name.split(separator: " ")
        return words.count == 2 && words[0] == "the" ? String(words[1]) : nil
    }

    /// The last of the words of a name split at spaces, lower-cased ("" without one); an ASCII
    /// name is split byte by byte.
    static func lastWord(ofName name: String) -> String {
        withASCIIWords(of: name) { bytes, words in asciiString(bytes, words.last, lowercasing: true) }
            ?? name.split(separator: " ").last.map { $0.lowercased() } ?? ""
    }

    /// `key` without a leading "the ", then "a ", then "an " (each in turn: "the a …" loses
    /// both), as `hasPrefix` and `removeFirst` give; ASCII keys are compared byte by byte.
    static func droppingArticles(_ key: String) -> String {
        var copy = key
        let dropped: Int? = copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0
            func drop(_ article: StaticString) {
                let count = article.utf8CodeUnitCount
                guard bytes.count - start >= count else { return }
                for k in 0..<count where bytes[start + k] != article.utf8Start[k] { return }
                start += count
            }
            drop("the ")
            drop("a ")
            drop("an ")
            return start
        }
        if let dropped {
            return dropped == 0 ? key : String(decoding: key.utf8.dropFirst(dropped), as: UTF8.self)
        }
        var result = key
        if result.hasPrefix("the ") { result.removeFirst(4) }
        if result.hasPrefix("a ") { result.removeFirst(2) }
        if result.hasPrefix("an ") { result.removeFirst(3) }
        return result
    }

    /// Whether a name holds a space (`name.contains(" ")`); an ASCII name is searched byte by byte.
    static func hasSpace(_ name: String) -> Bool {
        // The bytes read in place (a small name is copied to the stack), not through the UTF-8
        // view's iterator, which cost more than the rest of most resolutions.
        if let ascii = name.utf8.withContiguousStorageIfAvailable({ asciiHasSpace($0) }), let answer = ascii { return answer }
        return name.contains(" ")
    }

    /// Whether ASCII `bytes` hold a space; nil when they are not ASCII.
    private static func asciiHasSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var high: UInt8 = 0, space = false
        for byte in bytes {
            high |= byte
            space = space || byte == 0x20
        }
        return high < 0x80 ? space : nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

