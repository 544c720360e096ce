/// Merges speaker mentions into distinct sources, in document order.
struct SourceRegistry {
    private(set) var sources: [SourceRecord] = []
    /// Per source: the case-folded hash of a person's surname, and title words (lower case).
    private var surnames: [UInt64?] = []
    /// (A list, not a set: a title has a few words, and a set cost its allocation and hashing per title.)
    private var titleWords: [[String]] = []
    private var keys: [String: Int] = [:]
    /// Person sources in order of mention, most recent last, with the pronoun ("he" or "she",
    /// as a code of `pronounCode(_:)`) that resolved to each.
    private var people = PersonRecency()
    /// Pronouns other than "he" and "she" given a code, in order (code 3 first).
    private var otherPronouns: [String] = []
    /// Per source: the head noun's hash ("official"), the order of its latest mention, and whether
    /// it was first written as a first name alone ("Fiona"), which a bare surname does not refer to.
    private var heads: [UInt64] = []
    private var lastMention: [Int] = []
    private var byFirstName: [Bool] = []
    private var mentionCounter = 0
    private var lastPlural: Int? = nil
    private var lastThing: Int? = nil
    /// One-word names of persons ("Navarro", "Fiona"), lower case, so a fuller name finds them
    /// without a scan of every source.
    private var oneWordNames: [String: Int] = [:]
    /// Sources by surname hash.
    private var bySurname: [UInt64: [Int]] = [:]
    /// The most recently mentioned sources (at most `recentLimit`), most recent last: roles and
    /// partitives ("the official", "one of them") refer back only this far, which keeps a very
    /// long document linear.
    private var recent: [Int] = []
    private static let recentLimit = 64
    /// Per source: the paragraph of its latest mention.
    private var lastParagraph: [Int] = []
    /// Offices a bare "the …" can use to refer back to the person just named.
    private static let offices: Set<String> = ["president", "chancellor", "governor", "mayor", "senator", "premier",
                                               "congressman", "congresswoman", "minister", "pope", "king", "queen"]

    /// Forgets every source, keeping the storage for the next document. `sources` starts anew:
    /// the previous document's report holds its array.
    mutating func removeAll() {
        sources = []
        surnames.removeAll(keepingCapacity: true)
        titleWords.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: keys.count <= Self.keptCapacity)
        people.removeAll()
        otherPronouns.removeAll(keepingCapacity: true)
        heads.removeAll(keepingCapacity: true)
        lastMention.removeAll(keepingCapacity: true)
        byFirstName.removeAll(keepingCapacity: true)
        mentionCounter = 0
        lastPlural = nil
        lastThing = nil
        oneWordNames.removeAll(keepingCapacity: oneWordNames.count <= Self.keptCapacity)
        bySurname.removeAll(keepingCapacity: bySurname.count <= Self.keptCapacity)
        recent.removeAll(keepingCapacity: true)
        lastParagraph.removeAll(keepingCapacity: true)
    }

    /// Dictionaries of more entries than this are not kept by `removeAll()`: emptying one costs
    /// its capacity, which a single long document should not impose on every later one.
    private static let keptCapacity = 256

    /// The index of the source `info` refers to, creating it if new; nil when a pronoun cannot be resolved.
    /// `extraTitle` is a title seen elsewhere in the text ("President" before "Donald Trump").
    mutating func resolve(_ info: SpeakerInfo, paragraph: Int, extraTitle: () -> String?,
                          fullName: () -> (info: SpeakerInfo, firstName: Bool)? = { nil }) -> Int? {
        var index: Int?
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
            let key = info.name.lowercased()
            if let found = keys[key] {
                index = found
            } else if !Self.hasSpace(info.name) {
                // "McMaster" after "H.R. McMaster"; of two Reids, the first introduced (not one called by first name).
                let matches = bySurname[surname, default: []].filter { sources[$0].type == .named }
                if let found = matches.first(where: { !byFirstName[$0] }) ?? matches.first {
                    index = found
                } else if let fuller = fullName(), Self.hasSpace(fuller.info.name) {
                    // "Navarro said" with "trade adviser Peter Navarro" elsewhere; "Fiona" with "Fiona Reid" later.
                    index = resolve(fuller.info, paragraph: paragraph, extraTitle: extraTitle)
                    if let found = index {
                        if fuller.firstName { byFirstName[found] = true }
                        keys[key] = found
                        if let title = info.title, sources[found].title == nil { setTitle(title, of: found) }
                        sources[found].mentions -= 1   // counted once below
                    }
                } else {
                    index = add(info, key: key, paragraph: paragraph, surname: surname, title: info.title ?? extraTitle())
                }
            } else {
                // "Fiona Reid" after "Fiona", "Peter Navarro" after "Navarro": the fuller name replaces the short one.
                let words = key.split(separator: " ")
                let first = words.first.map(String.init) ?? "", last = words.last.map(String.init) ?? ""
                let candidates = [oneWordNames[first], oneWordNames[last]].compactMap { $0 }
                if let found = candidates.filter({ sources[$0].type == .named && surnames[$0] != nil }).min() {
                    if sources[found].name.lowercased() == first { byFirstName[found] = true }
                    oneWordNames[sources[found].name.lowercased()] = nil
                    sources[found].name = info.name
                    if let old = surnames[found] { bySurname[old]?.removeAll { $0 == found } }
                    surnames[found] = surname
                    bySurname[surname, default: []].append(found)
                    keys[key] = found
                    index = found
                } else {
                    index = add(info, key: key, paragraph: paragraph, surname: surname, title: info.title ?? extraTitle())
                }
            }
        case .role(let head):
            // "the adviser" after "McMaster, Trump’s national-security adviser"; "the official" after
            // "a senior city official": the most recently mentioned source with that role or head noun.
            let word = Self.lastWord(ofName: info.name)
            // Without a head noun no earlier source is looked for. Sources in `recent` were each
            // last mentioned at a different count, so the latest is unique.
            var latest: Int? = nil
            if head != 0 {
                for i in recent where (info.type == .named && titleWords[i].contains(word)) || (heads[i] == head && sources[i].type == info.type)
                    || (info.type == .anonymous && titleWords[i].contains(word)) {
                    if latest.map({ lastMention[i] > lastMention[$0] }) ?? true { latest = i }
                }
            }
            if let found = latest {
                index = found
            } else if info.type == .named, Self.offices.contains(word), case let words = info.name.lowercased().split(separator: " "),
                      words.count == 2, words[0] == "the", let person = people.last(), sources[person].type == .named, sources[person].title == nil,
                      lastParagraph[person] == paragraph, keys[info.name.lowercased()] == nil {
                // "Donald Trump says … , the president noted": a bare office title in the same
                // paragraph as a named person with no title refers back to that person.
                index = person
                setTitle(String(words[1]), of: person)
            } else {
                index = keyed(info, paragraph: paragraph)
            }
        case .partitive(let head):
            // "one of the officials" after "three administration officials"
            if let found = recent.filter({ heads[$0] == head }).max(by: { lastMention[$0] < lastMention[$1] }) {
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
        lastMention[found] = mentionCounter
        lastParagraph[found] = paragraph
        recent.removeAll { $0 == found }
        recent.append(found)
        if recent.count > Self.recentLimit { recent.removeFirst() }
        switch sources[found].type {
        case .named: people.moveToEnd(found); if people.count > Self.recentLimit { people.removeOldest() }
        case .anonymous:
            if info.name.lowercased().hasSuffix("s") || info.name.lowercased().hasPrefix("people") { lastPlural = found } else { people.moveToEnd(found) }
        case .organization: lastThing = found; lastPlural = found
        case .document: lastThing = found
        }
        return found
    }

    /// Whether a one-word name is the surname of a known person.
    func hasSurname(_ hash: UInt64) -> Bool { bySurname[hash]?.isEmpty == false }

    /// The lower-cased names of the sources.
    func hasName(_ lowercased: String) -> Bool { keys[lowercased] != nil }

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

    private mutating func keyed(_ info: SpeakerInfo, paragraph: Int) -> Int {
        var key = info.key ?? info.name.lowercased()
        for prefix in ["the ", "a ", "an "] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
        if let found = keys[key] { return found }
        return add(info, key: key, paragraph: paragraph, surname: nil, title: info.type == .named ? info.title : nil)
    }

    private mutating func add(_ info: SpeakerInfo, key: String, paragraph: Int, surname: UInt64?, title: String?) -> Int {
        sources.append(SourceRecord(name: info.name, type: info.type, title: nil, mentions: 0, quoteCount: 0, wordsQuoted: 0, firstParagraph: paragraph))
        surnames.append(surname)
        titleWords.append([])
        people.addSource()
        heads.append(info.headHash)
        lastMention.append(0)
        lastParagraph.append(paragraph)
        byFirstName.append(false)
        keys[key] = sources.count - 1
        if let surname { bySurname[surname, default: []].append(sources.count - 1) }
        if info.type == .named, surname != nil, !Self.hasSpace(info.name) { oneWordNames[info.name.lowercased()] = oneWordNames[info.name.lowercased()] ?? sources.count - 1 }
        if let title { setTitle(title, of: sources.count - 1) }
        return sources.count - 1
    }

    private mutating func setTitle(_ title: String, of index: Int) {
        sources[index].title = title
        titleWords[index] += Self.words(ofTitle: title)
    }

    /// The lower-cased runs of letters of a title. ASCII titles are split byte by byte (there a
    /// letter is A–Z or a–z, as `Character.isLetter` says), without walking grapheme clusters.
    static func words(ofTitle title: String) -> [String] {
        var title = title
        let ascii: [String]? = title.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
            var index = 0
            while index < bytes.count {
                guard Self.isASCIILetter(bytes[index]) else { index += 1; continue }
                var end = index
                while end < bytes.count, Self.isASCIILetter(bytes[end]) { end += 1 }
                words.append(String(unsafeUninitializedCapacity: end - index) { buffer in
                    for k in index..<end { buffer[k - index] = bytes[k] | 0x20 }     // letters only: | 0x20 lower-cases
                    return end - index
                })
                index = end
            }
            return words
        }
        return ascii ?? title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// The last of the words of a name split at spaces, lower-cased ("" without one); an ASCII
    /// name is split byte by byte, where a space is always a `Character` of its own.
    static func lastWord(ofName name: String) -> String {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ").last.map { $0.lowercased() } ?? "" }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != 0x20 { start = utf8.index(before: start) }
        return name[start..<end].lowercased()
    }

    /// Whether a name holds a space (`name.contains(" ")`); an ASCII name is searched byte by byte.
    static func hasSpace(_ name: String) -> Bool {
        let utf8 = name.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.contains(0x20) }
        return name.contains(" ")
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

