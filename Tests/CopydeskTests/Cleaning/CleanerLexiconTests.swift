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
            let dateWords = TermSet(keys: NewsCleaner.dateWords.map { TermHash.hash($0) })
            let bylineWords = TermSet(keys: NewsCleaner.bylineWords.map { TermHash.hash($0) })
            let commentActions = TermSet(keys: NewsCleaner.commentActions.map { TermHash.hash($0) })
            let creditLabels = TermSet(keys: NewsCleaner.creditLabels.map { TermHash.hash($0) })
            keys += dateWords.entries.map(\.key) + ["cookies", "subscribe", "getty", "photo", "the", "der", "zzzz"].map { TermHash.hash($0) }
            for key in keys {
                let found = lexicon.classes(of: key)
                #expect(found.contains(.stopWord) == stopWords.contains(key))
                #expect(found.contains(.dateWord) == dateWords.contains(key))
                #expect(found.contains(.phraseWord) == vocabulary.phraseWords.contains(key))
                #expect(found.contains(.bylineWord) == bylineWords.contains(key))
                #expect(found.contains(.commentAction) == commentActions.contains(key))
                #expect(found.contains(.creditLabel) == creditLabels.contains(key))
                #expect(found.contains(.weakPhrase) == (vocabulary.phrases[key] == .weak))
                #expect(found.contains(.strongPhrase) == (vocabulary.phrases[key] == .strong))
                #expect(found.contains(.creditPhrase) == (vocabulary.phrases[key] == .credit))
            }
        }
    }

    private func mayContain(_ word: String, _ lexicon: CleanerLexicon) -> Bool {
        // The word at the end of a longer text and alone: both ways of reading its first bytes.
        var padded = "xx " + word + " and more text after it"
        var alone = word
        let inText = padded.withUTF8 { lexicon.mayContainASCIIWord(from: 3, to: 3 + word.utf8.count, in: $0) }
        let byItself = alone.withUTF8 { lexicon.mayContainASCIIWord(from: 0, to: $0.count, in: $0) }
        #expect(inText == byItself)
        return inText
    }

    @Test func asciiFoldFollowsTermHash() {
        #expect(CleanerLexicon.asciiFold("The") == "the")
        #expect(CleanerLexicon.asciiFold("Don\u{2019}t") == "don't")
        #expect(CleanerLexicon.asciiFold("répondre") == nil)
        #expect(CleanerLexicon.asciiFold("e-mail") == nil)
    }

    /// Property: a short ASCII word found by its spelling has the hash `TermHash` gives it and the
    /// classes the table gives that hash, in any case; words of no list are not found.
    @Test func shortWordsCarryTheirHashAndClasses() {
        for language in [Language.english, .german, .french, .undetermined] {
            let lexicon = CleanerLexicon.forLanguage(language)
            let lists = WordList.entries("stopwords/\(language.rawValue).txt").map { String(WordList.fields($0)[0]) }
                + NewsCleaner.dateWords + NewsCleaner.bylineWords + NewsCleaner.commentActions
                + NewsCleaner.creditLabels + BoilerplateVocabulary.forLanguage(language).spellings
            var found = 0
            for spelling in lists {
                guard let folded = CleanerLexicon.asciiFold(spelling), folded.utf8.count <= 8 else { continue }
                for word in [folded, folded.uppercased(), folded.prefix(1).uppercased() + folded.dropFirst()] {
                    guard let prefix = ShortASCIIWordTable.prefix(of: word), let entry = lexicon.shortASCIIWord(prefix: prefix) else {
                        Issue.record("\(word) not found")
                        continue
                    }
                    found += 1
                    #expect(entry.hash == TermHash.hash(word), "\(word)")
                    #expect(entry.classes == lexicon.classes(of: TermHash.hash(word)), "\(word)")
                }
            }
            #expect(found > 100)
            for word in ["harbor", "Mayor", "x9y", "zzz"] {
                #expect(lexicon.shortASCIIWord(prefix: ShortASCIIWordTable.prefix(of: word)!) == nil)
            }
        }
    }

    /// Property: the filter never turns away a word of a list, in any case, and turns away most
    /// other words; a word it turns away has no classes.
    @Test func filterKeepsEveryListWord() {
        for language in [Language.english, .german, .french, .undetermined, .japanese] {
            let lexicon = CleanerLexicon.forLanguage(language)
            #expect(!mayContain("harbor", lexicon))
            let lists = WordList.entries("stopwords/\(language.rawValue).txt").map { String(WordList.fields($0)[0]) }
                + NewsCleaner.dateWords + NewsCleaner.bylineWords + NewsCleaner.commentActions
                + NewsCleaner.creditLabels + BoilerplateVocabulary.forLanguage(language).spellings
            for spelling in lists {
                guard let folded = CleanerLexicon.asciiFold(spelling) else { continue }
                for word in [folded, folded.uppercased(), folded.prefix(1).uppercased() + folded.dropFirst()] {
                    #expect(mayContain(word, lexicon), "\(word)")
                }
            }
            var generator = SystemRandomNumberGenerator()
            let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'")
            var passed = 0
            for _ in 0..<2_000 {
                let word = String((0..<Int.random(in: 1...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
                if mayContain(word, lexicon) { passed += 1 } else { #expect(lexicon.classes(of: TermHash.hash(word)).isEmpty) }
            }
            #expect(passed < 200)
        }
    }
}
