/// Merges speaker mentions into distinct sources, in document order.
struct SourceRegistry {
    private(set) var sources: [SourceRecord] = []
    /// Per source: the case-folded hash of a person's surname, and title words (lower case).
    private var surnames: [UInt64?] = []
    private var titleWords: [Set<String>] = []
    private var keys: [String: Int] = [:]
    /// Per source: "he" or "she" once a pronoun resolved to it.
    private var genders: [String?] = []
    /// Person sources in order of mention, most recent last.
    private var people: [Int] = []
    private var lastPlural: Int? = nil
    private var lastThing: Int? = nil

    /// The index of the source `info` refers to, creating it if new; nil when a pronoun cannot be resolved.
    /// `extraTitle` is a title seen elsewhere in the text ("President" before "Donald Trump").
    mutating func resolve(_ info: SpeakerInfo, paragraph: Int, extraTitle: () -> String?) -> Int? {
        let index: Int?
        switch info.reference {
        case .personPronoun:
            // The most recent person not already referred to by the other pronoun.
            index = people.last { genders[$0] == nil || genders[$0] == info.name }
            if let found = index { genders[found] = info.name }
        case .pluralPronoun: index = lastPlural
        case .thingPronoun: index = lastThing
        case .otherPronoun: index = nil
        case .name(let surname):
            let key = info.name.lowercased()
            if let found = keys[key] {
                index = found
            } else if !info.name.contains(" "), let found = surnames.indices.filter({ surnames[$0] == surname }).max(by: { sources[$0].mentions < sources[$1].mentions }) {
                index = found   // "McMaster" after "H.R. McMaster"; of two Durands, the one mentioned most
            } else {
                index = add(info, key: key, paragraph: paragraph, surname: surname, title: info.title ?? extraTitle())
            }
        case .role(let head):
            let word = info.name.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if let found = titleWords.lastIndex(where: { $0.contains(word) }), head != 0 {
                index = found   // "the adviser" after "McMaster, Trump’s national-security adviser"
            } else {
                index = keyed(info, paragraph: paragraph)
            }
        case .phrase:
            index = keyed(info, paragraph: paragraph)
        }
        guard let found = index else { return nil }
        if case .name = info.reference, sources[found].title == nil, let title = info.title { setTitle(title, of: found) }
        sources[found].mentions += 1
        switch sources[found].type {
        case .named: people.removeAll { $0 == found }; people.append(found)
        case .anonymous:
            if info.name.lowercased().hasSuffix("s") || info.name.lowercased().hasPrefix("people") { lastPlural = found } else { people.removeAll { $0 == found }; people.append(found) }
        case .organization: lastThing = found; lastPlural = found
        case .document: lastThing = found
        }
        return found
    }

    /// Whether "he"/"she" can refer to a known person.
    func hasPerson(compatibleWith pronoun: String) -> Bool {
        people.contains { genders[$0] == nil || genders[$0] == pronoun }
    }

    /// Lower-cased names of persons already referred to by the other pronoun.
    func names(incompatibleWith pronoun: String) -> Set<String> {
        Set(people.filter { genders[$0] != nil && genders[$0] != pronoun }.map { sources[$0].name.lowercased() })
    }

    /// Records that `pronoun` referred to source `index`.
    mutating func setGender(_ pronoun: String, of index: Int) {
        if sources[index].type == .named || sources[index].type == .anonymous { genders[index] = pronoun }
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
        genders.append(nil)
        keys[key] = sources.count - 1
        if let title { setTitle(title, of: sources.count - 1) }
        return sources.count - 1
    }

    private mutating func setTitle(_ title: String, of index: Int) {
        sources[index].title = title
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        titleWords[index].formUnion(words)
    }
}

