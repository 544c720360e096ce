import Foundation
import Testing
import Copydesk

/// The shared scraped sample (caption, credit, title, dek, body, then a long consent dialog),
/// when `../shared/samples` is present next to the package.
struct SampleArticleCleaningTests {
    static let path = "../shared/samples/000_e5a4515d375c709a.txt"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path)))
    func keepsTheArticleAndNothingOfTheConsentDialog() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let document = try Document(text: text, segmenter: Segmenter(), cleaner: NewsCleaner())
        let blocks = document.cleaning?.blocks ?? []
        let kept = blocks.filter(\.label.isKept).map { document.string($0.range) }
        #expect(blocks.first { $0.label == .title }.map { document.string($0.range) } == "Trump's 'Good Relationship' With Russia Is Slipping Away")
        #expect(kept.contains { $0.hasPrefix("“Geopolitics are back") })
        for word in ["cookie", "Cookie", "privacy", "opt-out", "personal information"] {
            #expect(!kept.contains { $0.contains(word) }, "\(word)")
        }
    }
}
