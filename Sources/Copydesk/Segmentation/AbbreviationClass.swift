/// How an abbreviation that ends with a period behaves at a possible sentence end.
public enum AbbreviationClass: String, Sendable, CaseIterable {
    /// Before a name ("Mr.", "Sen."): never ends a sentence.
    case title
    /// Only before a number ("No. 5", "pp. 10"): ends a sentence otherwise.
    case number
    /// A month ("Jan. 5"): joined to a following number or lowercase word.
    case month
    /// Inside a sentence only ("e.g.", "vs."): never ends a sentence.
    case inner
    /// May end a sentence ("U.S.", "Inc.", "p.m.", "etc."): a sentence ends only when a
    /// capitalized word that usually starts sentences follows.
    case ambiguous
}
