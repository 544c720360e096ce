/// What a cue signals. Every cue has exactly one category; `booster` is reported apart from hedges.
public enum HedgeCategory: String, Sendable, CaseIterable, Encodable {
    /// The claim may not be true: may, might, seem, appear to, likely, perhaps.
    case epistemic
    /// A rounded quantity or degree: about 40, nearly half, largely.
    case approximator
    /// An unnamed many (weasel words): some critics, many experts, it is widely believed.
    case vagueQuantifier = "vague_quantifier"
    /// A source without a name: officials said, people familiar with the matter.
    case anonymousAttribution = "anonymous_attribution"
    /// A claim the writer has not checked: allegedly, reportedly, so-called.
    case unverified
    /// A hedged forecast: expected to, poised to, could rise.
    case hedgedPrediction = "hedged_prediction"
    /// What is not known: whether, unclear, remains to be seen, no evidence.
    case openQuestion = "open_question"
    /// Overclaiming (not a hedge): clearly, undoubtedly, in fact.
    case booster

    /// The hedge categories, in report order.
    public static let hedges: [HedgeCategory] = allCases.filter { $0 != .booster }
}
