import Testing
import Copydesk
@testable import SourcesAnalyzer

/// The byte-level fast paths give what the `String` paths they replace give.
@Suite struct SourcesFastPathTests {
    static let phrases = ["U.S. Department of Justice", "the  White House", " Foreign Ministry ", "", "a", "Rail Delivery Group (RDG)",
                          "Ministère des Affaires étrangères", "Trump’s national-security adviser", "x \u{301}y", "Bundesministerium der Finanzen"]

    @Test func titleWordsMatchTheCharacterSplit() {
        for title in Self.phrases + ["shadow transport secretary", "CEO-elect, Acme\r\nCorp", "Chief_Economist 2nd"] {
            let expected = title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            #expect(SourceRegistry.words(ofTitle: title) == expected, "\(title)")
        }
    }

    @Test func asciiPhraseHashMatchesTheStringHash() {
        for phrase in Self.phrases {
            var copy = phrase
            let fast = copy.withUTF8 { SourcesLexicon.asciiPhraseHash(bytes: $0) }
            if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(fast == SourcesLexicon.phraseHash(phrase), "\(phrase)")
            } else {
                #expect(fast == nil, "\(phrase)")
            }
        }
    }
}

/// The byte-level name helpers of `SourceRegistry` give what the `Character` splits they replace give.
@Suite struct SourceNameFastPathTests {
    static let names = ["the president", "The  Chief Economist ", "  ", "", "Navarro", "x \u{301}y", "Ministère des Affaires", "a\r\nb c", " lead"]

    @Test func lastWordMatchesTheCharacterSplit() {
        for name in Self.names {
            let expected = name.split(separator: " ").last.map { $0.lowercased() } ?? ""
            #expect(SourceRegistry.lastWord(ofName: name) == expected, "\(name)")
        }
    }

    @Test func firstAndLastWordsMatchTheCharacterSplit() {
        for name in Self.names + ["the  president", " the president ", "the president of France", "thé president", "the", "the\r\n president"] {
            let words = name.split(separator: " ")
            let (first, last) = SourceRegistry.firstAndLastWord(ofName: name)
            #expect(first == words.first.map(String.init) ?? "", "\(name)")
            #expect(last == words.last.map(String.init) ?? "", "\(name)")
            let office = words.count == 2 && words[0] == "the" ? String(words[1]) : nil
            #expect(SourceRegistry.wordAfterThe(inName: name) == office, "\(name)")
        }
    }

    @Test func articlesAreDroppedAsByHasPrefix() {
        for key in Self.names + ["the a mayor", "a an b", "an official", "then", "the ", "thé mayor", "a", "the \u{301}x", "an  x", "the the x"] {
            var expected = key
            for prefix in ["the ", "a ", "an "] where expected.hasPrefix(prefix) { expected.removeFirst(prefix.count) }
            #expect(SourceRegistry.droppingArticles(key) == expected, "\(key)")
        }
    }

    @Test func titleWordsAreVisitedInOrder() {
        for title in ["shadow transport secretary", "CEO-elect, Acme Corp", "Ministère des Affaires", ""] {
            var visited: [String] = []
            SourceRegistry.forEachWord(ofTitle: title) { visited.append($0) }
            #expect(visited == title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init), "\(title)")
        }
    }

    @Test func titleHasWordMatchesTheWordList() {
        let titles = ["shadow transport secretary", "CEO-elect, Acme Corp", "Ministère des Affaires", "", "the President",
                      "Trump’s national-security adviser", "Chief_Economist 2nd"]
        let words = ["secretary", "ceo", "elect", "acme", "affaires", "ministère", "president", "the", "security", "adviser",
                     "trump", "economist", "chief", "nd", "", "secretar", "secretarys", "President", "é", "s"]
        for title in titles {
            for word in words {
                #expect(SourceRegistry.title(title, hasWord: word) == SourceRegistry.words(ofTitle: title).contains(word), "\(title) / \(word)")
            }
        }
    }

    @Test func hasSpaceMatchesTheCharacterSearch() {
        for name in Self.names {
            #expect(SourceRegistry.hasSpace(name) == name.contains(" "), "\(name)")
        }
    }
}

/// The filter of cue first words answers as the cue table.
@Suite struct CueFilterTests {
    @Test func filterAgreesWithTheTable() {
        let lexicon = SourcesLexicon.shared
        let words = ["said", "according", "told", "noted", "the", "official", "in", "claims", "zebra", "Said", "SAID", "x"]
            + (0..<2_000).map { "w\($0)" }
        for word in words {
            let hash = TermHash.hash(word)
            #expect(lexicon.isCueStart(hash) == lexicon.cues.contains(hash), "\(word)")
            #expect(lexicon.cues(startingWith: hash)?.count == lexicon.cues[hash]?.count, "\(word)")
        }
        for (hash, _) in lexicon.cues.entries { #expect(lexicon.isCueStart(hash) && lexicon.mayStartCue(hash)) }
    }

    /// The extractor calls `cue(at:)` only at unquoted words that pass the filter: every token
    /// where it finds a cue must be one (else skipping the others would lose a frame).
    @Test func everyCueStartsAtAWordThatPassesTheFilter() throws {
        let texts = TokenViewTests.texts + AnnotatedArticleTests.all.map(\.1.text) + SurnameCases.texts
        var cues = 0
        for text in texts {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            let view = TokenView(document)
            let extractor = AttributionExtractor(view: view, lexicon: .shared)
            for i in view.tokens.indices where extractor.cue(at: i) != nil {
                cues += 1
                #expect(view.isWord(i) && view.quoteOf(i) < 0 && SourcesLexicon.shared.mayStartCue(view.hashes[i]),
                        "\(document.string(view.tokens[i])) in \(text.prefix(40))")
            }
        }
        #expect(cues > 20)
    }

    /// `firstPossibleCue(in:traits:hashes:)` stops at the first unquoted word that passes the
    /// filter, from any start, and at the range's end when there is none.
    @Test func firstPossibleCueIsTheFirstWordPassingTheFilter() throws {
        let lexicon = SourcesLexicon.shared
        for text in TokenViewTests.texts + SurnameCases.texts {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            let view = TokenView(document)
            let count = view.tokens.count
            view.traits.withUnsafeBufferPointer { traits in
                view.hashes.withUnsafeBufferPointer { hashes in
                    for start in 0...count {
                        for end in [start, min(count, start + 3), count] {
                            let expected = (start..<end).first { view.isWord($0) && view.quoteOf($0) < 0 && lexicon.mayStartCue(view.hashes[$0]) } ?? end
                            #expect(lexicon.firstPossibleCue(in: start..<end, traits: traits, hashes: hashes) == expected, "\(text.prefix(30)) \(start)..<\(end)")
                        }
                    }
                }
            }
        }
    }
}

/// Documents without attributions (no possible cue and no quotation, or cues and quotations that
/// make no attribution) get the empty report, from a fresh workspace or a reused one.
@Suite struct EmptyReportFastPathTests {
    static let texts = [
        "",
        "No cue word here. Nothing is attributed in these sentences.",
        "Le maire a parlé du budget. Der Bürgermeister sprach.",
        "The “big” plan is “new”.",                  // scare quotes of one to three words
        "To say the least, the report was long.",     // a cue after "to"
    ]

    @Test func documentsWithoutAttributionsGetTheEmptyReport() throws {
        let workspace = SourcesWorkspace()
        let busy = try CoreAnalysis().analyze(text: "“It's over,” said Ana Lima, the mayor. Officials said the plan failed.", language: .english)
        for text in Self.texts {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            // Between documents with sources, so the reused buffers and registry hold something.
            _ = ReportBuilder(document: busy, lexicon: .shared, workspace: workspace).build()
            for report in [ReportBuilder(document: document, lexicon: .shared, workspace: workspace).build(),
                           ReportBuilder(document: document, lexicon: .shared, workspace: SourcesWorkspace()).build()] {
                #expect(report.attributions.isEmpty, "\(text)")
                #expect(report.sources.isEmpty, "\(text)")
                #expect(report.distinctSources == 0 && report.named == 0 && report.anonymous == 0, "\(text)")
                #expect(report.organizations == 0 && report.documents == 0 && report.directQuotes == 0, "\(text)")
                #expect(report.quotedWordShare == 0 && !report.singleSource && !report.anonymousMajority, "\(text)")
            }
        }
        // The next document with sources is reported as by a fresh workspace.
        #expect(ReportBuilder(document: busy, lexicon: .shared, workspace: workspace).build()
                == ReportBuilder(document: busy, lexicon: .shared, workspace: SourcesWorkspace()).build())
    }

    /// The branch-free scan for a possible cue stops where testing each token in turn stops.
    @Test func cueScanMatchesTheTokenTests() throws {
        let lexicon = SourcesLexicon.shared
        let texts = ["“It's over,” said Ana Lima. The council's vote, she added, was “deeply disappointing.”",
                     "No cue here, only words: Paris, Berlin; and 1,000.5 numbers.", "", "said",
                     "\"We said it,\" according to officials, who told reporters: \"said, says, told.\" Later he argued."]
        for text in texts {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            let view = TokenView(document)
            view.traits.withUnsafeBufferPointer { traits in
                view.hashes.withUnsafeBufferPointer { hashes in
                    for start in 0...traits.count {
                        let expected = (start..<traits.count).first { view.isWord($0) && view.quoteOf($0) < 0 && lexicon.mayStartCue(view.hashes[$0]) } ?? traits.count
                        #expect(lexicon.firstPossibleCue(in: start..<traits.count, traits: traits, hashes: hashes) == expected, "\(text) \(start)")
                    }
                }
            }
        }
    }

    /// The first-word filter never turns away a phrase that is an organization of several words.
    @Test func organizationFilterKeepsEveryOrganizationPhrase() throws {
        let lexicon = SourcesLexicon.shared
        let texts = ["The White House said, and the Associated Press reported, that the United Nations and the European Commission agreed.",
                     "WHITE HOUSE officials: the white  house, White\nHouse, White-House. Foreign Ministry spokesman David Mullen"]
        var organizations = 0
        for text in texts {
            let document = try CoreAnalysis().analyze(text: text, language: .english)
            let view = TokenView(document)
            let finder = SpeakerFinder(view: view, lexicon: lexicon)
            for start in view.tokens.indices {
                for end in stride(from: start + 2, through: min(view.tokens.count, start + 6), by: 1) {
                    guard lexicon.organizations.contains(view.phraseHash(start..<end)) else { continue }
                    organizations += 1
                    #expect(finder.mayBeOrganizationPhrase(start..<end), "\(view.text(start..<end))")
                }
            }
        }
        #expect(organizations >= 5)
        #expect(!lexicon.organizationFirstWords.contains(TermHash.hash("david")))
    }
}
