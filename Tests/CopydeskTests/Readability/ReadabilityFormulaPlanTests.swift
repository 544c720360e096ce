import Testing
@testable import Copydesk

struct ReadabilityFormulaPlanTests {
    /// Property: `all` (which uses the plan) gives what `formula` gives for each id, for every
    /// language kind and for texts with and without words.
    @Test func allAgreesWithEachFormula() {
        var some = TextCounts()
        some.words = 120; some.sentences = 6; some.syllables = 170; some.polysyllabicWords = 12
        some.complexWords = 9; some.longWords = 25; some.monosyllabicWords = 70; some.letters = 560
        var many = some
        many.sentences = 40
        for language in [Language.english, .german, .spanish, .french, .italian, .russian, .japanese, .undetermined, "pt"] {
            for counts in [some, many, TextCounts()] {
                for hasSyllables in [true, false] {
                    let all = ReadabilityFormulas.all(counts, language: language, hasSyllables: hasSyllables)
                    let each = ReadabilityFormulas.ids.map {
                        ReadabilityFormulas.formula($0, counts, language: language, hasSyllables: hasSyllables)
                    }
                    #expect(all == each, "\(language) \(hasSyllables)")
                }
            }
        }
    }

    @Test func rejectsByLanguageOnce() {
        let plan = ReadabilityFormulaPlan.forLanguage(.german)
        let flesch = ReadabilityFormulas.ids.firstIndex(of: "flesch_reading_ease")!
        let amstad = ReadabilityFormulas.ids.firstIndex(of: "amstad_flesch")!
        #expect(plan.languageRejections[flesch]?.reason == "formula is for en text; this text is de")
        #expect(plan.languageRejections[amstad] == nil)
        #expect(plan.syllableRejections[amstad]?.reason == "no syllable counter for de")
    }
}
