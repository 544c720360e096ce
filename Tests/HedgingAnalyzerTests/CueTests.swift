import Copydesk
import Foundation
import Testing
@testable import HedgingAnalyzer

@Suite struct CategoryTests {
    @Test(arguments: [
        ("The talks may collapse.", "may|epistemic"),
        ("He might resign.", "might|epistemic"),
        ("The bridge could be unsafe.", "could|epistemic"),
        ("It would seem the rules changed.", "it would seem|epistemic"),
        ("The plan seems doomed.", "seems|epistemic"),
        ("The figures appear to be wrong.", "appear|epistemic"),
        ("Polls suggest voters are tired.", "suggest|epistemic"),
        ("Police believe the fire was set deliberately.", "believe|epistemic"),
        ("A deal is unlikely.", "unlikely|epistemic"),
        ("It was perhaps inevitable.", "perhaps|epistemic"),
        ("Our data indicate a role for the kinase.", "indicate|epistemic"),
        ("The putative receptor was cloned.", "putative|epistemic"),
        ("The protein is a potential drug target.", "potential|epistemic"),
        ("We hypothesize that the loop is flexible.", "hypothesize|epistemic"),
        ("It has been proposed that the pathways converge.", "it has been proposed|epistemic"),
        ("The results are consistent with a dimer.", "consistent with|epistemic"),
        ("The fire could have started in the kitchen.", "could|epistemic"),
        ("We asked whether or not the drug works.", "whether or not|open_question"),
    ])
    func epistemic(_ text: String, _ expected: String) throws {
        #expect(try found(text) == [expected])
    }

    @Test(arguments: [
        ("About 40 people came.", "about|approximator"),
        ("It costs around $5 million.", "around|approximator"),
        ("Roughly a third of them left.", "roughly|approximator"),
        ("Nearly half voted.", "nearly|approximator"),
        ("Some 300 homes flooded.", "some|approximator"),
        ("Up to 12 inches of rain fell.", "up to|approximator"),
        ("The delay was largely avoidable.", "largely|approximator"),
        ("The plan worked, sort of.", "sort of|approximator"),
        ("The cuts were in large part symbolic.", "in large part|approximator"),
        ("The trip took 100 days or so.", "or so|approximator"),
    ])
    func approximator(_ text: String, _ expected: String) throws {
        #expect(try found(text) == [expected])
    }

    @Test(arguments: [
        ("Some critics called it a stunt.", "some critics called|vague_quantifier"),
        ("Many leading experts disagree.", "many leading experts|vague_quantifier"),
        ("Observers were surprised.", "observers|vague_quantifier"),
        ("It is widely believed that he lied.", "it is widely believed|vague_quantifier"),
        ("Numerous people say they saw it.", "numerous people|vague_quantifier"),
        ("Some say the war is lost.", "some say|vague_quantifier"),
        ("Some studies have linked it to asthma.", "some studies|vague_quantifier"),
        ("Some fans consider it his best film.", "some fans|vague_quantifier"),
        ("Critics have described it as an eyesore.", "critics have described|vague_quantifier"),
    ])
    func vagueQuantifier(_ text: String, _ expected: String) throws {
        #expect(try found(text) == [expected])
    }

    @Test(arguments: [
        ("Officials said the road was closed.", "officials|anonymous_attribution"),
        ("Sources say the deal is off.", "sources|anonymous_attribution"),
        ("A senior administration official confirmed it.", "a senior administration official|anonymous_attribution"),
        ("The deal is done, people familiar with the matter said.", "people familiar with the matter|anonymous_attribution"),
        ("According to reports, he fled.", "according to reports|anonymous_attribution"),
        ("He spoke on condition of anonymity.", "on condition of anonymity|anonymous_attribution"),
        // The noun phrase stops at a relative pronoun, a preposition or a verb.
        ("They approved a budget that officials said would close a gap.", "officials|anonymous_attribution"),
        ("It is a plan which officials say will fail.", "officials|anonymous_attribution"),
        ("After two officials said so, the vote went ahead.", "two officials|anonymous_attribution"),
        ("Several sources state that the ship sank.", "several sources|anonymous_attribution"),
    ])
    func anonymousAttribution(_ text: String, _ expected: String) throws {
        #expect(try found(text).first == expected)
    }

    @Test(arguments: [
        ("He allegedly lied.", "allegedly|unverified"),
        ("The army reportedly withdrew.", "reportedly|unverified"),
        ("The documents were purportedly stolen.", "purportedly|unverified"),
        ("The so-called experts left.", "so-called|unverified"),
        ("The unconfirmed report spread.", "unconfirmed|unverified"),
        ("He claimed he was innocent.", "claimed|unverified"),
        ("The claims could not be verified.", "could not be verified|unverified"),
    ])
    func unverified(_ text: String, _ expected: String) throws {
        #expect(try found(text) == [expected])
    }

    @Test(arguments: [
        ("Sales are expected to rise.", "are expected to|hedged_prediction"),
        ("The firm is poised to expand.", "poised to|hedged_prediction"),
        ("Taxes are set to rise.", "set to|hedged_prediction"),
        ("Turnout is likely to fall.", "likely to|hedged_prediction"),
        ("Prices could rise next year.", "could|hedged_prediction"),
        ("The rally could soon end.", "could soon|hedged_prediction"),
    ])
    func hedgedPrediction(_ text: String, _ expected: String) throws {
        #expect(try found(text) == [expected])
    }

    @Test(arguments: [
        ("Nobody knows whether he will run.", "whether|open_question"),
        ("The motive is unclear.", "unclear|open_question"),
        ("That remains to be seen.", "remains to be seen|open_question"),
        ("There was no evidence of fraud.", "no evidence|open_question"),
    ])
    func openQuestion(_ text: String, _ expected: String) throws {
        #expect(try found(text) == [expected])
    }

    @Test func boostersAreReportedApart() throws {
        let report = try hedging("This is clearly wrong. It has never worked. In fact, it is absolutely certain to fail. He may go.")
        #expect(report.boosters.cues.map { $0.text.lowercased() } == ["clearly", "never", "in fact", "absolutely"])
        #expect(report.boosters.count == 4)
        #expect(report.count == 1)
        #expect(report.byCategory.epistemic == 1)
        #expect(report.hedgeBoosterRatio == 0.25)
        #expect(report.hedgedSentences == [3])
    }
}

@Suite struct FalsePositiveTraps {
    @Test(arguments: [
        "The festival opens in May.",
        "The vote is on May 5.",
        "Theresa May spoke on Tuesday.",
        "May, traditionally, is the busiest month.",
        "May was the wettest month on record.",
        "May he rest in peace.",
        "Visitors may enter free of charge.",
        "You may bring one bag.",
        "Students may now apply online.",
        "The book is about the plan.",
        "She talked about her family.",
        "They walked around the lake.",
        "Some cars were damaged.",
        "Some of the houses burned.",
        "She appeared on television.",
        "He appeared in court on Monday.",
        "The minister suggested a meeting.",
        "He believes in miracles.",
        "The team claimed victory.",
        "Insurance claims rose.",
        "It is an official figure.",
        "Oil is a source of revenue.",
        "He could not see the road.",
        "The show of military might impressed them.",
        "Please answer as soon as possible.",
        "The alarm was set to midnight.",
        "Many residents were evacuated.",
        "He was supposed to arrive on Friday.",
        "As expected, the bill passed.",
        "Fans could not believe the result.",
        "It is up to voters to decide.",
        "Officials from both countries met in Geneva.",
        // Counterfactual "could/might have": an option not taken, reported criticism, not a guess.
        "He said the city could have drawn on its reserve fund instead.",
        "The crash could have been avoided.",
        "She called the cuts short-sighted and said the council could have acted years ago.",
        "The team might have done better with a new coach.",
        // CoNLL-style traps: the same words, not hedges.
        "The restoration was made possible by a grant.",
        "The committee suggested a date for the meeting.",
        "Whether or not it rains, the parade starts at noon.",
        "Members pay the fee whether or not they attend.",
        "The ball has potential energy at the top.",
        "The membrane potential was measured.",
        "The company has great potential.",
        "He could read Latin by the age of ten.",
        "The arrow indicates the exit.",
        "Union officials met the managers.",
    ])
    func noHedge(_ text: String) throws {
        #expect(try hedging(text).cues.map(\.text) == [])
    }
}

@Suite struct MatchingTests {
    @Test func multiWordCuesPreferTheLongestMatch() throws {
        #expect(try found("It remains to be seen.") == ["remains to be seen|open_question"])
        #expect(try found("The deal, people familiar with the matter said, is off.") == ["people familiar with the matter|anonymous_attribution"])
        #expect(try found("The claim has not been independently verified.") == ["has not been independently verified|unverified"])
    }

    @Test func inflectionsMatch() throws {
        #expect(try found("He alleges fraud.") == ["alleges|unverified"])
        #expect(try found("She alleged fraud.") == ["alleged|unverified"])
        #expect(try found("They are alleging fraud.") == ["alleging|unverified"])
        #expect(try found("It seemed fine.") == ["seemed|epistemic"])
        #expect(try found("Growth remained to be seen.") == ["remained to be seen|open_question"])
    }

    @Test func caseIsFolded() throws {
        #expect(try found("ALLEGEDLY he lied.") == ["allegedly|unverified"])
        #expect(try found("Reportedly, he lied.") == ["reportedly|unverified"])
        #expect(try found("IT IS UNCLEAR.") == ["unclear|open_question"])
        #expect(try found("PRICES MAY RISE") == ["may|epistemic"])
    }

    @Test func quotedCuesAreCountedApart() throws {
        let report = try hedging("The plan may fail. “It might work,” she said. “Perhaps.”")
        #expect(report.cues.map(\.inQuote) == [false, true, true])
        #expect(report.count == 3)
        #expect(report.writerCount == 1)
        #expect(report.quotedCount == 2)
    }

    @Test func offsetsAreUnicodeScalars() throws {
        let text = "Le café é “x” — the résumé was allegedly forged."
        let report = try hedging(text)
        let cue = try #require(report.cues.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[cue.start..<cue.end])) == "allegedly")
        #expect(cue.text == "allegedly")
    }

    @Test func documentedExample() throws {
        let report = try hedging("The minister allegedly lied.")
        #expect(report.cues == [HedgingAnalyzer.Cue(text: "allegedly", start: 13, end: 22, category: .unverified, sentence: 0, inQuote: false)])
        #expect(report.per1000Words == 250)
        #expect(report.hedgedSentenceShare == 1)
    }

    @Test func longDocumentsScaleLinearly() throws {
        let paragraph = "Officials said the plan may fail. About 40 people came, and it is unclear whether more will. The vote is clearly on Friday.\n\n"
        let report = try hedging(String(repeating: paragraph, count: 300))
        #expect(report.count == 300 * 5)
        #expect(report.boosters.count == 300)
        #expect(report.hedgedSentences.count == 600)
    }

    @Test func emptyDocument() throws {
        let report = try hedging("")
        #expect(report.cues.isEmpty)
        #expect(report.count == 0)
        #expect(report.per1000Words == 0)
        #expect(report.hedgedSentenceShare == 0)
        #expect(report.hedgeBoosterRatio == nil)
    }

    @Test func ratesAndSentences() throws {
        let report = try hedging("The plan may fail. The vote is on Friday. Officials said it was close.")
        #expect(report.hedgedSentences == [0, 2])
        #expect(report.hedgedSentenceShare == 0.6667)
        #expect(report.byCategory.anonymousAttribution == 1)
        #expect(report.per1000Words > 100)
    }

    @Test func jsonKeysAreTheIssueFields() throws {
        let report = try hedging("He may go, “maybe”. He clearly will.")
        for strategy in [JSONEncoder.KeyEncodingStrategy.useDefaultKeys, .convertToSnakeCase] {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = strategy
            let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
            #expect(Set(object.keys) == ["cues", "count", "writer_count", "quoted_count", "per_1000_words", "hedged_sentences",
                                         "hedged_sentence_share", "by_category", "boosters", "hedge_booster_ratio"])
            let cue = try #require((object["cues"] as? [[String: Any]])?.first)
            #expect(Set(cue.keys) == ["text", "start", "end", "category", "sentence", "in_quote"])
            let categories = try #require(object["by_category"] as? [String: Any])
            #expect(Set(categories.keys) == Set(HedgeCategory.hedges.map(\.rawValue)))
        }
        let none = try JSONEncoder().encode(try hedging("He may go."))
        #expect(String(decoding: none, as: UTF8.self).contains("\"hedge_booster_ratio\":null"))
    }

    @Test func descriptionListsEveryField() {
        let names = HedgingAnalyzer.description.outputFields.map(\.name)
        #expect(names == ["cues", "count", "writer_count", "quoted_count", "per_1000_words", "hedged_sentences",
                          "hedged_sentence_share", "by_category", "boosters", "hedge_booster_ratio"])
        #expect(HedgingAnalyzer.description.id == "hedging")
    }

    @Test func builtInCueFilesParse() throws {
        for code in HedgingAnalyzer.builtInLanguages {
            let text = try #require(EmbeddedResources.text("\(code)/cues.tsv"))
            #expect(throws: Never.self) { try CueLine.parse(text, source: code) }
        }
        #expect(HedgingAnalyzer.builtInLanguages == ["en"])
    }

    @Test func otherLanguagesUseOnlyTheUserLexicon() throws {
        let document = try CoreAnalysis().analyze(text: "Il est possible que le projet soit retardé.", language: .french)
        let report = try HedgingAnalyzer(options: .none).analyze(document, context: AnalysisContext())
        #expect(report.cues.isEmpty)
    }
}

@Suite struct LexiconOptionTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hedging-\(UUID().uuidString).tsv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func userCuesAreAdded() throws {
        let path = try write("# extra\nfloat~ the idea\tepistemic\ntouted\tbooster\n{insiders|aides} whisper\tanonymous_attribution\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let options = AnalyzerOptions(values: ["lexicon": .string(path)])
        let report = try hedging("The minister floated the idea. The touted plan failed. Aides whisper it will end.", options: options)
        #expect(report.cues.map { $0.text } == ["floated the idea", "Aides whisper"])
        #expect(report.boosters.cues.map(\.text) == ["touted"])
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: AnalyzerError.invalidConfiguration("hedging: lexicon file '/nonexistent/cues.tsv' does not exist")) {
            try HedgingAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string("/nonexistent/cues.tsv")]))
        }
    }

    @Test func badLinesNameTheLine() throws {
        let path = try write("allegedly\tunverified\nfoo\tweird\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try HedgingAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(path)]))
        } throws: { error in
            "\(error)".contains("line 2: unknown category 'weird'")
        }
        let noCategory = try write("allegedly\n")
        defer { try? FileManager.default.removeItem(atPath: noCategory) }
        #expect(throws: AnalyzerError.self) { try HedgingAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(noCategory)])) }
        let badRule = try write("x\tepistemic\tsometimes\n")
        defer { try? FileManager.default.removeItem(atPath: badRule) }
        #expect { try HedgingAnalyzer(options: AnalyzerOptions(values: ["lexicon": .string(badRule)])) } throws: { "\($0)".contains("unknown rule 'sometimes'") }
    }

    @Test func patternExpansion() throws {
        #expect(try CueLine.expand("{a|b c|} d~") == [["a", "d"], ["a", "ds"], ["a", "ded"], ["a", "ding"],
                                                      ["b", "c", "d"], ["b", "c", "ds"], ["b", "c", "ded"], ["b", "c", "ding"],
                                                      ["d"], ["ds"], ["ded"], ["ding"]])
        #expect(try CueLine.expand("so-called") == [["so", "-", "called"]])
        #expect(CueLine.inflections("allege") == ["allege", "alleges", "alleged", "alleging"])
        #expect(CueLine.inflections("worry") == ["worry", "worries", "worried", "worrying"])
    }
}
