/// Whether an attribution reports words verbatim, paraphrases them, or paraphrases with a quoted fragment.
public enum AttributionKind: String, Encodable, Sendable, Equatable {
    case direct, indirect, mixed
}
