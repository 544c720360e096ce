import Testing
@testable import CopydeskHTML

private func extract(_ html: String) -> HTMLArticle {
    HTMLArticleExtractor().extract(Array(html.utf8))
}

private let newsPage = """
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour bridge reopens | The Daily Example</title>
<meta property="og:title" content="Harbour bridge reopens after two-year repair">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge reopens after two-year repair",
 "author":{"@type":"Person","name":"Jane Reporter"},"datePublished":"2024-03-05T08:00:00Z"}
</script>
<style>.x { color: red }</style>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<header><a href="/">The Daily Example</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Harbour bridge reopens after two-year repair</h1>
<p class="byline">By <a rel="author" href="/staff/jane">Jane Reporter</a>, <time datetime="2024-03-05T08:00:00Z">5 March 2024</time></p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<p>The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it for urgent repairs to its steel cables.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>Cars cross the bridge at dawn.</figcaption></figure>
<p>Officials said the work cost &pound;40&nbsp;million &amp; finished a month early &mdash; a rare outcome for a project of this size. &#8220;It&#8217;s a relief,&#8221; said the mayor.</p>
<div class="ad-slot">Advertisement</div>
<p>Commuters welcomed the news.<br>Some had driven an extra hour each day.</p>
<script>trackPageView();</script>
<aside><h2>Related</h2><ul><li><a href="/a">Tunnel plans delayed</a></li><li><a href="/b">Ferry fares rise</a></li></ul></aside>
</article>
</main>
<footer><p>&copy; 2024 The Daily Example. All rights reserved.</p></footer>
</body>
</html>
"""

@Suite("HTML article extraction")
struct HTMLArticleExtractorTests {
    @Test func newsPageMetadata() {
        let a = extract(newsPage)
        #expect(a.title == "Harbour bridge reopens after two-year repair")
        #expect(a.byline == "Jane Reporter")
        #expect(a.published == "2024-03-05T08:00:00Z")
        #expect(a.language == "en-GB")
        #expect(a.warnings.isEmpty)
    }

    @Test func newsPageBody() {
        let a = extract(newsPage)
        let blocks = a.text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        #expect(blocks.first == "Harbour bridge reopens after two-year repair")
        #expect(blocks.filter { $0 == "Harbour bridge reopens after two-year repair" }.count == 1)
        #expect(blocks.contains { $0.hasPrefix("The harbour bridge reopened to traffic on Tuesday morning") })
        #expect(blocks.contains("Cars cross the bridge at dawn."))
        #expect(blocks.contains("Officials said the work cost £40 million & finished a month early — a rare outcome for a project of this size. “It’s a relief,” said the mayor."))
        #expect(blocks.contains("Commuters welcomed the news.\nSome had driven an extra hour each day."))
        for boilerplate in ["cookies", "Sport", "Share on", "Advertisement", "Related", "Tunnel plans", "All rights reserved", "trackPageView", "color: red"] {
            #expect(!a.text.contains(boilerplate), "kept \(boilerplate)")
        }
    }

    @Test func densestBlockWithoutArticleElement() {
        let html = """
        <html><body>
        <div id="menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></div>
        <div class="teasers"><p><a href="/x">Ten things you did not know about kettles, number seven will amaze you</a></p></div>
        <div class="wrapper">
          <div class="story">
            <p>Local volunteers planted four hundred trees along the river on Saturday, despite the rain, the cold and a late start.</p>
            <p>The council, which supplied the saplings, said the new woodland would reduce flooding, shade the path and shelter birds.</p>
            <p>Organisers hope to double the number next year, and have asked schools, clubs and businesses to join in.</p>
          </div>
        </div>
        <div class="footer-links"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div>
        </body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("Local volunteers planted four hundred trees"))
        #expect(a.text.contains("Organisers hope to double the number next year"))
        #expect(!a.text.contains("kettles"))
        #expect(!a.text.contains("About us"))
        #expect(!a.text.contains("Privacy"))
        #expect(!a.warnings.contains { $0.contains("no article") })
    }

    @Test func latin1DeclaredByMeta() {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le caf".utf8)
        bytes.append(0xE9) // é in ISO-8859-1
        bytes += Array(" est ouvert tous les jours, du matin au soir, pour tout le quartier.</p></body></html>".utf8)
        let a = HTMLArticleExtractor().extract(bytes)
        #expect(a.text.contains("Le café est ouvert"))
        #expect(a.warnings.isEmpty)
    }

    @Test func latin1DeclaredByHTTPEquiv() {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Na".utf8)
        bytes.append(0xEF) // ï
        bytes += Array("ve people wrote this sentence long enough to be a paragraph of text.</p></body></html>".utf8)
        let a = HTMLArticleExtractor().extract(bytes)
        #expect(a.text.contains("Naïve people"))
    }

    @Test func invalidUTF8WithoutCharsetWarns() {
        var bytes = Array("<html><body><p>Cr".utf8)
        bytes.append(0xE8) // è in windows-1252, invalid as UTF-8 here
        bytes += Array("me br".utf8)
        bytes.append(0xFB)
        bytes += Array("le is a dessert that many people enjoy after dinner.</p></body></html>".utf8)
        let a = HTMLArticleExtractor().extract(bytes)
        #expect(a.warnings.contains { $0.contains("not valid UTF-8") })
        #expect(a.text.contains("Crème brûle is a dessert"))
    }

    @Test func byteOrderMark() {
        let a = HTMLArticleExtractor().extract([0xEF, 0xBB, 0xBF] + Array("<p>Caf\u{E9} society returns to the old town square this summer.</p>".utf8))
        #expect(a.text.hasPrefix("Café society"))
        #expect(a.warnings.isEmpty)
    }

    @Test func truncatedHTML() {
        let a = extract("<html><body><p>Unclosed")
        #expect(a.text.contains("Unclosed"))
    }

    @Test func malformedMarkupNeverCrashes() {
        for html in ["<", "<<<>>>", "</p></div></body>", "<p><b><i>nested</p></b>", "<!--", "<script>", "<html><head><title>x",
                     String(repeating: "<div>", count: 5000) + "deep text here" ] {
            _ = extract(html)
        }
        let deep = extract(String(repeating: "<div>", count: 3000) + "<p>Deep inside many divs, a sentence survives intact.</p>")
        #expect(deep.text.contains("Deep inside many divs"))
    }

    @Test func emptyInput() {
        let a = HTMLArticleExtractor().extract([])
        #expect(a.text.isEmpty)
        #expect(!a.warnings.isEmpty)
    }

    @Test func pageWithoutText() {
        let a = extract("<html><head><script>var x = 1;</script></head><body><div><img src=a.png></div></body></html>")
        #expect(a.text.isEmpty)
        #expect(a.warnings.contains("the page has no text"))
    }

    @Test func hiddenElementsAreDropped() {
        let a = extract("""
        <html><body><article>
        <p>Visible paragraph about the election results in the northern district, counted overnight.</p>
        <p hidden>Hidden by attribute.</p><p aria-hidden="true">Hidden from readers.</p>
        <div style="display: none">Hidden by style.</div>
        </article></body></html>
        """)
        #expect(a.text.contains("Visible paragraph"))
        #expect(!a.text.contains("Hidden"))
    }

    @Test func jsonLDGraphAndAuthorList() {
        let a = extract("""
        <html><head><script type="application/ld+json">
        {"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"Graph \\u00e9 headline",
        "author":[{"name":"A. One"},{"name":"B. Two"}],"datePublished":"2023-01-02"}]}
        </script></head><body><p>Text of the story, long enough to be considered the body of the page.</p></body></html>
        """)
        #expect(a.title == "Graph é headline")
        #expect(a.byline == "A. One, B. Two")
        #expect(a.published == "2023-01-02")
    }

    @Test func classTokens() {
        #expect(HTMLBoilerplateRules.classTokens("shareButtons top-ad") == ["share", "buttons", "top", "ad"])
        #expect(HTMLBoilerplateRules.isBoilerplate(HTMLNode(tag: "div", attributes: ["class": "newsletter-signup"])))
        #expect(!HTMLBoilerplateRules.isBoilerplate(HTMLNode(tag: "div", attributes: ["class": "loader shadow"])))
    }

    /// Property: the ASCII fast path splits as Unicode's properties do, for every ASCII
    /// character around letters, and for class names outside ASCII.
    @Test func classTokensAgreeWithUnicodeProperties() {
        func reference(_ s: String) -> [String] {
            var tokens: [String] = [], current = "", previousLower = false
            for ch in s.unicodeScalars {
                let isUpper = ch.properties.isUppercase
                let isAlnum = ch.properties.isAlphabetic || ("0"..."9").contains(ch)
                if !isAlnum || (isUpper && previousLower) {
                    if !current.isEmpty { tokens.append(current) }
                    current = ""
                }
                if isAlnum { current += String(ch).lowercased() }
                previousLower = isAlnum && !isUpper
            }
            if !current.isEmpty { tokens.append(current) }
            return tokens
        }
        for value in UInt8(0)..<0x80 {
            let text = "aB" + String(UnicodeScalar(value)) + "cD9e"
            #expect(HTMLBoilerplateRules.classTokens(text) == reference(text), "\(value)")
        }
        for text in ["ÉcoleNormale", "artículoPrincipal-1", "новости_Главные", "記事本文 side-bar", "ǅemalĐ"] {
            #expect(HTMLBoilerplateRules.classTokens(text) == reference(text))
        }
    }

    /// Property: class names read from their bytes split as they do character by character.
    @Test func asciiClassTokensAgreeWithTheCharacterPath() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZb-Y_9 c\tQx.0zA:".unicodeScalars)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) { text.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            #expect(HTMLBoilerplateRules.classTokens(text) == HTMLBoilerplateRules.unicodeClassTokens(text), "\(text)")
        }
        #expect(HTMLBoilerplateRules.classTokens("mainText É") == ["main", "text", "é"])
    }

    /// `hasVisibleCharacter` answers as a reading of every character does: for every ASCII byte
    /// alone and between spaces, CR LF, and text outside ASCII (a combining mark on a space is
    /// white space, as its character starts with the space).
    @Test func visibleCharactersAgreeWithCharacterWhiteSpace() {
        func reference(_ text: String) -> Bool { text.contains { !$0.isWhitespace } }
        for value in UInt8(1)..<0x80 {
            for text in [String(UnicodeScalar(value)), " \(UnicodeScalar(value))\r\n"] {
                #expect(text.hasVisibleCharacter == reference(text), "\(value)")
            }
        }
        for text in ["", "\r\n\t ", "\u{A0}\u{2003}", " \u{301}", "\u{301}", "\u{3000}x", "\u{85}", "é"] {
            #expect(text.hasVisibleCharacter == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Property: where a block's bytes decide its text, they decide it as its characters do
    /// (lines end at a line feed character, a space character is dropped at a line's start, a
    /// block of white space characters is none); CR LF, combining marks on spaces, no-break and
    /// ideographic spaces, controls and Arabic's prepended marks included.
    @Test func blockBytesAgreeWithCharacters() {
        let pieces = [" ", "\t", "\n", "\r", "\r\n", "\u{301}", "\u{A0}", "a", "é", "\u{1}", "\u{7F}", "\u{600}", "\u{3000}", "\u{200D}"]
        var generator = SystemRandomNumberGenerator()
        var decided = 0
        for round in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...10, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let bytes = Array(text.utf8), preformatted = round % 3 == 0
            let characters = HTMLBlockRenderer.blockTextByCharacters(bytes, preformatted: preformatted)
            switch HTMLBlockRenderer.blockText(fromBytes: bytes, preformatted: preformatted) {
            case .text(let fromBytes):
                #expect(fromBytes == characters && fromBytes.utf8.elementsEqual(characters?.utf8 ?? "".utf8), "\(bytes)")
                decided += 1
            case .whiteSpace:
                #expect(characters == nil, "\(bytes)")
                decided += 1
            case .undecided:
                break
            }
            #expect(HTMLBlockRenderer.endsWithLineFeed(bytes) == (text.last == "\n"), "\(bytes)")
        }
        #expect(decided > 2_500)
    }

    /// Property: an inline style hides an element as its lowercased, space-free characters say,
    /// whether it is read as bytes (ASCII) or as characters (the Kelvin sign lowercases to "k").
    @Test func hiddenStylesAgreeWithLowercasedCharacters() {
        func reference(_ style: String) -> Bool {
            let compact = style.lowercased().filter { $0 != " " }
            return compact.contains("display:none") || compact.contains("visibility:hidden")
        }
        let pieces = ["display", "DISPLAY", ":", " ", "none", "NoNe", "visibility", "hidden", "HIDDEN", ";", "dis", "play", "\t", "\u{212A}", "é", "İ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var style = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) { style += pieces.randomElement(using: &generator)! }
            #expect(HTMLBoilerplateRules.hidesByStyle(style) == reference(style), "\(style)")
        }
        #expect(HTMLBoilerplateRules.hidesByStyle("color: red; Display : None"))
        #expect(!HTMLBoilerplateRules.hidesByStyle("display:\tnone"))
    }

    /// Attributes answer as the dictionary they replace: the last value of a name given twice,
    /// nil for a name not given, removal by nil.
    @Test func attributesAnswerAsADictionary() {
        var attributes: HTMLAttributes = ["class": "a", "id": "b"]
        attributes["class"] = "c"
        #expect(attributes["class"] == "c" && attributes["id"] == "b" && attributes["style"] == nil)
        attributes["id"] = nil
        #expect(attributes["id"] == nil && attributes["class"] == "c")
    }

    /// Property: collapsing white space from bytes (ASCII) gives what splitting at white-space
    /// characters gives.
    @Test func collapsedAgreesWithCharacterSplitting() {
        let pieces = [" ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "a", "Bc", "\u{1}", "\u{7F}", "\u{A0}", "é", " \u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...10, using: &generator) { text += pieces.randomElement(using: &generator)! }
            #expect(text.collapsed == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func teaserListItemsDoNotOutscoreTheStory() {
        // List items holding blocks are containers, not paragraphs: a long teaser stream must not win.
        let teaser = """
        <li><div><h3><a href="/t">A teaser headline that links elsewhere</a></h3><div><p>A teaser summary, long enough to read like prose, with commas, clauses, and a second sentence. It goes on.</p></div></div></li>
        """
        let html = """
        <html><body>
        <div class="main"><div class="story">
          <p>The harbour reopened on Monday after a week of repairs, and the first ferry left on time.</p>
          <p>Engineers replaced two pilings, a gangway and the lights, and said the quay was safe again.</p>
        </div></div>
        <div class="stream"><ul>\(String(repeating: teaser, count: 8))</ul></div>
        </body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("The harbour reopened on Monday"))
        #expect(a.text.contains("Engineers replaced two pilings"))
        #expect(!a.text.contains("A teaser summary"))
    }

    @Test func referenceListKeepsBacklinks() {
        // A one-character backlink span is not a link cluster; the reference list stays whole.
        var refs = ""
        for i in 1...12 {
            refs += "<li id=\"cite_note-\(i)\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-\(i)\">^</a></b></span> <span class=\"reference-text\">Author \(i), A. (2010). <a href=\"/book\\(i)\">A Book Title</a>. Publisher, City. p. \(i).</span></li>"
        }
        let html = """
        <html><body><div class="mw-parser-output">
        <p>The river rises in the hills, runs east through farmland, and reaches the sea at the old port.[1]</p>
        <p>Its valley was settled early, and the town grew up around a ford, a mill and a market.[2]</p>
        <h2>References</h2>
        <div class="reflist"><ol class="references">\(refs)</ol></div>
        </div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("^ Author 3, A. (2010). A Book Title. Publisher, City. p. 3."))
    }

    @Test func stepsUnderACommonAncestorAreAllKept() {
        // Several strong candidates under one ancestor (readability.js's rule): the ancestor is the root.
        var steps = ""
        for i in 1...5 {
            steps += "<div class=\"mod step\"><div class=\"stepContent\"><div class=\"content\"><p>Step \(i): trim the stems, soak the foam, press the moss down firmly, and wait an hour before the next part.</p></div></div></div>"
        }
        let html = """
        <html><body><div class="col-main">
        <div class="mod step"><div class="stepContent"><div class="content lead"><p>Terrariums are easy to make, cheap to keep, and pretty on a shelf, a desk or a windowsill, and they need little water.</p></div></div></div>
        \(steps)
        </div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("Terrariums are easy to make"))
        for i in 1...5 { #expect(a.text.contains("Step \(i): trim the stems")) }
    }

    @Test func bodySplitAcrossContainersIsJoined() {
        // The body continues in another block with the same class, at a different depth.
        let html = """
        <html><body><div id="page">
        <div class="wrap"><div class="post-text"><p>The first part of the story begins here, with a storm, a stranded boat and a long night at sea.</p>
        <p>By morning the crew had drifted, cold and hungry, toward an island that was not on their charts.</p></div></div>
        <figure><img src="a.jpg"><figcaption>The island</figcaption></figure>
        <div class="outer"><div class="inner"><div class="post-text"><p>The second part follows them ashore, where they found a well, a hut and, to their surprise, a goat.</p>
        <p>They were rescued a week later, thinner, sunburnt, and with a story they still tell every winter.</p></div></div></div>
        <div class="links"><a href="/a">Another story</a> <a href="/b">More stories</a></div>
        </div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("The first part of the story"))
        #expect(a.text.contains("The second part follows them ashore"))
        let blocks = a.text.split(separator: "\n\n").map(String.init)
        let first = blocks.firstIndex { $0.hasPrefix("The first part") }, second = blocks.firstIndex { $0.hasPrefix("The second part") }
        #expect(first != nil && second != nil && first! < second!)
        #expect(!a.text.contains("Another story"))
    }

    @Test func moreIsNotABoilerplateClass() {
        #expect(!HTMLBoilerplateRules.isBoilerplate(HTMLNode(tag: "section", attributes: ["class": "more-features"])))
    }

    @Test func ledeBesideAReadMoreContainerIsKept() {
        let para = "The committee met again on Thursday, heard from the engineers, the residents and the insurers, and adjourned without a vote."
        let rest = (1...12).map { "<p>Paragraph \($0): \(para)</p>" }.joined()
        let html = """
        <html><body><div id="page"><div class="story-body">
        <div class="intro"><p><strong>THE bridge inquiry opened with a warning, a long list of defects and an apology from the builder.</strong></p></div>
        <p>Opening: the first witness, a retired inspector, described cracks, rust and missing bolts in plain words.</p>
        <p>Second: the builder's lawyer objected, twice, and was overruled both times by the chair.</p>
        <div class="more"><div class="more-link"><a href="#">Read more</a></div><div class="more-content">\(rest)</div></div>
        </div></div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("THE bridge inquiry opened with a warning"))
        #expect(a.text.contains("Opening: the first witness"))
        #expect(a.text.contains("Paragraph 12:"))
    }

    @Test func classedLinkInsideASentenceIsKept() {
        let html = """
        <html><body><div class="text">
        <p>The clerk looked up, said nothing, and <a href="#" class="popup" onclick="note()">silently retired into his office</a>, as he had done every morning, every noon and every evening.</p>
        <p>He <a class="popup" href="#">answered nothing</a>.</p>
        <p>By the end of the week the partners, the copyists and even the errand boy had begun to talk about him, quietly, in corners.</p>
        </div><div class="popup-box"><a href="#">Close this window</a></div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("and silently retired into his office, as he had done"))
        #expect(a.text.contains("He answered nothing."))
        #expect(!a.text.contains("Close this window"))
    }

    @Test func listOfLinksInsideTheArticleIsKeptButALinkBarIsNot() {
        let html = """
        <html><body><article>
        <h1>What changed this month</h1>
        <p>The team fixed a long list of problems this month, most of them reported by volunteers, testers and translators.</p>
        <p>Here are the fixes that landed, in the order they were merged, with links to the discussions behind them.</p>
        <ul><li><a href="/b/1">Issue 101: the window no longer opens off screen</a></li>
        <li><a href="/b/2">Issue 102: saved passwords survive an update</a></li></ul>
        <p>Thanks to everyone who tested the nightly builds, filed reports and helped reproduce the crashes.</p>
        <div class="bar"><a href="/x">Home</a> <a href="/y">Archive</a> <a href="/z">Contact</a></div>
        </article></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("Issue 101: the window no longer opens off screen"))
        #expect(a.text.contains("Issue 102: saved passwords survive an update"))
        #expect(!a.text.contains("Archive"))
    }

    @Test func paragraphThatIsOneLinkIsKept() {
        let html = """
        <html><body><div class="story">
        <p>The city council voted on Monday to extend the tram line to the airport, after two years of studies, hearings and delays.</p>
        <p><a href="/tram-history">Related: How the old tram network was torn up</a></p>
        <p>Work is due to start next spring, and the first trams should run, if all goes well, before the end of the decade.</p>
        <p>Residents along the route, many of whom opposed the plan, will be offered help with noise insulation and parking.</p>
        </div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("Related: How the old tram network was torn up"))
    }

    @Test func frontPageOfArticleCardsKeepsEveryCard() {
        let cards = [
            "Harbour bridge reopens after a two-year repair, with new cables, lights and a wider footpath for walkers.",
            "The library extends its opening hours, adding Sunday afternoons, evening study rooms and a children's corner.",
            "A school choir wins the regional final, singing three songs, one of them written by a pupil, in front of judges.",
            "Farmers warn that the dry spring, the late frost and rising costs could mean a smaller harvest this year.",
        ]
        let items = cards.enumerated().map { "<li><article><h2><a href=\"/\($0.offset)\">Story \($0.offset)</a></h2><p>\($0.element)</p></article></li>" }.joined()
        let html = "<html><body><main><h1>Today's news</h1><ul>\(items)</ul></main></body></html>"
        let a = extract(html)
        for card in cards { #expect(a.text.contains(card)) }
    }

    @Test func shortBylineAndDatelineAreDroppedEvenWithArticleInTheirClass() {
        let html = """
        <html><body><article class="post">
        <h1>Ferry service resumes</h1>
        <div class="article-dateline"><time datetime="2024-05-02">May 2, 2024 at 6:01 am</time> <time>Updated May 3, 2024</time></div>
        <div class="post-author"><a href="/staff/sam">Sam Writer</a> Thursday, May 2, 2024</div>
        <p>The island ferry resumed its daily crossings on Thursday, after a storm, a strike and a broken engine kept it in port for a month.</p>
        <p>Passengers, most of them commuters and students, queued from dawn, and the first boat left full, on time and to applause.</p>
        <section class="article-author"><h4>About the author</h4><p class="article-author-bio">Sam Writer covers transport.</p></section>
        </article></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("The island ferry resumed"))
        #expect(!a.text.contains("6:01 am"))
        #expect(!a.text.contains("Thursday, May 2, 2024"))
        #expect(a.text.contains("Sam Writer covers transport."))
    }

    @Test func headingLeftAtTheEndWithoutTextIsDropped() {
        let html = """
        <html><body><article>
        <h1>Ferry service resumes</h1>
        <p>The island ferry resumed its daily crossings on Thursday, after a storm, a strike and a broken engine kept it in port.</p>
        <h2>What passengers said</h2>
        <p>Passengers, most of them commuters and students, queued from dawn, and the first boat left full, on time and to applause.</p>
        <h3>Get our newsletter</h3>
        <form><input type="email"><button>Sign up</button></form>
        </article></body></html>
        """
        let blocks = extract(html).text.split(separator: "\n\n").map(String.init)
        #expect(blocks.contains("What passengers said"))
        #expect(blocks.last?.hasPrefix("Passengers, most of them commuters") == true)
        #expect(!blocks.contains("Get our newsletter"))
    }

    @Test func wordPressLikeAndShareBoxIsDropped() {
        let html = """
        <html><body><div class="entry-content">
        <p>The allotment society held its spring show on Saturday, with prizes for onions, leeks, jam and the longest runner bean.</p>
        <p>The judges, three retired gardeners and a chef, took the whole morning and argued, politely, about the chutney.</p>
        <div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
        </div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("The allotment society held its spring show"))
        #expect(!a.text.contains("Like this:"))
        #expect(!a.text.contains("Loading..."))
    }

    @Test func headerHoldingOnlyALedeIsKept() {
        let html = """
        <html><body><header><a href="/">The Daily Example</a><nav><a href="/news">News</a></nav></header>
        <div itemprop="articleBody">
        <header>Engineers say the old harbour bridge can carry trains again, but only if the city pays for new cables first.</header>
        <p>The report, two years in the making, found rust in the anchorages, cracked welds and a deck that sags in summer.</p>
        <p>The council will debate the findings next month, and a vote on funding, the mayor said, could follow in the spring.</p>
        </div></body></html>
        """
        let a = extract(html)
        #expect(a.text.contains("Engineers say the old harbour bridge can carry trains again"))
        #expect(!a.text.contains("The Daily Example"))
    }
}
