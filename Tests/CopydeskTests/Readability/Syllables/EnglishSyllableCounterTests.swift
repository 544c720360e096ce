import Testing
@testable import Copydesk

/// The English counter: rules, the CMU-derived exceptions table, and token handling.
struct EnglishSyllableCounterTests {
    let counter = EnglishSyllableCounter()
    /// The rules alone (no exceptions table).
    let rules = EnglishSyllableCounter(table: TermTable())

    @Test(arguments: [
        // Frequent words, counted as CMU's first pronunciation.
        ("the", 1), ("a", 1), ("every", 3), ("business", 2), ("area", 3), ("idea", 3), ("created", 3),
        ("fire", 2), ("poem", 2), ("science", 2), ("being", 2), ("quiet", 2), ("wednesday", 2),
        ("chocolate", 2), ("family", 3), ("naked", 2), ("learned", 1), ("people", 2), ("different", 3),
        ("interesting", 3), ("several", 2), ("something", 2), ("everyone", 3), ("react", 2),
        ("government", 3), ("president", 3), ("said", 1), ("would", 1), ("years", 1), ("table", 2),
        ("university", 5), ("international", 5), ("beautiful", 3), ("through", 1), ("hour", 2),
    ])
    func frequentWords(word: String, expected: Int) {
        #expect(counter.syllables(in: word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("Russia's", 2), ("Russia’s", 2), ("George's", 2), ("Bush's", 2), ("it's", 1),
        ("don't", 1), ("don’t", 1), ("didn’t", 2), ("isn't", 2), ("can't", 1), ("it'll", 2),
        ("could've", 2), ("students'", 2), ("students’", 2), ("O'Brien", 3),
    ])
    func possessivesAndContractions(word: String, expected: Int) {
        #expect(counter.syllables(in: word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("well-known", 2), ("mother-in-law", 4), ("long-term", 2), ("state-of-the-art", 4),
        ("U.S.", 2), ("COVID-19", 2), ("e-mail", 2),
    ])
    func compounds(word: String, expected: Int) {
        #expect(counter.syllables(in: word) == expected, "\(word)")
    }

    @Test func capitalsFoldCase() {
        #expect(counter.syllables(in: "BUSINESS") == 2)
        #expect(counter.syllables(in: "Chocolate") == 2)
        #expect(counter.syllables(in: "NATO") == 2)
        #expect(counter.syllables(in: "FBI") == 3)
    }

    @Test func acronymsWithoutVowelsAreSpelled() {
        #expect(counter.syllables(in: "CNN") == 3)
        #expect(counter.syllables(in: "HSBC") == 4)
        #expect(counter.syllables(in: "WWF") == 7)
        #expect(counter.syllables(in: "NBC's") == 3)
    }

    @Test func digitsAndEmpty() {
        #expect(counter.syllables(in: "2024") == 0)
        #expect(counter.syllables(in: "") == 0)
        #expect(counter.syllables(in: "—") == 0)
        #expect(counter.syllables(in: "1990s") == 1)
    }

    @Test func accentedAndForeignLetters() {
        #expect(counter.syllables(in: "café") == 2)
        #expect(counter.syllables(in: "naïve") == 2)
        #expect(counter.syllables(in: "José") == 2)
        #expect(counter.syllables(in: "Москва") >= 1)
    }

    /// Names and new words that CMU does not list go to the rules.
    @Test(arguments: [
        ("Zelenskyy", 3), ("Kwarteng", 2), ("Hegseth", 2), ("Brexit", 2), ("TikTok", 2),
        ("cryptocurrency", 5), ("covid", 2),
    ])
    func wordsNotInCMU(word: String, expected: Int) {
        #expect(counter.syllables(in: word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("table", 2), ("tables", 2), ("places", 2), ("hoped", 1), ("wanted", 2), ("lovely", 2),
        ("statement", 2), ("homework", 2), ("reappear", 3), ("coexist", 3), ("radio", 3), ("nation", 2),
        ("lying", 2), ("player", 2), ("criticism", 4), ("struggling", 3), ("area", 3), ("being", 2),
        ("quiet", 2), ("science", 2), ("naked", 1), ("fire", 2), ("poem", 2), ("idea", 3),
    ])
    func rulesAlone(word: String, expected: Int) {
        #expect(rules.syllables(in: word) == expected, "\(word)")
    }

    @Test func tableIsEmbeddedAndParsed() {
        #expect(EnglishSyllableTable.shared.count > 5000)
        #expect(EnglishSyllableTable.shared[TermHash.hash("business")] == 2)
        // Words the rules get right are not stored.
        #expect(EnglishSyllableTable.shared[TermHash.hash("table")] == nil)
    }

    @Test func tableFormat() {
        let table = EnglishSyllableTable.parse("# comment\n=2\nfoo\nBar\r\n\n=11\nbaz'd\n")
        #expect(table.count == 3)
        #expect(table[TermHash.hash("foo")] == 2)
        #expect(table[TermHash.hash("bar")] == 2)
        #expect(table[TermHash.hash("baz’d")] == 11)
        let custom = EnglishSyllableCounter(table: table)
        #expect(custom.syllables(in: "FOO") == 2)
        #expect(custom.syllables(in: "foo-bar") == 4)
    }

    @Test func sharedCounterForEnglish() {
        let english = SyllableCounters.counter(forLanguageCode: "en-US")
        #expect(english is EnglishSyllableCounter)
        #expect(english?.syllables(in: "chocolate") == 2)
    }
}
