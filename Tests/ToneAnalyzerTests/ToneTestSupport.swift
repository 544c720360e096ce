import Copydesk
@testable import ToneAnalyzer

/// The analyzer with the built-in lexicon and default options.
let defaultTone: ToneAnalyzer = {
    do { return try ToneAnalyzer(options: .none) } catch { fatalError("built-in lexicon: \(error)") }
}()

/// Analyzes `text` as English with `analyzer`.
func tone(_ text: String, analyzer: ToneAnalyzer = defaultTone) throws -> ToneAnalyzer.Report {
    let document = try CoreAnalysis().analyze(text: text, language: .english)
    return try analyzer.analyze(document, context: AnalysisContext())
}

/// The document score of `text`.
func score(_ text: String) throws -> Double { try tone(text).score }

/// News-like sentences with the sign a reader would give them (+1, -1, 0 for neutral).
let signedSentences: [(text: String, sign: Int)] = [
    ("Rescuers pulled three children alive from the rubble on Tuesday.", 1),
    ("The company reported record profits for the third quarter.", 1),
    ("The two countries signed a peace agreement after years of talks.", 1),
    ("Unemployment dropped to its lowest level in a decade.", 1),
    ("The new policy reduced deaths on the roads by a third.", 1),
    ("Crime fell sharply in the city last year.", 1),
    ("Volunteers celebrated the reopening of the library.", 1),
    ("The team won the championship in a thrilling final.", 1),
    ("Doctors said the treatment was remarkably effective.", 1),
    ("The governor praised firefighters for their courage.", 1),
    ("The council cut taxes for small businesses.", 1),
    ("Investors welcomed the strong earnings report.", 1),
    ("There was no evidence of wrongdoing, the inquiry found.", 1),
    ("The results were not bad for a first attempt.", 1),
    ("Air quality improved after the factory closed.", 1),
    ("The charity helped thousands of families find safe housing.", 1),
    ("Wages rose faster than prices for the first time in years.", 1),
    ("The hostages were freed unharmed.", 1),
    ("Scientists hailed the discovery as a breakthrough.", 1),
    ("Residents were delighted with the new park.", 1),
    ("Three people were killed in the explosion.", -1),
    ("The minister slammed the report as a disgrace.", -1),
    ("Profits fell for the fourth quarter in a row.", -1),
    ("Crime rose in most districts.", -1),
    ("The flood destroyed hundreds of homes.", -1),
    ("Critics said the plan was a costly failure.", -1),
    ("Support for the government dropped after the scandal.", -1),
    ("The company announced layoffs of 2,000 workers.", -1),
    ("Protesters clashed with police, leaving dozens injured.", -1),
    ("The regime launched a brutal crackdown on dissent.", -1),
    ("Inflation worsened, hurting poor households.", -1),
    ("The rollout was not successful.", -1),
    ("Officials warned of a growing humanitarian crisis.", -1),
    ("The hospital is struggling with severe staff shortages.", -1),
    ("Investors fear a recession next year.", -1),
    ("The senator was accused of fraud and corruption.", -1),
    ("Prices surged, squeezing families already in debt.", -1),
    ("The talks collapsed amid bitter recriminations.", -1),
    ("The decision was widely criticized as unfair.", -1),
    ("The bridge collapse left four people dead.", -1),
    ("The meeting is scheduled for Thursday at 10 a.m.", 0),
    ("The committee will publish its findings in March.", 0),
    ("The Justice Department released a statement on Monday.", 0),
    ("Human Rights Watch published the report in Geneva.", 0),
    ("The Liberal Party held its convention in Ottawa.", 0),
]

/// Pairs of sentences where the first should score lower (more negative) than the second.
let orderedPairs: [(lower: String, higher: String)] = [
    ("The mayor slammed the budget.", "The mayor criticized the budget."),
    ("The senator blasted the proposal.", "The senator questioned the proposal."),
    ("Crime rose last year.", "Crime fell last year."),
    ("Unemployment increased in May.", "Unemployment dropped in May."),
    ("Profits fell in the quarter.", "Profits rose in the quarter."),
    ("Support for the plan dropped.", "Support for the plan grew."),
    ("The government raised taxes.", "The government cut taxes."),
    ("The measures increased deaths.", "The measures reduced deaths."),
    ("The results were bad.", "The results were not bad."),
    ("The results were not good.", "The results were good."),
    ("The outcome was very bad.", "The outcome was slightly bad."),
    ("The outcome was slightly good.", "The outcome was very good."),
    ("The plan is good but the costs are terrible.", "The plan is terrible but the results are good."),
    ("The regime arrested protesters.", "The government arrested protesters."),
    ("The company announced massive layoffs.", "The company announced new hires."),
    ("Chaos erupted at the meeting.", "Disagreement arose at the meeting."),
    ("The minister claimed the figures were accurate.", "The minister said the figures were accurate."),
    ("The attack killed twelve people.", "The attack injured twelve people."),
    ("The talks failed.", "The talks succeeded."),
    ("Wages fell while prices rose.", "Wages rose while prices fell."),
    ("Exports plunged in April.", "Exports soared in April."),
    ("The radical group staged a protest.", "The group staged a protest."),
    ("Officials said there was evidence of fraud.", "Officials said there was no evidence of fraud."),
    ("The report was a disaster.", "The report was a disappointment."),
    ("Emissions rose sharply.", "Emissions fell sharply."),
    ("The economy shrank.", "The economy grew."),
    ("Unemployment soared.", "Unemployment rose."),
    ("Profits plummeted last year.", "Profits fell last year."),
    ("A mob gathered outside the courthouse.", "A crowd gathered outside the courthouse."),
    ("A flood of migrants arrived at the border.", "Migrants arrived at the border."),
    ("The senator's tirade lasted an hour.", "The senator's speech lasted an hour."),
    ("Unemployment edged down.", "Unemployment plunged."),
]
