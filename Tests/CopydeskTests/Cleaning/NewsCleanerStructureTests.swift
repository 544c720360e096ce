import Testing
@testable import Copydesk

/// Rules of the news cleaner that look past one block and its neighbours: lists inside the
/// article, and stretches of prose cut off from it.
struct NewsCleanerStructureTests {
    /// A long article (about 330 words) for rules that weigh an island against it.
    static let longArticle = """
    Library Reopens After Flood Repairs

    The Millbrook public library reopened on Saturday, fourteen months after a burst water main flooded its basement and ruined more than twenty thousand books, maps and old newspapers.

    Volunteers lined up before the doors opened, and the head librarian, Ruth Okafor, said the first hour brought more visitors than a usual week. Many of them came to see the new reading room, which was built where the old storage area used to be.

    The repairs cost the town about 3.4 million dollars, most of it paid by insurance and a state grant for public buildings. The council had argued for months about whether to rebuild on the same site or move the library to the old school on the hill.

    In the end the council voted to stay, saying that the building was part of the town's history and that people without cars could still walk there from the center. Two members voted against the plan because they feared another flood.

    To protect the collection, the town moved the rare books to the second floor and put pumps and water alarms in the basement. The new heating system is also above ground now, and the electrical boxes sit on raised platforms.

    Okafor said that the staff had spent the winter in a rented shop on the main street, where they could only keep a small part of the collection. Children's story hours moved to the church hall, and the computer classes for older residents stopped altogether.

    Those classes will start again next month, along with a new program that helps people fill in forms for benefits and jobs. The library also plans to open on Sunday afternoons for the first time in its history, if enough volunteers sign up.
    """

    @Test func aListOfClausesBetweenParagraphsIsKept() throws {
        let text = """
        The report lists the changes the council wants before the next winter season begins in the valley.

        the bus to the hospital should run every half hour

        the bridge on the river road needs new lights

        the old school should become a shelter for the homeless

        The council will vote on the report next month, and the mayor has said she supports most of it.
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.allSatisfy { $0.0.isKept }, "\(labels.filter { !$0.0.isKept })")
    }

    @Test func aCodeListingBetweenParagraphsIsKept() throws {
        let text = """
        To try the new parser, build the small example program below and run it on a text file of your own, such as a saved letter or a page of notes from the last meeting.

        $ cc -O2 count.c -o count

        $ ./count letter.txt

        and the counting function itself:

        int count(const char *s) {

        int n = 0;

        while (*s) { n += (*s++ == ' '); }

        return n;

        }

        The function only counts the spaces, so a text with several spaces in a row will give a number that is a little too high, and a text that ends with a word will give one too few.
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.allSatisfy { $0.0.isKept }, "\(labels.filter { !$0.0.isKept })")
    }

    @Test func codeLikeLinesAfterTheArticleAreStillDropped() throws {
        let text = """
        To try the new parser, build the small example program below and run it on a text file of your own, such as a saved letter or a page of notes from the last meeting.

        The function only counts the spaces, so a text with several spaces in a row will give a number that is a little too high, and a text that ends with a word will give one too few.

        [Home] [Archive] [Contact]

        #tags #code #c
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.filter { !$0.0.isKept }.map(\.1) == ["[Home] [Archive] [Contact]", "#tags #code #c"])
    }

    @Test func aListOfReferencesAfterTheArticleIsKept() throws {
        let references = [
            "^ Okafor, Ruth (2019). \"Saving a Flooded Library\". Library Journal. Retrieved 3 May 2020.",
            "^ a b \"Millbrook Council Minutes, March 2018\". Town of Millbrook.",
            "^ Hale, Peter (12 June 2018). \"Insurance covers most of the repairs\"",
            ". Valley Courier. Retrieved 4 May 2020.",
            "^ \"State grants for public buildings\". Department of Culture. 2017.",
        ]
        let text = Self.longArticle + "\nReferences\n\nShare\n\nPrint\n\n" + references.joined(separator: "\n\n") + "\n\nAbout us\n\nContact\n\nJobs\n"
        let labels = try NewsCleanerTests.labels(text)
        let kept = Set(labels.filter { $0.0.isKept }.map(\.1))
        #expect(references.allSatisfy { kept.contains($0) }, "\(labels.filter { !$0.0.isKept })")
        #expect(!kept.contains("About us") && !kept.contains("Share"))
    }

    @Test func theCaptionsOfAPhotoGalleryAreDropped() throws {
        let captions = [
            "The old reading room in 1962, when the library still lent records and held dances for the young people of the town on Friday nights.",
            "Water stands a metre deep in the basement on the morning after the main burst, and the pumps of the fire brigade are still running.",
            "Volunteers carry boxes of wet newspapers to the trucks that took them to a freezer plant, where they were dried over the summer.",
            "The new reading room, built where the storage area used to be, is full of light and has seats for more than sixty readers at once.",
        ]
        var gallery = ""
        for (number, caption) in captions.enumerated() {
            gallery += "\(number + 1)/\(captions.count)\n\n\(caption)\n\n"
        }
        let text = Self.longArticle + "\n" + gallery
        let labels = try NewsCleanerTests.labels(text)
        let kept = Set(labels.filter { $0.0.isKept }.map(\.1))
        #expect(captions.allSatisfy { !kept.contains($0) }, "\(labels.filter { $0.0.isKept }.suffix(8))")
        #expect(kept.contains { $0.hasPrefix("Those classes will start again") })
    }

    /// A lead paragraph above a gallery whose captions come before their counters ("Hide
    /// Caption", "1 of 4") is part of the article, not an island cut off from it.
    @Test func aLeadAboveAPhotoGalleryIsKept() throws {
        let lead = "Millbrook (Daily Star) The town's library opened its doors again on Saturday. Hundreds of people queued in the rain to see the rooms that the water had ruined."
        let captions = [
            "The old reading room in 1962, when the library still lent records.",
            "Water stands a metre deep in the basement on the morning after the main burst.",
            "Volunteers carry boxes of wet newspapers to the trucks.",
            "The new reading room, built where the storage area used to be.",
        ]
        var gallery = "Photos:\n\nIn photos: The flood and the rebuilding\n\n"
        for (number, caption) in captions.enumerated() {
            gallery += "\(caption)\n\nHide Caption\n\n\(number + 1) of \(captions.count)\n\n"
        }
        let body = Self.longArticle.split(separator: "\n\n").dropFirst().joined(separator: "\n\n")
        let labels = try NewsCleanerTests.labels(lead + "\n\n" + gallery + body)
        let kept = labels.filter { $0.0.isKept }.map(\.1)
        #expect(kept.contains(lead), "\(labels.prefix(6))")
        #expect(kept.contains { $0.hasPrefix("Those classes will start again") })
        #expect(kept.contains { $0.hasPrefix("The Millbrook public library reopened") })  // right after the last counter
        #expect(captions.allSatisfy { !kept.contains($0) })
    }

    /// The prose of a consent dialog after the article, among its cookie lines, is dropped
    /// however long it is.
    @Test func theProseOfAConsentDialogIsDropped() throws {
        let dialogProse = "Under the privacy laws of several states, you have the right to object to the sale of your personal information to third parties. These partners collect information for analytics and to show you advertising that matches your interests, and they may keep it for up to two years after your last visit to our pages."
        let text = Self.longArticle + """


        Strictly Necessary Cookies - Always Active

        We do not allow you to opt out of our certain cookies, as they are necessary for the site to work.

        Advertising Cookies

        \(dialogProse)

        Performance Cookies

        Analytics cookies help us count visits and see which pages are the most popular.

        Save Settings
        """
        let labels = try NewsCleanerTests.labels(text)
        let kept = labels.filter { $0.0.isKept }.map(\.1)
        #expect(!kept.contains(dialogProse), "\(labels.suffix(8))")
        #expect(kept.contains { $0.hasPrefix("Those classes will start again") })
    }

    @Test func aParagraphBetweenAdLabelsIsKept() throws {
        let paragraph = "Nobody in the town had expected the river to rise so fast in a dry spring, and the old pumps had not been tested for years"
        let text = """
        The Millbrook public library reopened on Saturday, fourteen months after a burst water main flooded its basement and ruined more than twenty thousand books, maps and old newspapers.

        Advertisement

        \(paragraph)

        Advertisement

        Volunteers lined up before the doors opened, and the head librarian, Ruth Okafor, said the first hour brought more visitors than a usual week.
        """
        let labels = try NewsCleanerTests.labels(text)
        let kept = labels.filter { $0.0.isKept }.map(\.1)
        #expect(kept.contains(paragraph), "\(labels)")
        #expect(!kept.contains("Advertisement"))
    }

    @Test func aSubheadingRepeatingTheContentsIsKept() throws {
        let text = """
        Contents

        The flood

        The repairs

        What comes next

        The Millbrook public library reopened on Saturday, fourteen months after a burst water main flooded its basement and ruined more than twenty thousand books, maps and old newspapers.

        The repairs

        The repairs cost the town about 3.4 million dollars, most of it paid by insurance and a state grant for public buildings, and took longer than planned because of a shortage of builders.
        """
        let labels = try NewsCleanerTests.labels(text)
        let kept = labels.filter { $0.0.isKept }.map(\.1)
        #expect(kept.contains("The repairs"), "\(labels)")
        #expect(!kept.contains("Contents") && !kept.contains("The flood"))
    }

    @Test func aTeaserCardRepeatingItsTitleIsDropped() throws {
        let card = "Why Libraries Still Matter in Small Towns Why Libraries Still Matter in Small Towns Why Libraries Still Ma"
        let text = """
        The Millbrook public library reopened on Saturday, fourteen months after a burst water main flooded its basement and ruined more than twenty thousand books, maps and old newspapers.

        \(card)

        Volunteers lined up before the doors opened, and the head librarian, Ruth Okafor, said the first hour brought more visitors than a usual week in the old building.
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.map(\.0.isKept) == [true, false, true], "\(labels)")
    }

    /// A scraper that doubled a whole article gives a long block that repeats itself: no teaser.
    @Test func aLongParagraphWrittenTwiceIsNoTeaserCard() throws {
        let paragraph = "The Millbrook public library reopened on Saturday, fourteen months after a burst water main flooded its basement and ruined more than twenty thousand books, maps and old newspapers, and volunteers lined up before the doors opened."
        let labels = try NewsCleanerTests.labels(paragraph + " " + paragraph)
        #expect(labels.map(\.0) == [.body], "\(labels)")
    }

    @Test func aListIntroducedByAColonIsKept() throws {
        let items = [
            "the bus to the hospital should run every half hour on weekdays",
            "the bridge on the river road needs new lights before the winter",
            "the old school should become a shelter for the homeless of the valley",
        ]
        let text = """
        The report lists the changes the council wants before the next winter season begins in the valley and the roads close.

        Advertisement

        In the report, the council also asks that:

        \(items.joined(separator: "\n\n"))

        The council will vote on the report next month, and the mayor has said she supports most of it, though not the shelter.
        """
        let labels = try NewsCleanerTests.labels(text)
        let kept = Set(labels.filter { $0.0.isKept }.map(\.1))
        #expect(items.allSatisfy { kept.contains($0) }, "\(labels)")
        #expect(!kept.contains("Advertisement"))
    }

    @Test func moreInAClauseIsNoBoilerplateCue() throws {
        let items = [
            "the bus to the hospital should run every half hour on weekdays",
            "the town is becoming more diverse and more tolerant with every passing year",
            "the old school should become a shelter for the homeless of the valley",
        ]
        let text = """
        The report lists the changes the council wants before the next winter season begins in the valley and the roads close.

        \(items.joined(separator: "\n\n"))

        The council will vote on the report next month, and the mayor has said she supports most of it, though not the shelter.
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.allSatisfy { $0.0.isKept }, "\(labels.filter { !$0.0.isKept })")
    }

    @Test func aListOfThingsAfterAColonIsKept() throws {
        let items = ["Two glass jars", "Garden soil", "Small stones", "A spoon with a long handle"]
        let text = """
        A bottle garden takes an afternoon to build, and it will grow for years on a windowsill if you keep the lid on and the soil damp.

        You will need:

        \(items.joined(separator: "\n\n"))

        Start by washing the jars and drying them well, because any soap left inside will harm the small plants you put in later.
        """
        let labels = try NewsCleanerTests.labels(text)
        let kept = Set(labels.filter { $0.0.isKept }.map(\.1))
        #expect(items.allSatisfy { kept.contains($0) }, "\(labels)")
    }

    @Test func searchInASubheadingIsNoBoilerplateCue() throws {
        let items = ["Two boats on the lower river", "A helicopter from the coast", "Dogs from the next valley"]
        let text = """
        The storm cut the road to the valley on Tuesday night, and the rescue teams needed more than a day to reach the farms above the river.

        The teams used:

        \(items.joined(separator: "\n\n"))

        Search and rescue

        By Thursday morning every family had been found, and the last of them were taken to the school hall in the town.
        """
        let labels = try NewsCleanerTests.labels(text)
        let kept = Set(labels.filter { $0.0.isKept }.map(\.1))
        #expect(items.allSatisfy { kept.contains($0) } && kept.contains("Search and rescue"), "\(labels)")
    }

    @Test func aPlaceholderRepeatedBetweenParagraphsIsNoSubheading() throws {
        let paragraphs = Self.longArticle.split(separator: "\n\n").dropFirst().map(String.init)
        let text = paragraphs.prefix(4).joined(separator: "\n\nImage\n\n")
        let labels = try NewsCleanerTests.labels(text)
        let placeholders = labels.filter { $0.1 == "Image" }
        #expect(placeholders.count == 3)
        #expect(placeholders.dropFirst().allSatisfy { !$0.0.isKept }, "\(labels)")
    }

    @Test func aMenuBetweenParagraphsIsStillDropped() throws {
        let text = """
        The report lists the changes the council wants before the next winter season begins in the valley.

        Home

        World News

        Local Sports

        Weather

        The council will vote on the report next month, and the mayor has said she supports most of it.
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.filter { !$0.0.isKept }.map(\.1) == ["Home", "World News", "Local Sports", "Weather"])
    }

    @Test func aParagraphCutOffFromTheArticleIsDropped() throws {
        let text = """
        \(Self.longArticle)

        Share
        Print
        Email
        Most Read

        I have lived in this town for forty years and I still remember the last time the river came up to the steps of the library.

        Home
        Contact
        """
        let labels = try NewsCleanerTests.labels(text)
        func label(of prefix: String) -> BlockLabel? { labels.first { $0.1.hasPrefix(prefix) }?.0 }
        #expect(label(of: "I have lived in this town") == .boilerplate)
        #expect(label(of: "Those classes will start again") == .body)
        #expect(label(of: "The Millbrook public library") != .boilerplate)
    }

    @Test func anArticleBrokenByAnAdKeepsBothParts() throws {
        let paragraphs = Self.longArticle.split(separator: "\n\n").map(String.init)
        let text = paragraphs.prefix(4).joined(separator: "\n\n") + "\n\nAdvertisement\n\nShare\n\nEmail\n\n" + paragraphs.dropFirst(4).joined(separator: "\n\n")
        let labels = try NewsCleanerTests.labels(text)
        func label(of prefix: String) -> BlockLabel? { labels.first { $0.1.hasPrefix(prefix) }?.0 }
        #expect(label(of: "In the end the council voted") == .body)
        #expect(label(of: "Those classes will start again") == .body)
    }

    @Test func unpunctuatedChineseLinesAreNoMenu() throws {
        let text = """
        今天早上我们一家人开车去山里看红叶，路上的风景非常美丽，天气也很好。

        山路两旁的树叶已经变成了金黄色和红色 远远看去就像一幅油画

        我们在半山腰的小村庄停下来休息 村民们热情地请我们喝茶吃点心

        午饭以后我们继续往上走 山顶的风很大但是景色更加壮观动人

        傍晚下山的时候大家都很累，但是每个人都说这是今年最开心的一天。
        """
        let labels = try NewsCleanerTests.labels(text)
        #expect(labels.allSatisfy { $0.0.isKept }, "\(labels.filter { !$0.0.isKept })")
    }

    /// Three headlines with one-sentence summaries, as sites list other stories after an article.
    static let teasers = """
    Council Delays Vote On Bus Routes

    The council put off its vote on the new bus routes until March after residents of the north side asked for more stops near the hospital and the schools.

    Can The Old Mill Be Saved?

    A group of neighbours wants to turn the empty mill by the river into workshops, but the owner says that the repairs would cost more than the building is worth.

    Farmers Market Moves Indoors

    For the first time the winter farmers market will be held in the sports hall, where there is room for forty stalls and a corner for hot food and music.
    """

    @Test func aListOfTeasersAfterTheArticleIsDropped() throws {
        let labels = try NewsCleanerTests.labels(Self.longArticle + "\n\n" + Self.teasers)
        func label(of prefix: String) -> BlockLabel? { labels.first { $0.1.hasPrefix(prefix) }?.0 }
        for teaser in ["Council Delays Vote", "The council put off", "Can The Old Mill", "A group of neighbours", "Farmers Market Moves", "For the first time"] {
            #expect(label(of: teaser) == .boilerplate, "\(teaser)")
        }
        #expect(label(of: "Those classes will start again") == .body)
    }

    @Test func subheadingsWithShortSectionsInsideTheArticleAreKept() throws {
        let labels = try NewsCleanerTests.labels(Self.longArticle + "\n\n" + Self.teasers + """


        Those were the stories the paper followed this week, and the editors will return to each of them when the council meets again in the spring.
        """)
        #expect(labels.allSatisfy { $0.0.isKept || $0.1.hasPrefix("Library Reopens") }, "\(labels.filter { !$0.0.isKept })")
    }

    @Test func aThreadOfReaderCommentsIsDropped() throws {
        let text = Self.longArticle + """


        2 Comments

        Maria · March 3 at 9:14 AM

        I grew up two streets from the library and I am so glad that they decided to stay on the old site, because my mother still walks there every week.

        Reply

        Tom · March 3 at 11:02 AM

        The pumps are a good idea, but I wonder who is going to pay for the next repairs when the insurance company refuses to cover the building again.

        Reply
        """
        let labels = try NewsCleanerTests.labels(text)
        func label(of prefix: String) -> BlockLabel? { labels.first { $0.1.hasPrefix(prefix) }?.0 }
        #expect(label(of: "I grew up two streets") == .boilerplate)
        #expect(label(of: "The pumps are a good idea") == .boilerplate)
        #expect(label(of: "Those classes will start again") == .body)
    }
}
