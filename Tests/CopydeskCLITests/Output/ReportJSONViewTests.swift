import Testing
@testable import CopydeskCLI

/// The view must read a report exactly as `ReportValue` does: the text summary used to be built
/// from that tree, and its output must not change.
struct ReportJSONViewTests {
    /// Runs `body` with the view of `json`, or nil when the view refuses it.
    private func viewing<Result>(_ json: String, _ body: (ReportJSONView?) -> Result) -> Result {
        Array(json.utf8).withUnsafeBufferPointer { body(ReportJSONView($0)) }
    }

    private func nested(_ depth: Int, empty: Bool) -> String {
        String(repeating: "[", count: depth) + (empty ? "" : "1") + String(repeating: "]", count: depth)
    }

    /// The same grammar as `ReportValue.parse`, the nesting limit included to the level.
    @Test func acceptsWhatTheTreeAccepts() {
        let limit = ReportValue.maximumDepth
        var texts = [" {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\"]} ", "[]", "{}", "0", "\"\"", "-0",
                     "{\"a\" 1}", "[1,]", "[1 2]", "01", "1.", "\"\\x\"", "\"\u{1}\"", "tru", "nul", "{\"a\":1} x", "", " ", "{\"a\":}", "[\"\\ud800\"]"]
        for depth in (limit - 2)...(limit + 1) {
            texts.append(nested(depth, empty: true))
            texts.append(nested(depth, empty: false))
            texts.append(String(repeating: "{\"k\":", count: depth) + "null" + String(repeating: "}", count: depth))
        }
        for text in texts {
            let tree = ReportValue.parse(Array(text.utf8))
            #expect(viewing(text) { $0 != nil } == (tree != nil), "\(text.prefix(40))")
        }
    }

    /// The top-level members come in the order written, duplicates kept; a name finds the last
    /// of its members, escaped or canonically equivalent keys included, as the tree's subscript does.
    @Test func membersAreFoundAsTheTreeFindsThem() throws {
        let json = #"{"text": 1, "b": 2, "text": 3, "\u0074ext2": 4, "\u212A": 5, "K": 6, "café": 7, "cafe\u0301": 8, "": 9}"#
        let tree = try #require(ReportValue.parse(Array(json.utf8)))
        viewing(json) { view in
            guard let view else { Issue.record("refused"); return }
            #expect(view.rootMembers.map { view.string($0.key) } == ["text", "b", "text", "text2", "\u{212A}", "K", "café", "cafe\u{301}", ""])
            for name in ["text", "b", "text2", "K", "\u{212A}", "café", "cafe\u{301}", "", "missing", "tex"] {
                let found = view.value(named: name, among: view.rootMembers).flatMap(view.scalar)
                #expect(found == tree[name], "\(name)")
            }
        }
    }

    /// Random reports: accepted alike, and each described as the tree-based summary described it.
    @Test func randomReportsAreDescribedAsFromTheTree() {
        var generator = SplitMix64(seed: 17)
        for _ in 0..<3000 {
            let json = Self.randomJSON(&generator, depth: 0)
            let tree = ReportValue.parse(Array(json.utf8))
            viewing(json) { view in
                #expect((view != nil) == (tree != nil), "\(json)")
                guard let view, let tree else { return }
                #expect(TextSummary.describe(view.root, in: view) == Self.describedFromTree(tree), "\(json)")
            }
        }
    }

    /// The text summary's line for a value, as it was written when it read the tree: the oracle.
    static func describedFromTree(_ value: ReportValue) -> String {
        switch value {
        case .array(let list):
            if list.isEmpty { return "none" }
            let shown = list.prefix(5).map { item -> String in
                guard case .object = item else { return TextSummary.short(item) }
                let preferred = ["text", "name", "word", "term", "source", "category", "score", "count", "type", "kind"]
                return preferred.compactMap { key -> String? in
                    guard let value = item[key] else { return nil }
                    switch value {
                    case .null, .array: return nil
                    case .object: return value["text"].map { "\(key)=\(TextSummary.short($0))" }
                    default: return "\(key)=\(TextSummary.short(value))"
                    }
                }.prefix(3).joined(separator: " ")
            }
            return "\(list.count): " + shown.joined(separator: "; ") + (list.count > 5 ? "; …" : "")
        case .object(let members):
            return members.sorted { $0.key < $1.key }.map { member in
                switch member.value {
                case .array(let list): return "\(member.key)=\(list.count) items"
                case .object: return "\(member.key)={…}"
                default: return "\(member.key)=\(TextSummary.short(member.value))"
                }
            }.joined(separator: " ")
        default:
            return TextSummary.short(value)
        }
    }

    /// Random JSON, now and then broken: keys the summary looks for (some escaped, one
    /// canonically equal to "K"), duplicates, strings around the 60-character cut, escapes and
    /// non-ASCII, integers and decimals around the 13-digit fast path.
    static func randomJSON(_ generator: inout SplitMix64, depth: Int) -> String {
        func pick<T>(_ options: [T]) -> T { options[Int(generator.next() % UInt64(options.count))] }
        let keys = [#""text""#, #""name""#, #""word""#, #""term""#, #""source""#, #""category""#, #""score""#, #""count""#,
                    #""type""#, #""kind""#, #""t\u0065xt""#, #""\u212A""#, #""K""#, #""é""#, #""other""#, #""""#]
        let kind = depth > 3 ? generator.next() % 4 : generator.next() % 7
        switch kind {
        case 0:
            return pick(["null", "true", "false", "tru", "0", "-0", "7", "-42", "1234567890123", "12345678901234", "-9999999999999",
                         "0.125", "2.675", "-0.004999", "1e3", "1E-7", "1e400", "-1.5e+300", "01", "1.", "123456789012345678901"])
        case 1, 2, 3:
            let pieces = ["a", "Z", " ", "é", "東", "👍", "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\u{301}", "\\t", "/", "\\/"]
            let length = pick([0, 1, 5, 59, 60, 61, 70])
            var text = "\""
            for _ in 0..<length { text += pick(pieces) }
            return text + (generator.next() % 60 == 0 ? "" : "\"")
        case 4:
            let count = pick([0, 1, 2, 5, 6, 9])
            let items = (0..<count).map { _ in randomJSON(&generator, depth: depth + 1) }
            return "[" + items.joined(separator: pick([",", ", ", " ,\n"])) + (generator.next() % 80 == 0 ? "" : "]")
        default:
            let count = pick([0, 1, 3, 5, 8])
            let members = (0..<count).map { _ in pick(keys) + pick([":", " : "]) + randomJSON(&generator, depth: depth + 1) }
            return "{" + members.joined(separator: ",") + (generator.next() % 80 == 0 ? "" : "}")
        }
    }
}
