import Testing
@testable import LexicalAnalyzer

/// `topContentForms` gives the head of the fully sorted list.
struct TopContentFormsTests {
    @Test func matchesTheSortedPrefix() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<300 {
            let count = Int.random(in: 0...60, using: &generator)
            let forms = (0..<count).map { index in
                let content = Bool.random(using: &generator)
                return WordForm(count: Int32.random(in: 1...(trial % 2 == 0 ? 4 : 20), using: &generator), first: Int32(index * 3),
                                isNotStopWord: content, isListable: content)
            }
            for top in [0, 1, 3, 10, 100] {
                let expected = forms.filter(\.isListable)
                    .sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
                    .prefix(top).map { [Int($0.count), Int($0.first)] }
                let found = LexicalAnalyzer.topContentForms(forms, top: top).map { [Int($0.count), Int($0.first)] }
                #expect(found == Array(expected))
            }
        }
    }
}
