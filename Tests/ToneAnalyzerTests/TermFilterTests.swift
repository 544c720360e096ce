import Copydesk
import Testing
@testable import ToneAnalyzer

@Suite("Term filter")
struct TermFilterTests {
    @Test("Every inserted key may be present; most others are certainly absent")
    func membership() {
        var filter = TermFilter()
        let inserted = (0..<2_000).map { TermHash.hash("word\($0)") }
        for key in inserted { filter.insert(key) }
        #expect(inserted.allSatisfy { filter.mayContain($0) })
        let others = (0..<10_000).map { TermHash.hash("other\($0)") }
        let falsePositives = others.count { filter.mayContain($0) }
        #expect(falsePositives < others.count / 20)
    }

    @Test("An empty filter contains nothing")
    func empty() {
        let filter = TermFilter()
        #expect(!filter.mayContain(TermHash.hash("the")))
        #expect(!filter.mayContain(0))
    }

    @Test("The lexicon's filter admits the first word of every entry, and skips a word in none")
    func lexiconFirstWords() throws {
        let lexicon = try ToneLexicon.builtIn.get()
        for entry in lexicon.entries {
            let first = ToneLexicon.words(of: entry.term)[0]
            #expect(lexicon.mayStartEntry(TermHash.hash(first)), "\(entry.term)")
        }
        var custom = ToneLexicon()
        custom.add(term: "well-being", valence: 1, category: .sentiment)
        #expect(custom.mayStartEntry(TermHash.hash("well")))
        #expect(custom.entry(forKey: TermHash.hash("zebra")) == nil && !custom.mayStartEntry(TermHash.hash("zebra")))
    }

    @Test("The lexicon's prefix filter admits every chain of two or more words that starts an entry")
    func lexiconPrefixes() throws {
        var custom = ToneLexicon()
        custom.add(term: "beyond the pale", valence: -1, category: .loaded)
        // Chains as the scanner builds them: a word's hash, then a separator and the next word.
        let chain = { (words: [String]) in
            words.dropFirst().reduce(TermHash.hash(words[0])) { seed, word in
                var copy = word
                return copy.withUTF8 { TermHash.combine(TermHash.separator(seed), $0) }
            }
        }
        #expect(custom.mayContinueEntry(chain(["beyond", "the"])))
        #expect(custom.mayContinueEntry(chain(["Beyond", "THE", "pale"])))
        #expect(custom.entry(forKey: chain(["beyond", "the", "pale"])) != nil)
        #expect(!custom.mayContinueEntry(chain(["beyond", "doubt"])))
        let lexicon = try ToneLexicon.builtIn.get()
        for entry in lexicon.entries where entry.term.contains(" ") {
            let words = ToneLexicon.words(of: entry.term)
            for count in 2...words.count {
                #expect(lexicon.mayContinueEntry(chain(Array(words[0..<count]))), "\(entry.term)")
            }
        }
    }
}
