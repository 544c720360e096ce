/// What kind of source a speaker is.
public enum SourceType: String, Encodable, Sendable, Equatable {
    /// A person's name or a unique title ("Fiona Hill", "the president").
    case named
    /// An unnamed person or group ("a senior administration official", "people familiar with the matter").
    case anonymous
    /// An institution ("the Kremlin", "Reuters", "the ministry").
    case organization
    /// A text ("a report", "a poll", "court documents").
    case document
}
