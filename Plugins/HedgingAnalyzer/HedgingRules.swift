import Copydesk

/// A context check that decides whether a matched pattern is a cue, and may widen it or change its
/// category. Named in the third column of a cue file.
enum HedgeRule: String, Sendable, CaseIterable {
    /// Always a cue.
    case always
    /// Only before a quantity: a number, a number word, a currency sign and a number, "a dozen".
    case quantity
    /// A quantifier before a noun for people ("some critics", "many leading experts").
    case people
    /// An unnamed official or source: a determiner before it or a verb of saying after it.
    case anonymous
    /// Epistemic "may": not the month, not a name, not permission.
    case may
    /// Modal "might", not the noun ("military might").
    case might
    /// "could": not past ability; a hedged prediction before a future verb.
    case could
    /// "appear": not "appeared on television", "appeared in court".
    case appear
    /// "suggest": evidence suggests, not someone suggests a plan.
    case suggest
    /// "believe": not "believe in".
    case believe
    /// "claim": an assertion, not the noun or "claimed victory".
    case claim
    /// Only when a verb follows ("set to rise", not "set to 10").
    case verbFollows = "verb_follows"
    /// Not after a determiner ("sort of", not "this sort of thing").
    case afterDeterminerNo = "after_determiner_no"
    /// Only after a number ("100 or so").
    case afterNumber = "after_number"
    /// Adjective "potential" ("a potential target"), not the noun ("its potential", "the potential
    /// for") or physics ("potential energy", "membrane potential").
    case potential
    /// "whether or not": an open question after a word that asks or doubts ("unclear whether or
    /// not"), a concessive ("… whether or not they attend") elsewhere.
    case whetherOrNot = "whether_or_not"
}

/// The word lists the rules read, by `TermHash`.
///
/// A class: the rules' context holds one reference to it, where copying a struct of these sets
/// retained and released each of them per document.
final class RuleLists: Sendable {
    let quantities: Set<UInt64>
    let opinionPeople: Set<UInt64>
    let genericPeople: Set<UInt64>
    let reportingVerbs: Set<UInt64>
    let named: [String: Set<UInt64>]
    let cache: Cache

    func list(_ name: String) -> Set<UInt64> { named[name] ?? [] }

    /// The lists of a language from its embedded files (`<code>/people.txt`, …); empty when absent.
    init(code: String) {
        func entries(_ path: String) -> [[Substring]] {
            guard let text = EmbeddedResources.text("\(code)/\(path)") else { return [] }
            return WordList.parse(text).map { WordList.fields($0) }
        }
        quantities = Set(entries("quantities.txt").map { TermHash.hash($0[0]) })
        reportingVerbs = Set(entries("reporting_verbs.txt").map { TermHash.hash($0[0]) })
        var genericPeople: Set<UInt64> = [], opinionPeople: Set<UInt64> = []
        for fields in entries("people.txt") {
            if fields.count > 1 && fields[1] == "verb" { genericPeople.insert(TermHash.hash(fields[0])) } else { opinionPeople.insert(TermHash.hash(fields[0])) }
        }
        self.genericPeople = genericPeople
        self.opinionPeople = opinionPeople
        var named: [String: Set<UInt64>] = [:]
        for fields in entries("context.tsv") where fields.count > 1 {
            named[String(fields[0])] = Self.hashes(ofWords: fields[1])
        }
        self.named = named
        cache = Cache(named: named)
    }

    /// The `TermHash` keys of the words of `list`, separated by spaces; an ASCII list is cut and
    /// hashed byte by byte (in ASCII every byte is a Character).
    static func hashes(ofWords list: Substring) -> Set<UInt64> {
        var text = String(list)
        let ascii: Set<UInt64>? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var keys = Set<UInt64>()
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
                if index > start { keys.insert(TermHash.hash(UnsafeBufferPointer(rebasing: bytes[start..<index]))) }
                start = index + 1
            }
            return keys
        }
        return ascii ?? Set(list.split(separator: " ").map { TermHash.hash($0) })
    }

    /// No lists (languages without data).
    init() {
        quantities = []
        opinionPeople = []
        genericPeople = []
        reportingVerbs = []
        named = [:]
        cache = Cache(named: [:])
    }

    /// The named lists the rules use, looked up once. A class: a rule reads it through one
    /// reference, where copying a struct of some twenty-five sets retained each of them.
    final class Cache: Sendable {
        let monthBefore: Set<UInt64>, permissionSubjects: Set<UInt64>, permissionVerbs: Set<UInt64>
        let modalSkip: Set<UInt64>, mightNounBefore: Set<UInt64>, couldAbility: Set<UInt64>
        let couldSkip: Set<UInt64>, couldFuture: Set<UInt64>, appearNotBefore: Set<UInt64>
        let suggestNotBefore: Set<UInt64>, evidenceNouns: Set<UInt64>, claimNounBefore: Set<UInt64>
        let claimObjects: Set<UInt64>, notVerbs: Set<UInt64>, determiners: Set<UInt64>, determinerBefore: Set<UInt64>
        let anonymousDeterminers: Set<UInt64>, anonymousAfter: Set<UInt64>, anonymousStop: Set<UInt64>
        let counterfactualAfter: Set<UInt64>, counterfactualBefore: Set<UInt64>
        let potentialNotBefore: Set<UInt64>, potentialNounBefore: Set<UInt64>
        let whetherHeads: Set<UInt64>, opinionVerbs: Set<UInt64>

        /// The lists of `named` the rules use; empty where absent.
        init(named: [String: Set<UInt64>]) {
            func list(_ name: String) -> Set<UInt64> { named[name] ?? [] }
            monthBefore = list("month_before"); permissionSubjects = list("permission_subjects")
            permissionVerbs = list("permission_verbs"); modalSkip = list("modal_skip")
            mightNounBefore = list("might_noun_before"); couldAbility = list("could_ability")
            couldSkip = list("could_skip"); couldFuture = list("could_future")
            appearNotBefore = list("appear_not_before"); suggestNotBefore = list("suggest_not_before")
            evidenceNouns = list("evidence_nouns"); claimNounBefore = list("claim_noun_before")
            claimObjects = list("claim_objects"); notVerbs = list("not_verbs"); determiners = list("determiners")
            determinerBefore = list("determiner_before"); anonymousDeterminers = list("anonymous_determiners")
            anonymousAfter = list("anonymous_after"); anonymousStop = list("anonymous_stop")
            counterfactualAfter = list("counterfactual_after"); counterfactualBefore = list("counterfactual_before")
            potentialNotBefore = list("potential_not_before"); potentialNounBefore = list("potential_noun_before")
            whetherHeads = list("whether_heads"); opinionVerbs = list("opinion_verbs")
        }
    }
}

/// Common words the rules test, hashed once.
enum Words {
    static let a = TermHash.hash("a"), an = TermHash.hash("an"), to = TermHash.hash("to"), that = TermHash.hash("that")
    static let it = TermHash.hash("it"), `in` = TermHash.hash("in"), of = TermHash.hash("of"), and = TermHash.hash("and")
    static let i = TermHash.hash("i"), we = TermHash.hash("we"), who = TermHash.hash("who"), comma = TermHash.hash(",")
    static let hyphen = TermHash.hash("-"), `if` = TermHash.hash("if"), whether = TermHash.hash("whether"), be = TermHash.hash("be")
    static let have = TermHash.hash("have"), soon = TermHash.hash("soon"), or = TermHash.hash("or")
    static let not = TermHash.hash("not"), no = TermHash.hash("no")
}

/// The tokens of one sentence, for the rules.
struct RuleContext {
    let tokens: [Token]
    let hashes: UnsafeBufferPointer<UInt64>
    /// The sentence's first token and the end of its tokens.
    var low: Int
    var high: Int
    let lists: RuleLists

    func hash(_ index: Int) -> UInt64? { index >= low && index < high ? hashes[index] : nil }
    func isWord(_ index: Int) -> Bool { index >= low && index < high && tokens[index].kind == .word }
    func isNumber(_ index: Int) -> Bool { index >= low && index < high && tokens[index].kind == .number }
    func isPunctuation(_ index: Int) -> Bool {
        index >= low && index < high && (tokens[index].kind == .punctuation || tokens[index].kind == .symbol)
    }
    func isCapitalized(_ index: Int) -> Bool { index >= low && index < high && tokens[index].flags.contains(.capitalized) }
    /// The first index at or after `index` whose word is not in `skip`.
    func skipping(_ skip: Set<UInt64>, from index: Int) -> Int {
        var k = index
        while let h = hash(k), skip.contains(h) { k += 1 }
        return k
    }

    /// Applies `rule` to the match `start..<end`: nil when it is not a cue, else its final span and category.
    func apply(_ rule: HedgeRule, start: Int, end: Int, category: HedgeCategory?) -> (start: Int, end: Int, category: HedgeCategory?)? {
        let c = lists.cache
        let next = hash(end)
        let previous = hash(start - 1)
        switch rule {
        case .always:
            return (start, end, category)

        case .quantity:
            return isQuantity(at: end) ? (start, end, category) : nil

        case .people:
            // Up to two words between the quantifier and the noun ("some of the", "many leading").
            var k = end
            while k < min(end + 3, high) {
                guard tokens[k].kind == .word || hashes[k] == Words.hyphen else { return nil }
                let h = hashes[k]
                if lists.opinionPeople.contains(h) { return (start, k + 1, category) }
                if lists.genericPeople.contains(h) {
                    if let after = hash(k + 1), lists.reportingVerbs.contains(after) || c.opinionVerbs.contains(after) { return (start, k + 1, category) }
                    return nil
                }
                k += 1
            }
            return nil

        case .anonymous:
            // A name right after ("official John Smith") makes it named.
            if isCapitalized(end) && isWord(end) { return nil }
            var determiner: Int? = nil
            var k = start - 1
            while k >= max(low, start - 4) {
                if tokens[k].kind == .punctuation && hashes[k] != Words.hyphen { break }
                // A conjunction ends the noun phrase: "a consulate and expelling 60 diplomats".
                if hashes[k] == Words.and || hashes[k] == Words.or { break }
                // So do relative pronouns, prepositions and verbs: "a budget that officials said …"
                // is "officials", not "a budget that officials".
                if c.anonymousStop.contains(hashes[k]) { break }
                if c.anonymousDeterminers.contains(hashes[k]) { determiner = k; break }
                k -= 1
            }
            if let d = determiner, hash(d - 1) == Words.comma, isCapitalized(d - 2) { return nil } // "Smith, an official, said"
            let from = determiner ?? start
            if let next, lists.reportingVerbs.contains(next) { return (from, end, category) }
            if determiner != nil, let next, next == Words.comma || c.anonymousAfter.contains(next) { return (from, end, category) }
            if determiner != nil, end >= high { return (from, end, category) }
            return nil

        case .may:
            // Capitalized: the month or a name mid-sentence; at the start of a sentence the month
            // ("May was wet"), a question ("May I …") or a wish ("May he rest …") — never a hedge.
            if isCapitalized(start) && !tokens[start].flags.contains(.allCaps) { return nil } // headlines in capitals still count
            if let previous, c.monthBefore.contains(previous) { return nil }   // lowercased text: "in may"
            if isNumber(end) { return nil }                                    // "may 5"
            let verb = skipping(c.modalSkip, from: end)
            if let previous, let v = hash(verb), c.permissionSubjects.contains(previous), c.permissionVerbs.contains(v) { return nil }
            return (start, end, category)

        case .might:
            if let previous, c.mightNounBefore.contains(previous) { return nil }
            if next == nil || isPunctuation(end) || next == Words.of || next == Words.and { return nil }
            let verb = skipping(c.couldSkip, from: end)
            if hash(verb) == Words.have, isCounterfactual(modal: start, have: verb) { return nil }
            return (start, end, category)

        case .could:
            if let previous, previous == Words.if { return nil }
            if let p2 = hash(start - 2), p2 == Words.if { return nil }
            guard let nextWord = next, !isPunctuation(end) else { return nil }
            if c.couldAbility.contains(nextWord) { return nil }
            if nextWord == Words.soon { return (start, end, .hedgedPrediction) }
            let verb = skipping(c.couldSkip, from: end)
            if hash(verb) == Words.have, isCounterfactual(modal: start, have: verb) { return nil }
            if let v = hash(verb), c.couldFuture.contains(v) { return (start, end, .hedgedPrediction) }
            return (start, end, category)

        case .appear:
            if previous == Words.it { return (start, end, category) }
            guard let next, !isPunctuation(end), !isNumber(end) else { return nil }
            if next == Words.to || next == Words.that { return (start, end, category) }
            if c.appearNotBefore.contains(next) || isCapitalized(end) { return nil }
            return (start, end, category)

        case .suggest:
            if next == Words.that { return (start, end, category) }
            for k in max(low, start - 3)..<start where c.evidenceNouns.contains(hashes[k]) { return (start, end, category) }
            guard let next, !isPunctuation(end) else { return nil }
            return c.suggestNotBefore.contains(next) ? nil : (start, end, category)

        case .believe:
            return next == Words.in ? nil : (start, end, category)

        case .claim:
            if let previous, c.claimNounBefore.contains(previous), next != Words.that { return nil }
            guard let next else { return nil }
            if c.claimObjects.contains(next) { return nil }
            if c.determiners.contains(next), let after = hash(end + 1), c.claimObjects.contains(after) { return nil }
            return (start, end, category)

        case .verbFollows:
            guard isWord(end), !isCapitalized(end), let next, !c.determiners.contains(next), !c.notVerbs.contains(next) else { return nil }
            return (start, end, category)

        case .afterDeterminerNo:
            if let previous, c.determinerBefore.contains(previous) { return nil }
            return (start, end, category)

        case .potential:
            if let previous, c.potentialNounBefore.contains(previous) { return nil }
            guard let next, isWord(end) else { return nil }
            return c.potentialNotBefore.contains(next) ? nil : (start, end, category)

        case .whetherOrNot:
            if let previous, c.whetherHeads.contains(previous) { return (start, end, category) }
            return (start, end, nil)

        case .afterNumber:
            // "100 or so", "100 days or so"
            for k in stride(from: start - 1, through: start - 2, by: -1) where isNumber(k) || hash(k).map(lists.quantities.contains) == true {
                return (start, end, category)
            }
            return nil
        }
    }

    /// "could have" / "might have" in a counterfactual, not a guess about the past: "the city could
    /// have drawn on its reserve fund instead", "could have been avoided", "she called the cuts
    /// short-sighted and said the city could have …". `have` is the index of "have".
    func isCounterfactual(modal: Int, have: Int) -> Bool {
        let c = lists.cache
        for k in (have + 1)..<high where c.counterfactualAfter.contains(hashes[k]) { return true }
        for k in low..<modal where c.counterfactualBefore.contains(hashes[k]) { return true }
        return false
    }

    /// Whether a quantity starts at `index`: "40", "$5", "forty", "a dozen", "nearly half".
    func isQuantity(at index: Int) -> Bool {
        var k = index
        if k < high, tokens[k].kind == .symbol { k += 1 }               // $, €, £
        if isNumber(k) { return true }
        guard let h = hash(k) else { return false }
        if lists.quantities.contains(h) { return true }
        if h == Words.a || h == Words.an, let after = hash(k + 1), lists.quantities.contains(after) { return true }
        return false
    }
}
