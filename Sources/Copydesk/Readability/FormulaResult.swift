/// The value of one readability formula, or why it has none.
public struct FormulaResult: Sendable, Encodable, Equatable {
    /// The formula's snake_case id (`flesch_reading_ease`).
    public var id: String
    /// The score, rounded to two decimals; nil when the formula does not apply.
    public var value: Double?
    /// Why `value` is nil ("formula is for English text", "fewer than 30 sentences").
    public var reason: String?

    /// A computed score.
    public static func value(_ id: String, _ value: Double) -> FormulaResult {
        guard value.isFinite else { return FormulaResult(id: id, value: nil, reason: "not defined for this text") }
        return FormulaResult(id: id, value: (value * 100).rounded() / 100, reason: nil)
    }

    /// A formula that does not apply, with the reason.
    public static func notApplicable(_ id: String, _ reason: String) -> FormulaResult {
        FormulaResult(id: id, value: nil, reason: reason)
    }
}
