/// Readability of one document: the counts and every formula, in a stable order.
public struct Readability: Sendable, Equatable {
    /// The language the formulas were chosen for.
    public var language: Language
    /// What was counted.
    public var counts: TextCounts
    /// All formulas in a stable order; those that do not apply have a nil value and a reason.
    public var formulas: [FormulaResult]

    public init(language: Language, counts: TextCounts, formulas: [FormulaResult]) {
        self.language = language
        self.counts = counts
        self.formulas = formulas
    }

    /// The formula with `id`, if computed.
    public func formula(_ id: String) -> FormulaResult? { formulas.first { $0.id == id } }
}
