/// How a cue colours what it reports: `said` is neutral, `noted` endorses, `claimed` distances.
public enum CueType: String, Encodable, Sendable, Equatable {
    case neutral, endorsing, distancing
}
