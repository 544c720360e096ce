import Testing
@testable import Copydesk

struct CleanerLexiconTests {
    private func classes(_ word: String, _ language: Language = .english) -> CleanerLexicon.Classes {
        CleanerLexicon.forLanguage(language).classes(of: TermHash.hash(word))
    }

    @Test func oneLookupAnswersEveryList() {
        #expect(classes("the").contains(.stopWord))
        #expect(classes("The").contains(.stopWord))          // case-folded like every list
        #expect(classes("by").contains(.bylineWord))
        #expect(classes("reply").contains(.commentAction))
        #expect(classes("photo").contains(.creditLabel))
        #expect(classes("harbor").isEmpty)
    }

    /// Property: every answer is exactly what the separate lists give.
    @Test func agreesWithTheSeparateLists() {
        for language in [Language.english, .german, .french, .undetermined, .japanese] {
            let lexicon = CleanerLexicon.forLanguage(language)
            let vocabulary = BoilerplateVocabulary.forLanguage(language)
            let stopWords = StopWords.forLanguage(language, englishWhenUndetermined: false)
            #expect(lexicon.hasStopList == !stopWords.isEmpty)
            var keys = stopWords.entries.map(\.key) + vocabulary.phrases.entries.map(\.key) + vocabulary.phraseWords.entries.map(\.key)
            keys += NewsCleaner.dateWords.entries.map(\.key) + ["cookies", "subscribe", "getty", "photo", "the", "der", "zzzz"].map { TermHash.hash($0) }
            for key in keys {
                let found = lexicon.classes(of: key)
                #expect(found.contains(.stopWord) == stopWords.contains(key))
                #expect(found.contains(.dateWord) == NewsCleaner.dateWords.contains(key))
                #expect(found.contains(.phraseWord) == vocabulary.phraseWords.contains(key))
                #expect(found.contains(.bylineWord) == NewsCleaner.bylineWords.contains(key))
                #expect(found.contains(.commentAction) == NewsCleaner.commentActions.contains(key))
                #expect(found.contains(.creditLabel) == NewsCleaner.creditLabels.contains(key))
                #expect(found.contains(.weakPhrase) == (vocabulary.phrases[key] == .weak))
                #expect(found.contains(.strongPhrase) == (vocabulary.phrases[key] == .strong))
                #expect(found.contains(.creditPhrase) == (vocabulary.phrases[key] == .credit))
            }
        }
    }
}
