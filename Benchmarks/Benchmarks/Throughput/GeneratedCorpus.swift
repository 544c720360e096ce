/// A deterministic English news-like corpus, built in code so the benchmarks need no download.
///
/// A seeded SplitMix64 generator strings together wire-style sentences: attributed quotations
/// ("…," said Dr. Ellen Park), titles and abbreviations (Dr., Mr., U.S., Inc.), figures
/// ($1.2 billion, 3.5 percent), hedges (may, reportedly, according to) and tone words, in
/// paragraphs of one to four sentences. The same seed always gives the same bytes.
enum GeneratedCorpus {
    /// About `targetBytes` of UTF-8 text in documents of roughly 1.5–5 KB.
    static func make(targetBytes: Int = 4_000_000, seed: UInt64 = 0x00C0_FFEE_D35C) -> [String] {
        var random = SplitMix64(seed: seed)
        var documents: [String] = []
        var total = 0
        while total < targetBytes {
            let document = article(&random)
            total += document.utf8.count
            documents.append(document)
        }
        return documents
    }

    private static let titles = ["Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Sen.", "Gov.", "Rep.", "Gen.", "Lt."]
    private static let firstNames = ["Ellen", "James", "Maria", "Wei", "Amara", "Tomas", "Priya", "John", "Fatima", "Lars", "Keiko", "Samuel"]
    private static let lastNames = ["Park", "Okafor", "Lindqvist", "Moreno", "Chen", "Haddad", "Novak", "Smith", "Kowalski", "Bianchi", "Reyes", "Tanaka"]
    private static let organizations = ["Northwind Inc.", "the U.S. Treasury", "Acme Corp.", "the city council", "Globex Ltd.", "the U.N. agency", "the Federal Reserve", "St. Mary's Hospital", "the E.U. Commission", "Initech Co."]
    private static let roles = ["a spokeswoman for", "the chief economist at", "a senior official at", "an analyst who follows", "the chairman of", "a lawyer representing"]
    private static let places = ["Washington", "Brussels", "Lagos", "Jakarta", "São Paulo", "Chicago", "Mumbai", "Oslo", "Nairobi", "Toronto"]
    private static let subjects = ["The budget", "The proposal", "The merger", "Inflation", "The new policy", "Unemployment", "The deal", "The investigation", "Revenue", "The vaccine rollout"]
    private static let verbs = ["rose", "fell", "climbed", "slipped", "jumped", "declined", "grew", "shrank"]
    private static let hedges = ["may", "could", "might", "is expected to", "appears to", "is likely to", "reportedly will", "would probably"]
    private static let hedgeOpeners = ["According to people familiar with the matter,", "It is unclear whether", "Some analysts suggest that", "Officials reportedly believe that", "It remains possible that"]
    private static let outcomes = ["delay the vote", "raise costs for households", "weigh on growth", "improve public services", "trigger new lawsuits", "strengthen the currency", "hurt small businesses", "ease the shortage"]
    private static let tone = ["a remarkable success", "a serious blow", "a disappointing setback", "an encouraging sign", "a troubling failure", "a welcome relief", "an alarming trend", "a great achievement"]
    private static let quotes = [
        "We are confident the plan will work", "This is a terrible outcome for families",
        "Nobody expected the numbers to be this strong", "We will not comment on ongoing talks",
        "It's a difficult situation, but we are making progress", "The figures speak for themselves",
        "I think we could see more volatility in the coming weeks", "There is no evidence of wrongdoing",
    ]

    private static func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    private static func person(_ random: inout SplitMix64) -> String {
        "\(pick(titles, &random)) \(pick(firstNames, &random)) \(pick(lastNames, &random))"
    }

    private static func figure(_ random: inout SplitMix64) -> String {
        let whole = random.next() % 90 + 1
        let tenth = random.next() % 10
        switch random.next() % 4 {
        case 0: return "\(whole).\(tenth) percent"
        case 1: return "$\(whole).\(tenth) billion"
        case 2: return "\(whole * 1000 + tenth * 37) people"
        default: return "\(whole).\(tenth) million euros"
        }
    }

    private static func sentence(_ random: inout SplitMix64) -> String {
        switch random.next() % 9 {
        case 0:
            return "“\(pick(quotes, &random)),” said \(person(&random)), \(pick(roles, &random)) \(pick(organizations, &random))."
        case 1:
            return "\(pick(subjects, &random)) \(pick(verbs, &random)) \(figure(&random)) in the third quarter, \(pick(organizations, &random)) said on Tuesday."
        case 2:
            return "\(pick(hedgeOpeners, &random)) the measure \(pick(hedges, &random)) \(pick(outcomes, &random))."
        case 3:
            return "\(person(&random)) called the result \(pick(tone, &random)) and said the U.S. economy \(pick(hedges, &random)) \(pick(outcomes, &random))."
        case 4:
            return "\"\(pick(quotes, &random)),\" \(person(&random)) told reporters in \(pick(places, &random)). \"\(pick(quotes, &random)).\""
        case 5:
            return "In \(pick(places, &random)), about \(figure(&random)) were affected, according to a report by \(pick(organizations, &random))."
        case 6:
            return "The company, which employs \(figure(&random)), \(pick(hedges, &random)) \(pick(outcomes, &random)) by Jan. 1, its filing showed."
        case 7:
            return "\(pick(organizations, &random).capitalizedFirst) declined to comment, but \(person(&random)) said the talks were \(pick(tone, &random))."
        default:
            return "Critics warned the plan \(pick(hedges, &random)) \(pick(outcomes, &random)), while supporters called it \(pick(tone, &random))."
        }
    }

    private static func article(_ random: inout SplitMix64) -> String {
        var paragraphs: [String] = []
        paragraphs.append("\(pick(places, &random).uppercased()) (Newswire) - \(sentence(&random)) \(sentence(&random))")
        let count = Int(random.next() % 12) + 4
        for _ in 0..<count {
            let sentences = Int(random.next() % 4) + 1
            paragraphs.append((0..<sentences).map { _ in sentence(&random) }.joined(separator: " "))
        }
        return paragraphs.joined(separator: "\n\n")
    }
}

/// SplitMix64: tiny, fast and fully deterministic across platforms.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
