/// The built-in syllable counters, by language.
public enum SyllableCounters {
    /// The English counter, shared (its exceptions table is loaded once, on first use).
    public static let english = EnglishSyllableCounter()

    /// The counter for a BCP 47 / ISO 639-1 code ("en", "en-GB", "de_AT", "ES"), or nil for a
    /// language without one (e.g. "ja", "zh", where syllables do not apply the same way).
    /// Supported: en, de, es, fr, it, ru.
    public static func counter(forLanguageCode code: String) -> (any SyllableCounter)? {
        var primary = ""
        for character in code.unicodeScalars {
            if character == "-" || character == "_" { break }
            primary.unicodeScalars.append(character.properties.lowercaseMapping.unicodeScalars.first ?? character)
        }
        switch primary {
        case "en", "eng": return english
        case "de", "deu", "ger": return VowelGroupSyllableCounter.german
        case "es", "spa": return VowelGroupSyllableCounter.spanish
        case "fr", "fra", "fre": return VowelGroupSyllableCounter.french
        case "it", "ita": return VowelGroupSyllableCounter.italian
        case "ru", "rus": return VowelGroupSyllableCounter.russian
        default: return nil
        }
    }
}
