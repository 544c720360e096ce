/// The syllable counter for a language.
public enum SyllableCounters {
    /// The counter for `code` (ISO 639-1), or nil when Copydesk has none for it.
    public static func counter(forLanguageCode code: String) -> (any SyllableCounter)? { nil }
}
