import Copydesk
import Testing
@testable import ToneAnalyzer

@Suite("Tone lexicon filters")
struct ToneLexiconFilterTests {
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

    @Test("The single-word and starting-pair filters admit every entry's start, and turn others away")
    func singleWordsAndPairs() throws {
        var custom = ToneLexicon()
        custom.add(term: "at risk", valence: -1, category: .sentiment)
        custom.add(term: "attack", valence: -2, category: .sentiment)
        custom.add(term: "Well-being", valence: 1, category: .sentiment)
        let hash = { (word: String) in TermHash.hash(word) }
        #expect(custom.mayBeSingleWordEntry(hash("Attack")) && !custom.mayBeSingleWordEntry(hash("at")))
        #expect(custom.mayStartMultiWordEntry(hash("AT"), hash("risk")) && custom.mayStartMultiWordEntry(hash("well"), hash("being")))
        #expect(!custom.mayStartMultiWordEntry(hash("at"), hash("home")) && !custom.mayStartMultiWordEntry(hash("risk"), hash("at")))
        let lexicon = try ToneLexicon.builtIn.get()
        for entry in lexicon.entries {
            let words = ToneLexicon.words(of: entry.term)
            if words.count == 1 {
                #expect(lexicon.mayBeSingleWordEntry(hash(words[0])), "\(entry.term)")
            } else {
                #expect(lexicon.mayStartMultiWordEntry(hash(words[0]), hash(words[1])), "\(entry.term)")
            }
        }
    }
}
