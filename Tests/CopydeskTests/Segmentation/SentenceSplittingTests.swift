import Testing
@testable import Copydesk

/// Sentence splitting on hard cases, each a paragraph whose expected sentences are listed.
struct SentenceSplittingTests {
    static func sentences(_ text: String, _ language: Language = .english) throws -> [String] {
        let document = try Document(text: text, segmenter: Segmenter(language: language))
        return document.sentences.map { document.string($0.range) }
    }

    static let englishCases: [(String, [String])] = [
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("Sen. Warren, Rep. Cruz and Gov. Hochul spoke. Gen. Milley agreed.", ["Sen. Warren, Rep. Cruz and Gov. Hochul spoke.", "Gen. Milley agreed."]),
        ("Lt. Col. Vindman and Sgt. Pepper testified. Prof. Lee and Rev. Sharpton and Hon. Judge Ito listened.",
         ["Lt. Col. Vindman and Sgt. Pepper testified.", "Prof. Lee and Rev. Sharpton and Hon. Judge Ito listened."]),
        ("Mrs. Ortiz and Ms. Chen met in St. Louis. It rained.", ["Mrs. Ortiz and Ms. Chen met in St. Louis.", "It rained."]),
        ("The vote is on Jan. 5 and Feb. 10. The deadline is Sept. 30 or Oct. 1.", ["The vote is on Jan. 5 and Feb. 10.", "The deadline is Sept. 30 or Oct. 1."]),
        ("It opened Aug. 3, closed Nov. 4 and reopened Dec. 1. Few came.", ["It opened Aug. 3, closed Nov. 4 and reopened Dec. 1.", "Few came."]),
        ("He moved to the U.S. in 2010. The U.S. Senate voted. U.K. and E.U. officials met at the U.N. on Monday.",
         ["He moved to the U.S. in 2010.", "The U.S. Senate voted.", "U.K. and E.U. officials met at the U.N. on Monday."]),
        ("He lives in the U.S. He works there.", ["He lives in the U.S.", "He works there."]),
        ("John F. Kennedy and H.R. McMaster met J.K. Rowling. They spoke.", ["John F. Kennedy and H.R. McMaster met J.K. Rowling.", "They spoke."]),
        ("The meeting starts at 5 p.m. Monday and ends at 9 a.m. Tuesday. Bring food.", ["The meeting starts at 5 p.m. Monday and ends at 9 a.m. Tuesday.", "Bring food."]),
        ("The meeting ended at 10 p.m. The next day was quiet.", ["The meeting ended at 10 p.m.", "The next day was quiet."]),
        ("The No. 2 official and Nos. 4 and 5 resigned. He said no. The rest stayed.", ["The No. 2 official and Nos. 4 and 5 resigned.", "He said no.", "The rest stayed."]),
        ("Apple Inc. said sales rose. Acme Corp. and Smith & Co. Ltd. merged. It was big.", ["Apple Inc. said sales rose.", "Acme Corp. and Smith & Co. Ltd. merged.", "It was big."]),
        ("Martin Luther King Jr. spoke. Sammy Davis Sr. sang.", ["Martin Luther King Jr. spoke.", "Sammy Davis Sr. sang."]),
        ("Bring fruit, e.g. apples, i.e. something sweet, etc. The list goes on.", ["Bring fruit, e.g. apples, i.e. something sweet, etc.", "The list goes on."]),
        ("Smith vs. Jones was decided by Brown et al. in court. It was final.", ["Smith vs. Jones was decided by Brown et al. in court.", "It was final."]),
        ("Prices rose 3.5 percent. Version 2.0.1 shipped and 192.168.0.1 answered. Done.", ["Prices rose 3.5 percent.", "Version 2.0.1 shipped and 192.168.0.1 answered.", "Done."]),
        ("Visit www.example.com. Then email info@example.com for details.", ["Visit www.example.com.", "Then email info@example.com for details."]),
        ("Wait... what happened? He paused…. Then he spoke.", ["Wait... what happened?", "He paused….", "Then he spoke."]),
        ("He waited.... Nobody came.", ["He waited....", "Nobody came."]),
        ("He said, \"We will win.\" Then he left.", ["He said, \"We will win.\"", "Then he left."]),
        ("“We will win.” Then he left.", ["“We will win.”", "Then he left."]),
        ("(It was late.) They went home.", ["(It was late.)", "They went home."]),
        ("\"Why?\" she asked. \"Because I said so!\" he shouted.", ["\"Why?\" she asked.", "\"Because I said so!\" he shouted."]),
        ("“Why now?” asked Ms. Reyes. Nobody answered.", ["“Why now?” asked Ms. Reyes.", "Nobody answered."]),
        ("The plan has parts: 1) taxes, 2) spending and 3) debt. It passed.", ["The plan has parts: 1) taxes, 2) spending and 3) debt.", "It passed."]),
        ("Options are: a. cuts b. growth. Both failed.", ["Options are: a. cuts b. growth.", "Both failed."]),
        ("The steps: 1. Buy milk. 2. Go home.", ["The steps: 1. Buy milk.", "2. Go home."]),
        ("He lives in Washington, D.C. He works there.", ["He lives in Washington, D.C.", "He works there."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("The U.S. No. 2 diplomat resigned. No one knew why.", ["The U.S. No. 2 diplomat resigned.", "No one knew why."]),
        ("Sales rose in Canada. 1986 sales were 798 mln dlrs.", ["Sales rose in Canada.", "1986 sales were 798 mln dlrs."]),
        ("He was born Sept. 11 and No. 5 won. The U.S. 1987 high fell.", ["He was born Sept. 11 and No. 5 won.", "The U.S. 1987 high fell."]),
    ]

    @Test("hard English cases", arguments: englishCases)
    func english(_ testCase: (String, [String])) throws {
        #expect(try Self.sentences(testCase.0) == testCase.1)
    }

    @Test func headlineWithoutPunctuationIsItsOwnSentence() throws {
        let text = "Council Approves Budget\n\nThe council voted on Tuesday. It passed."
        #expect(try Self.sentences(text) == ["Council Approves Budget", "The council voted on Tuesday.", "It passed."])
    }

    @Test func captionLineBeforeBodyIsNotGlued() throws {
        let text = "Photo: Jane Doe/AP\nThe mayor spoke at length about the budget, which the council is expected to pass on Friday after a long debate."
        #expect(try Self.sentences(text).first == "Photo: Jane Doe/AP")
    }

    @Test func hardWrappedWireCopyJoinsLines() throws {
        let text = """
        Woodward and Lothrop Inc said president David Mullen resigned,
        and will be replaced by Tom Roach effective April 20, a company
        spokesman said. Roach joined J.W. Robinson Inc of Los Angeles.
        """
        #expect(try Self.sentences(text) == [
            "Woodward and Lothrop Inc said president David Mullen resigned,\nand will be replaced by Tom Roach effective April 20, a company\nspokesman said.",
            "Roach joined J.W. Robinson Inc of Los Angeles.",
        ])
    }

    @Test func germanOrdinalsAndAbbreviations() throws {
        #expect(try Self.sentences("Er kam am 12. Juni nach Berlin. Das ist z. B. gut. Sie bleibt usw. Danach ging er.", .german)
                == ["Er kam am 12. Juni nach Berlin.", "Das ist z. B. gut.", "Sie bleibt usw.", "Danach ging er."])
    }

    @Test func spanishAndFrenchPunctuation() throws {
        #expect(try Self.sentences("¿Qué pasa? Nada. ¡Vamos! Sí.", .spanish) == ["¿Qué pasa?", "Nada.", "¡Vamos!", "Sí."])
        #expect(try Self.sentences("« Nous partons. » Il est parti. M. Dupont est resté.", .french)
                == ["« Nous partons. »", "Il est parti.", "M. Dupont est resté."])
    }

    @Test func cjkFullStops() throws {
        #expect(try Self.sentences("今日は晴れです。明日は雨でしょう！本当？", .japanese) == ["今日は晴れです。", "明日は雨でしょう！", "本当？"])
        #expect(try Self.sentences("我们走吧。他说好。", .chinese) == ["我们走吧。", "他说好。"])
    }

    @Test func emptyAndWhitespaceOnly() throws {
        #expect(try Self.sentences("").isEmpty)
        #expect(try Self.sentences("   \n\n \u{00A0}\t\n").isEmpty)
    }

    /// A sentence starting with a figure is found wherever its period falls among the
    /// eight-byte runs without a period that the search skips.
    @Test func figureSentencesAtEveryOffset() throws {
        for padding in 0..<17 {
            let place = "Canada" + String(repeating: "x", count: padding)
            #expect(try Self.sentences("Sales rose in \(place). 1986 sales were 798 mln dlrs.")
                    == ["Sales rose in \(place).", "1986 sales were 798 mln dlrs."], "\(padding)")
        }
    }
}
