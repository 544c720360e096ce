import Testing
@testable import Copydesk

/// The vowel-group counters for German, Spanish, French, Italian and Russian.
struct VowelGroupSyllableCounterTests {
    private func count(_ code: String, _ word: String) -> Int? {
        SyllableCounters.counter(forLanguageCode: code)?.syllables(in: word)
    }

    @Test(arguments: [
        ("Haus", 1), ("Fenster", 2), ("Schmetterling", 3), ("Bäume", 2), ("Eier", 2),
        ("Zeitung", 2), ("Regierung", 3), ("Bundesrepublik", 5), ("ÜBER", 2),
    ])
    func german(word: String, expected: Int) {
        #expect(count("de", word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("casa", 2), ("ciudad", 2), ("día", 2), ("poeta", 3), ("hoy", 1), ("mayo", 2),
        ("aeropuerto", 5), ("guerra", 2), ("Uruguay", 3), ("país", 2),
    ])
    func spanish(word: String, expected: Int) {
        #expect(count("es", word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("livre", 1), ("portes", 1), ("maison", 2), ("beau", 1), ("oiseau", 2), ("aujourd'hui", 3),
        ("année", 2), ("liberté", 3), ("gouvernement", 4), ("le", 1),
    ])
    func french(word: String, expected: Int) {
        #expect(count("fr", word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("casa", 2), ("piede", 2), ("uomo", 2), ("paese", 3), ("poeta", 3), ("città", 2), ("governo", 3),
    ])
    func italian(word: String, expected: Int) {
        #expect(count("it", word) == expected, "\(word)")
    }

    @Test(arguments: [
        ("дом", 1), ("молоко", 3), ("Россия", 3), ("здравствуйте", 3), ("ЁЛКА", 2), ("правительство", 4),
    ])
    func russian(word: String, expected: Int) {
        #expect(count("ru", word) == expected, "\(word)")
    }

    @Test func lettersWithoutVowelsAndDigits() {
        #expect(count("de", "2024") == 0)
        #expect(count("ru", "вдн") == 1)
        #expect(count("es", "") == 0)
    }

    /// Vowels and diphthongs inside and outside ASCII (ASCII ones are answered from bit tables,
    /// the others from the lists): a pair is joined only in the order given.
    @Test func asciiAndOtherDiphthongs() {
        let counter = VowelGroupSyllableCounter(vowels: "aeé", diphthongs: ["ae", "eé"])
        for (word, expected) in [("ae", 1), ("ea", 2), ("eé", 1), ("ée", 2), ("bAEb", 1), ("o", 1), ("aéa", 3)] {
            #expect(counter.syllables(in: word) == expected, "\(word)")
        }
    }

    @Test func languageCodes() {
        #expect(SyllableCounters.counter(forLanguageCode: "ja") == nil)
        #expect(SyllableCounters.counter(forLanguageCode: "zh-Hans") == nil)
        #expect(SyllableCounters.counter(forLanguageCode: "DE") != nil)
        #expect(SyllableCounters.counter(forLanguageCode: "fr_CA") != nil)
        #expect(SyllableCounters.counter(forLanguageCode: "pt") == nil)
    }
}
