import Testing
@testable import SourcesAnalyzer

/// `SurnameIndex` answers as the dictionary of arrays it replaces: `[surname: [source]]`, a source
/// moved by `removeAll { $0 == source }` on its old surname and `append` on the new one.
@Suite struct SurnameIndexTests {
    @Test func matchesTheDictionaryOfArrays() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<30 {
            var index = SurnameIndex()
            var plain: [UInt64: [Int]] = [:]
            var surnameOf: [Int: UInt64] = [:]
            let sources = 2 + round % 13, surnames: [UInt64] = [11, 22, 33, 44]
            for _ in 0..<2_000 {
                let source = Int.random(in: 0..<sources, using: &generator)
                let surname = surnames.randomElement(using: &generator)!
                switch Int.random(in: 0..<5, using: &generator) {
                case 0, 1:
                    if let old = surnameOf[source] { plain[old]?.removeAll { $0 == source } }
                    plain[surname, default: []].append(source)
                    surnameOf[source] = surname
                    index.remove(source)
                    index.append(source, surname: surname)
                case 2:
                    if let old = surnameOf[source] { plain[old]?.removeAll { $0 == source } }
                    surnameOf[source] = nil
                    index.remove(source)
                case 3:
                    if Int.random(in: 0..<40, using: &generator) == 0 {
                        plain = [:]; surnameOf = [:]
                        index.removeAll()
                    }
                default:
                    let odd = plain[surname, default: []].first { $0 % 2 == 1 }
                    #expect(index.first(withSurname: surname) { $0 % 2 == 1 } == odd)
                    #expect(index.first(withSurname: surname) { _ in true } == plain[surname, default: []].first)
                }
                for name in surnames {
                    #expect(index.contains(surname: name) == (plain[name]?.isEmpty == false))
                }
            }
        }
    }
}
