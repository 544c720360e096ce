import Testing
@testable import SourcesAnalyzer

/// `SourceKeyTable` answers as the `[String: Int]` it replaces, for ASCII keys and for keys that
/// are equal as `String`s without being equal bytes.
@Suite struct SourceKeyTableTests {
    @Test func matchesTheDictionary() {
        var generator = SystemRandomNumberGenerator()
        let words = ["mayor", "the mayor", "fiona", "fiona reid", "reid", "officials", "a spokesman",
                     "caf\u{E9}", "cafe\u{301}", ";", "\u{37E}", "k", "\u{212A}", "", "x y z", "a long key of more than eight bytes"]
        for round in 0..<40 {
            var table = SourceKeyTable()
            var plain: [String: Int] = [:]
            // Some rounds use ASCII keys only (the table's own path), the others every key.
            let keys = round % 2 == 0 ? words.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : words
            for step in 0..<1_000 {
                let key = keys.randomElement(using: &generator)!
                switch Int.random(in: 0..<6, using: &generator) {
                case 0, 1:
                    table.setSource(step, for: key)
                    plain[key] = step
                case 2:
                    table.removeSource(for: key)
                    plain[key] = nil
                case 3:
                    if Int.random(in: 0..<50, using: &generator) == 0 {
                        table.removeAll()
                        plain = [:]
                    }
                    #expect(table.isEmpty == false || plain.isEmpty)
                case 4:
                    #expect(table.contains(key) == (plain[key] != nil))
                default:
                    #expect(table.source(for: key) == plain[key])
                }
            }
        }
    }

    @Test func keysEqualAsStringsShareTheirSource() {
        var table = SourceKeyTable()
        table.setSource(1, for: ";")
        #expect(table.contains("\u{37E}"))
        #expect(table.source(for: "\u{37E}") == 1)
        table.setSource(2, for: "cafe\u{301}")
        #expect(table.source(for: "caf\u{E9}") == 2)
        #expect(table.source(for: ";") == 1)
        table.removeAll()
        #expect(table.isEmpty)
        #expect(table.source(for: ";") == nil)
        table.setSource(3, for: "mayor")
        #expect(table.source(for: "mayor") == 3)
        #expect(table.source(for: "Mayor") == nil)
    }

    @Test func manyKeysAreForgottenWithTheirStorage() {
        var table = SourceKeyTable()
        for round in 0..<3 {
            let count = round == 1 ? 2_000 : 10
            for k in 0..<count { table.setSource(k, for: "source \(k)") }
            for k in 0..<count { #expect(table.source(for: "source \(k)") == k) }
            #expect(table.source(for: "source \(count)") == nil)
            table.removeAll()
            #expect(table.isEmpty)
            #expect(table.source(for: "source 0") == nil)
        }
    }

    @Test func asciiHashSeesEveryByte() {
        #expect(SourceKeyTable.asciiHash("caf\u{E9}") == nil)
        #expect(SourceKeyTable.asciiHash("abcdefgh") != SourceKeyTable.asciiHash("abcdefgi"))
        #expect(SourceKeyTable.asciiHash("abcdefghi") != SourceKeyTable.asciiHash("abcdefghj"))
        #expect(SourceKeyTable.asciiHash("ab") != SourceKeyTable.asciiHash("ab\u{0}"))
        #expect(SourceKeyTable.asciiHash("") != nil)
    }
}
