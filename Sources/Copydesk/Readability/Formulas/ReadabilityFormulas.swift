/// The readability formulas with their published constants. Each returns a `FormulaResult`
/// that is nil with a reason when the formula does not apply to the language or the text.
public enum ReadabilityFormulas {
    /// Formula ids in output order.
    public static let ids = [
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
        "automated_readability_index", "lix", "rix", "linsear_write",
        "amstad_flesch", "wiener_sachtextformel", "fernandez_huerta", "szigriszt_pazos",
        "kandel_moles", "gulpease", "oborneva_flesch",
    ]

    /// Every formula for `counts`, in `ids` order.
    public static func all(_ counts: TextCounts, language: Language, hasSyllables: Bool) -> [FormulaResult] {
        // What does not depend on the counts is worked out once per language (see `formula`).
        all(counts, plan: ReadabilityFormulaPlan.forLanguage(language), hasSyllables: hasSyllables)
    }

    /// `all(_:language:hasSyllables:)` with the language's plan at hand.
    static func all(_ counts: TextCounts, plan: ReadabilityFormulaPlan, hasSyllables: Bool) -> [FormulaResult] {
        var results: [FormulaResult] = []
        results.reserveCapacity(ids.count)
        for index in ids.indices {
            if let rejected = plan.languageRejections[index] {
                results.append(rejected)
            } else if counts.words == 0 || counts.sentences == 0 {
                results.append(plan.noWords[index])
            } else if !hasSyllables, let rejected = plan.syllableRejections[index] {
                results.append(rejected)
            } else {
                results.append(score(at: index, counts))
            }
        }
        return results
    }

    /// The languages each formula was built for (nil: any language written with spaces).
    static func languages(of id: String) -> [Language]? {
        switch id {
        case "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
             "automated_readability_index", "linsear_write": [.english]
        case "lix", "rix": nil
        case "amstad_flesch", "wiener_sachtextformel": [.german]
        case "fernandez_huerta", "szigriszt_pazos": [.spanish]
        case "kandel_moles": [.french]
        case "gulpease": [.italian]
        case "oborneva_flesch": [.russian]
        default: []
        }
    }

    static func usesSyllables(_ id: String) -> Bool {
        !["coleman_liau", "automated_readability_index", "lix", "rix", "gulpease"].contains(id)
    }

    /// One formula.
    public static func formula(_ id: String, _ c: TextCounts, language: Language, hasSyllables: Bool) -> FormulaResult {
        if let languages = languages(of: id), !languages.contains(language) {
            let names = languages.map(\.rawValue).joined(separator: ", ")
            return .notApplicable(id, "formula is for \(names) text; this text is \(language.rawValue)")
        }
        if language.isScriptWithoutSpaces {
            return .notApplicable(id, "formula needs words separated by spaces; this text is \(language.rawValue)")
        }
        if c.words == 0 || c.sentences == 0 { return .notApplicable(id, "no words") }
        if usesSyllables(id) && !hasSyllables { return .notApplicable(id, "no syllable counter for \(language.rawValue)") }
        guard let index = ids.firstIndex(of: id) else { return .notApplicable(id, "unknown formula") }
        return score(at: index, c)
    }

    /// The fewest sentences SMOG is defined for.
    static let smogSentences = 30
    /// Why SMOG has no value, by sentence count under `smogSentences` (built once: most
    /// articles are shorter, and the reason would otherwise be formatted for each of them).
    static let smogReasons = (0..<smogSentences).map { "SMOG needs at least 30 sentences; this text has \($0)" }

    /// Why SMOG has no value for a text of `sentences` sentences (fewer than `smogSentences`).
    static func smogReason(sentences: Int) -> String {
        sentences >= 0 && sentences < smogSentences ? smogReasons[sentences] : "SMOG needs at least 30 sentences; this text has \(sentences)"
    }

    /// The score of formula `ids[index]` for counts with words and sentences, its language checks passed.
    static func score(at index: Int, _ c: TextCounts) -> FormulaResult {
        let id = ids[index]
        let words = Double(c.words), sentences = Double(c.sentences), syllables = Double(c.syllables)
        let wps = words / sentences          // words per sentence
        let spw = syllables / words          // syllables per word
        // Cases in `ids` order.
        switch index {
        case 0:   // flesch_reading_ease
            return .value(id, 206.835 - 1.015 * wps - 84.6 * spw)
        case 1:   // flesch_kincaid_grade
            return .value(id, 0.39 * wps + 11.8 * spw - 15.59)
        case 2:   // gunning_fog
            return .value(id, 0.4 * (wps + 100 * Double(c.complexWords) / words))
        case 3:   // smog
            guard c.sentences >= smogSentences else { return .notApplicable(id, smogReason(sentences: c.sentences)) }
            return .value(id, 1.043 * (Double(c.polysyllabicWords) * 30 / sentences).squareRoot() + 3.1291)
        case 4:   // coleman_liau
            return .value(id, 0.0588 * (Double(c.letters) / words * 100) - 0.296 * (sentences / words * 100) - 15.8)
        case 5:   // automated_readability_index
            return .value(id, 4.71 * Double(c.letters) / words + 0.5 * wps - 21.43)
        case 6:   // lix
            return .value(id, wps + 100 * Double(c.longWords) / words)
        case 7:   // rix
            return .value(id, Double(c.longWords) / sentences)
        case 8:   // linsear_write
            let easy = Double(c.words - c.polysyllabicWords), hard = Double(c.polysyllabicWords)
            let raw = (easy + 3 * hard) / sentences
            return .value(id, raw > 20 ? raw / 2 : (raw - 2) / 2)
        case 9:   // amstad_flesch
            return .value(id, 180 - wps - 58.5 * spw)
        case 10:  // wiener_sachtextformel
            let ms = 100 * Double(c.polysyllabicWords) / words, iw = 100 * Double(c.longWords) / words
            let es = 100 * Double(c.monosyllabicWords) / words
            return .value(id, 0.1935 * ms + 0.1672 * wps + 0.1297 * iw - 0.0327 * es - 0.875)
        case 11:  // fernandez_huerta
            return .value(id, 206.84 - 60 * spw - 1.02 * wps)
        case 12:  // szigriszt_pazos
            return .value(id, 206.835 - 62.3 * spw - wps)
        case 13:  // kandel_moles
            return .value(id, 207 - 1.015 * wps - 73.6 * spw)
        case 14:  // gulpease
            return .value(id, 89 + (300 * sentences - 10 * Double(c.letters)) / words)
        case 15:  // oborneva_flesch
            return .value(id, 206.835 - 1.3 * wps - 60.1 * spw)
        default: return .notApplicable(id, "unknown formula")
        }
    }
}
