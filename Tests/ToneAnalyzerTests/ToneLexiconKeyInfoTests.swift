import Copydesk
import Testing
@testable import ToneAnalyzer

@Suite("Tone lexicon key info")
struct ToneLexiconKeyInfoTests {
    @Test("A word's info holds its own entry and the longest entry starting with it")
    func firstWords() {
        var lexicon = ToneLexicon()
        lexicon.add(term: "not", valence: 0, category: .negation)
        lexicon.add(term: "not only", valence: 0, category: .neutral)
        lexicon.add(term: "beyond the pale", valence: -1, category: .loaded)
        let not = lexicon.info(forKey: TermHash.hash("not"))
        #expect(not?.entry == 0 && not?.longest == 2 && not?.category == .negation)
        // "beyond" is no entry by itself, only the start of one.
        let beyond = lexicon.info(forKey: TermHash.hash("Beyond"))
        #expect(beyond?.entry == -1 && beyond?.longest == 3)
        #expect(lexicon.entry(forKey: TermHash.hash("beyond")) == nil)
        #expect(lexicon.longestEntry(startingWith: TermHash.hash("beyond")) == 3)
        let whole = lexicon.info(forKey: TermHash.hash("beyond the pale"))
        #expect(whole?.entry == 2 && whole?.valence == -1 && whole?.category == .loaded && whole?.longest == 1)
        #expect(lexicon.info(forKey: TermHash.hash("zebra")) == nil && lexicon.longestEntry(startingWith: TermHash.hash("zebra")) == 1)
    }

    @Test("Replacing an entry updates its info and keeps its index and length")
    func replacement() {
        var lexicon = ToneLexicon()
        lexicon.add(term: "crime", valence: -1.2, category: .target)
        lexicon.add(term: "crime wave", valence: -2, category: .sentiment)
        lexicon.add(term: "Crime", valence: -0.5, category: .sentiment)
        let crime = lexicon.info(forKey: TermHash.hash("crime"))
        #expect(crime == ToneLexicon.KeyInfo(entry: 0, longest: 2, valence: -0.5, category: .sentiment))
        #expect(lexicon.entries.count == 2 && lexicon.entries[0].valence == -0.5)
    }

    @Test("Every built-in entry is found with its own valence and category")
    func builtIn() throws {
        let lexicon = try ToneLexicon.builtIn.get()
        for (index, entry) in lexicon.entries.enumerated() {
            let info = lexicon.info(forKey: TermHash.hash(entry.term))
            #expect(info?.entry == Int32(index) && info?.valence == entry.valence && info?.category == entry.category, "\(entry.term)")
        }
    }
}
