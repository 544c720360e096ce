import Synchronization

/// The parts of `ReadabilityFormulas.formula`'s answers that depend only on the language, for
/// every formula in `ReadabilityFormulas.ids` order: worked out once per language, so scoring a
/// document builds no reason strings and compares no formula ids.
struct ReadabilityFormulaPlan: Sendable {
    /// The answer when the formula is not for the language or its script (nil: it applies).
    let languageRejections: [FormulaResult?]
    /// The answer for a text without words or sentences.
    let noWords: [FormulaResult]
    /// The answer without a syllable counter (nil: the formula needs none).
    let syllableRejections: [FormulaResult?]

    /// The plan for `language`, from the same checks, in the same order, as `formula`.
    init(language: Language) {
        var counts = TextCounts()
        counts.words = 1
        counts.sentences = 1
        languageRejections = ReadabilityFormulas.ids.map { id in
            let languages = ReadabilityFormulas.languages(of: id)
            let rejected = (languages.map { !$0.contains(language) } ?? false) || language.isScriptWithoutSpaces
            return rejected ? ReadabilityFormulas.formula(id, counts, language: language, hasSyllables: true) : nil
        }
        noWords = ReadabilityFormulas.ids.map { .notApplicable($0, "no words") }
        syllableRejections = ReadabilityFormulas.ids.map { id in
            ReadabilityFormulas.usesSyllables(id) ? .notApplicable(id, "no syllable counter for \(language.rawValue)") : nil
        }
    }

    /// The plan for `language` (built once per language and process).
    static func forLanguage(_ language: Language) -> ReadabilityFormulaPlan {
        if let found = cache.withLock({ $0[language] }) { return found }
        let plan = ReadabilityFormulaPlan(language: language)
        return cache.withLock { cache in
            if let found = cache[language] { return found }
            cache[language] = plan
            return plan
        }
    }

    private static let cache = Mutex<[Language: ReadabilityFormulaPlan]>([:])
}
