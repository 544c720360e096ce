import Testing
@testable import Copydesk

struct NewsCleanerTests {
    static let body = """
    Harbor Board Picks New Director

    The Eastport Harbor Authority on Monday named Ana Ruiz, a former Navy logistics officer, as its next director, ending a six-month search that had divided the board.

    Ruiz, 52, will oversee a port that handled more than 400,000 containers last year and is in the middle of a $200 million dredging project. She replaces Paul Yates, who retired in June after eleven years in the job.

    "She knows how ships move, and she knows how money moves," said board chair Tom Becker, who had pushed for an outside candidate. Two board members voted against her appointment, saying the authority should have promoted from within.

    Ruiz said her first task would be to finish the dredging work on time and to repair relations with the dockworkers' union, whose contract expires next spring.
    """

    static let scraped = """
    Ana Ruiz speaks to reporters at the harbor on Monday.

    Ana Ruiz speaks to reporters at the harbor on Monday. Jane Smith/AP Photo

    By Kim Lee

    \(body)

    Share this article

    Advertisement

    Related Stories

    Port Strike Looms As Talks Stall

    City Council Approves Budget

    X
    This website uses cookies to improve your experience. By continuing to browse you agree to our cookie policy and privacy policy.
    Accept Cookies
    Manage Preferences

    © 2026 Eastport Daily. All rights reserved.
    """

    static func labels(_ text: String) throws -> [(BlockLabel, String)] {
        let document = try Document(text: text, segmenter: Segmenter(), cleaner: NewsCleaner())
        return (document.cleaning?.blocks ?? []).map { ($0.label, document.string($0.range)) }
    }

    @Test func labelsEachKindOfBlock() throws {
        let labels = try Self.labels(Self.scraped)
        func label(of prefix: String) -> BlockLabel? { labels.first { $0.1.hasPrefix(prefix) }?.0 }
        #expect(labels[0].0 == .caption)
        #expect(labels[1].0 == .credit)
        #expect(label(of: "By Kim Lee") == .byline)
        #expect(label(of: "Harbor Board Picks") == .title)
        #expect(label(of: "The Eastport Harbor Authority on Monday") == .dek || label(of: "The Eastport Harbor Authority on Monday") == .body)
        #expect(label(of: "Ruiz, 52") == .body)
        #expect(label(of: "\"She knows") == .body)
        #expect(label(of: "Ruiz said her first task") == .body)
        for boilerplate in ["Share this article", "Advertisement", "Related Stories", "Port Strike Looms", "X", "This website uses cookies",
                            "Accept Cookies", "Manage Preferences", "© 2026"] {
            #expect(label(of: boilerplate) == .boilerplate, "\(boilerplate)")
        }
    }

    /// "Photo: Name/Agency" and "Foto: Agentur" label credits; "photo" in a sentence does not.
    @Test func creditLabelBeforeAColonMarksACredit() throws {
        let text = """
        Firefighters douse the warehouse on Elm Street late Tuesday. Photo: Dana Kim/Staff

        \(Self.body)

        Feuerwehrleute am Lagerhaus. Foto: dpa

        The photo archive: a hundred years of harbor life, opening in the spring at the city museum on Pier Street.

        She posted the photo: a dog asleep on the ferry.
        """
        let labels = try Self.labels(text)
        func label(of prefix: String) -> BlockLabel? { labels.first { $0.1.hasPrefix(prefix) }?.0 }
        #expect(label(of: "Firefighters douse") == .credit)
        #expect(label(of: "Feuerwehrleute") == .credit)
        #expect(label(of: "The photo archive") != .credit)
        #expect(label(of: "She posted the photo") != .credit)
    }

    /// A wire brief that is all figures is no scraped page: kept as body, not dropped whole.
    @Test func aBriefOfFiguresIsKeptWhole() throws {
        let brief = "Shr 36 cts vs 31 cts\n\nNet 26,158,000 vs 21,798,000\n\nRevs 1.05 billion vs 844.2 mln"
        #expect(try Self.labels(brief).map(\.0) == [.body, .body, .body])
        let bannerOnly = "We use cookies to improve your experience.\n\nAccept all\n\nManage preferences"
        #expect(try Self.labels(bannerOnly).allSatisfy { !$0.0.isKept })
    }

    @Test func readabilityOfABannerTailedArticleEqualsTheCleanBody() throws {
        let core = CoreAnalysis(cleaner: NewsCleaner(), bodyOnly: true)
        let scraped = try core.analyze(text: Self.scraped, language: .english).readability
        let clean = try core.analyze(text: Self.body, language: .english).readability
        #expect(scraped == clean)
        let uncleaned = try CoreAnalysis().analyze(text: Self.scraped, language: .english).readability
        #expect(uncleaned.counts.words > scraped.counts.words + 40)
    }

    @Test func droppedBlocksAreReportedWithOffsetsIntoTheInput() throws {
        let document = try Document(text: Self.scraped, segmenter: Segmenter(), cleaner: NewsCleaner())
        let report = try #require(document.cleaning)
        #expect(report.dropped.count >= 12)
        #expect(document.string(report.dropped.last!.range).hasPrefix("© 2026"))
        // Kept analysis never includes dropped text.
        for sentence in document.sentences {
            #expect(!document.string(sentence.range).contains("cookie"))
        }
    }

    @Test func plainArticlesAndWireTablesAreKept() throws {
        let wire = """
        Acme Corp said fourth-quarter profit rose on higher sales of industrial pumps.

        Shr profit 18 cts vs loss four cts
        Net profit 1,847,000 vs loss 282,000
        Revs 25.9 mln dlrs vs 8,626,000 dlrs

        The company said it expects demand to remain strong in the first half of the year.
        """
        let labels = try Self.labels(wire)
        #expect(labels.allSatisfy { $0.0.isKept }, "\(labels.filter { !$0.0.isKept })")
        let short = try Self.labels("The mayor spoke. Nobody listened.")
        #expect(short.map(\.0) == [.body])
    }

    @Test func financeWordsAreNotPhotoCredits() throws {
        let text = """
        Total credit granted by the finance companies rose to 77 billion crowns in 1986, the industry association said in an interview with Reuters on Tuesday.

        The association expects credit growth to slow this year as banks tighten their lending standards and the central bank raises rates.
        """
        #expect(try Self.labels(text).allSatisfy { $0.0 == .body })
    }

    @Test func emptyText() throws {
        #expect(try Self.labels("").isEmpty)
    }

    @Test func aLedeWithADatelineIsBodyNotDek() throws {
        let text = """
        Port Names New Chief

        EASTPORT — The harbor authority on Monday named a new director after a six-month search.

        The board voted 5-2, with two members saying the authority should have promoted from within its own staff.
        """
        let labels = try Self.labels(text)
        #expect(labels.map(\.0) == [.title, .body, .body])
    }

    @Test func textFromAnHTMLExtractorLosesOnlyExplicitBoilerplate() throws {
        let text = """
        Use the fetch API like this:

        fetch("/login", { method: "POST" })

        });

        Subheading Without Punctuation

        We use cookies. Accept our cookie policy.
        """
        let document = try Document(text: text, segmenter: Segmenter(), cleaner: NewsCleaner(preExtracted: true))
        let labels = (document.cleaning?.blocks ?? []).map { ($0.label, document.string($0.range)) }
        #expect(labels.filter { !$0.0.isKept }.map(\.1) == ["We use cookies. Accept our cookie policy."])
    }

    /// Property: repeats found through the counts of spaces and characters are those that
    /// hashing every block finds.
    @Test func repeatsMatchHashingEveryBlock() {
        var text = "Share this\nREPLY\nShare this\nDon\u{2019}t miss\nreply\nDon't miss\nOne two\nshare THIS\nA B\nOne tw\u{212A}\nOne twk\n\u{212A} B"
        text.withUTF8 { bytes in
            var blocks: [TextRange] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                blocks.append(TextRange(start: start, end: index))
                start = index + 1
            }
            var features = blocks.map { block in
                var features = BlockFeatures()
                features.spaceBytes = bytes[block.offsets].filter { $0 == 0x20 }.count
                features.characters = String(decoding: UnsafeBufferPointer(rebasing: bytes[block.offsets]), as: UTF8.self)
                    .unicodeScalars.filter { $0 != " " }.count
                return features
            }
            NewsCleaner.markRepeats(in: &features, of: blocks, bytes)
            let keys = blocks.map { TermHash.hash(UnsafeBufferPointer(rebasing: bytes[$0.offsets])) }
            #expect(features.map(\.isRepeat) == keys.indices.map { index in keys[..<index].contains(keys[index]) })
            #expect(features.map(\.occurrences) == keys.map { key in keys.filter { $0 == key }.count })
            #expect(features.contains { $0.isRepeat })
        }
    }

    /// Property: the teaser-card check finds a repeated phrase exactly where comparing the
    /// text at every space after the first half's phrases does, wherever the block sits in the
    /// buffer (the eight-byte reads stop before its end).
    @Test func repeatsItselfAgreesWithComparingAtEverySpace() {
        func reference(_ block: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = Int(block.start), length = Int(block.end) - start
            var phrase = 1
            while 2 * phrase + 1 <= length {
                if bytes[start + phrase] == 0x20 {
                    let period = phrase + 1
                    var offset = period
                    while offset < length && bytes[start + offset] == bytes[start + offset - period] { offset += 1 }
                    if offset == length { return true }
                }
                phrase += 1
            }
            return false
        }
        var generator = SystemRandomNumberGenerator()
        var texts = ["How to Save Money How to Save Money", "How to Save Money How to Sa", "a a", "ab ab", "ab ac",
                     "Read more Read more Read more", "Read more. Read more", "x", "", "aa aa aa a", "Big news Big newz"]
        for _ in 0..<400 {
            let alphabet: [Character] = ["a", "b", " "]
            texts.append(String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
            let phrase = String((0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let copies = String(repeating: phrase + " ", count: Int.random(in: 1...4, using: &generator))
            texts.append(String(copies.dropLast(Int.random(in: 0...min(5, copies.count), using: &generator))))
        }
        for text in texts {
            for padding in [0, 3, 11] {
                var buffer = String(repeating: "z", count: padding) + text + String(repeating: "q", count: padding / 3)
                buffer.withUTF8 { bytes in
                    let block = TextRange(start: padding, end: padding + text.utf8.count)
                    #expect(NewsCleaner.repeatsItself(block, bytes) == reference(block, bytes), "\(text) at \(padding)")
                }
            }
        }
    }

    @Test func linkTestWithKnownFlagsAgreesWithScanning() {
        for token in ["@handle", "http://x", "www.example", "jane@example.com", "jane@example", "a.b.c", "abc", "x@y."] {
            var copy = token
            copy.withUTF8 { bytes in
                let flags = bytes.contains(0x40) && bytes.contains(0x2E)
                #expect(NewsCleaner.isLinkLike(bytes, hasAtAndPeriod: flags) == NewsCleaner.isLinkLike(bytes), "\(token)")
            }
        }
    }

    /// The test that reads a token's first four bytes at once agrees with the one that reads them
    /// one by one, for tokens of any length, anywhere in a buffer (also within four bytes of its end).
    @Test func linkTestByRangeAgreesWithTheTokenTest() {
        let tokens = ["@handle", "@ab", "@", "http://x", "http", "htt", "https", "Http", "www.example", "www.", "www",
                      "wwwx", "jane@example.com", "a.b@c", "x@y.", "abc", "word", "e", ""]
        for token in tokens {
            for (before, after) in [("", ""), ("say ", ""), ("", " end"), ("ab ", "z"), ("", "."), ("12345678 ", " 12345678")] {
                var buffer = before + token + after
                buffer.withUTF8 { bytes in
                    let start = before.utf8.count, end = start + token.utf8.count
                    let range = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    for flags in [false, true] {
                        #expect(NewsCleaner.isLinkLike(from: start, to: end, in: bytes, hasAtAndPeriod: flags)
                                == NewsCleaner.isLinkLike(range, hasAtAndPeriod: flags), "\(before)|\(token)|\(after) \(flags)")
                    }
                }
            }
        }
    }
}
