import Testing
@testable import Copydesk

/// Each formula against values computed by hand from fixed counts.
struct ReadabilityFormulasTests {
    /// 100 words, 5 sentences, 150 syllables, 10 polysyllabic, 8 complex, 20 long, 60 monosyllabic,
    /// 470 letters, 40 sentences for SMOG where needed.
    static func counts(sentences: Int = 5) -> TextCounts {
        var c = TextCounts()
        c.words = 100; c.sentences = sentences; c.syllables = 150; c.polysyllabicWords = 10
        c.complexWords = 8; c.longWords = 20; c.monosyllabicWords = 60; c.letters = 470
        return c
    }

    static func value(_ id: String, _ language: Language = .english, sentences: Int = 5) -> Double? {
        ReadabilityFormulas.formula(id, counts(sentences: sentences), language: language, hasSyllables: true).value
    }

    @Test func englishFormulas() {
        // 206.835 - 1.015*20 - 84.6*1.5 = 59.635
        #expect(Self.value("flesch_reading_ease") == 59.64)
        // 0.39*20 + 11.8*1.5 - 15.59 = 9.91
        #expect(Self.value("flesch_kincaid_grade") == 9.91)
        // 0.4*(20 + 8) = 11.2
        #expect(Self.value("gunning_fog") == 11.2)
        // 0.0588*470 - 0.296*5 - 15.8 = 10.356
        #expect(Self.value("coleman_liau") == 10.36)
        // 4.71*4.7 + 0.5*20 - 21.43 = 10.707
        #expect(Self.value("automated_readability_index") == 10.71)
        // 20 + 100*20/100 = 40
        #expect(Self.value("lix") == 40)
        // 20/5 = 4
        #expect(Self.value("rix") == 4)
        // (90 + 30)/5 = 24 > 20 → 12
        #expect(Self.value("linsear_write") == 12)
    }

    @Test func smogNeedsThirtySentences() {
        let short = ReadabilityFormulas.formula("smog", Self.counts(), language: .english, hasSyllables: true)
        #expect(short.value == nil && short.reason?.contains("30 sentences") == true)
        // 1.043*sqrt(10*30/40) + 3.1291 = 1.043*2.7386 + 3.1291 = 5.9855
        #expect(Self.value("smog", sentences: 40) == 5.99)
    }

    @Test func otherLanguages() {
        // 180 - 20 - 58.5*1.5 = 72.25
        #expect(Self.value("amstad_flesch", .german) == 72.25)
        // 0.1935*10 + 0.1672*20 + 0.1297*20 - 0.0327*60 - 0.875 = 1.935+3.344+2.594-1.962-0.875 = 5.036
        #expect(Self.value("wiener_sachtextformel", .german) == 5.04)
        // 206.84 - 60*1.5 - 1.02*20 = 96.44
        #expect(Self.value("fernandez_huerta", .spanish) == 96.44)
        // 206.835 - 62.3*1.5 - 20 = 93.385
        #expect(Self.value("szigriszt_pazos", .spanish) == 93.39)
        // 207 - 1.015*20 - 73.6*1.5 = 76.3
        #expect(Self.value("kandel_moles", .french) == 76.3)
        // 89 + (300*5 - 10*470)/100 = 57
        #expect(Self.value("gulpease", .italian) == 57)
        // 206.835 - 1.3*20 - 60.1*1.5 = 90.685
        #expect(Self.value("oborneva_flesch", .russian) == 90.69)
    }

    @Test func formulasForOtherLanguagesAreNullWithAReason() {
        let result = ReadabilityFormulas.formula("flesch_reading_ease", Self.counts(), language: .german, hasSyllables: true)
        #expect(result.value == nil)
        #expect(result.reason == "formula is for en text; this text is de")
        let cjk = ReadabilityFormulas.formula("lix", Self.counts(), language: .japanese, hasSyllables: false)
        #expect(cjk.value == nil && cjk.reason?.contains("spaces") == true)
    }

    @Test func noWordsIsNullNotNaN() {
        let results = ReadabilityFormulas.all(TextCounts(), language: .english, hasSyllables: true)
        #expect(results.allSatisfy { $0.value == nil })
        #expect(results.filter { $0.reason == "no words" }.map(\.id).contains("flesch_reading_ease"))
    }
}
