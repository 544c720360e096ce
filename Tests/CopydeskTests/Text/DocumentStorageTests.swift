import Testing
@testable import Copydesk

struct DocumentStorageTests {
    @Test func copiesOfADocumentShareOneStorage() throws {
        let document = try Document(id: "a1", text: "The mayor spoke.\n\nShe left.", segmenter: Segmenter(language: .english))
        let copy = document
        #expect(copy.storage === document.storage)
    }

    @Test func accessorsReadTheStoredColumns() throws {
        let document = try Document(id: "a1", text: "The mayor spoke.\n\nShe left.", segmenter: Segmenter(language: .english))
        let storage = document.storage
        #expect(document.id == "a1" && storage.id == "a1")
        #expect(document.text == storage.text)
        #expect(document.language == .english && storage.language == .english)
        #expect(document.paragraphs == storage.segmentation.paragraphs && document.paragraphs.count == 2)
        #expect(document.sentences == storage.segmentation.sentences && document.sentences.count == 2)
        #expect(document.tokens == storage.segmentation.tokens && document.tokens.count == 7)
        #expect(document.paragraphLabels == storage.paragraphLabels && document.paragraphLabels == [.body, .body])
        #expect(document.cleaning == nil && storage.cleaning == nil)
    }

    @Test func keepsTheCleaningReportAndScalarIndex() throws {
        let document = try Document(text: "Café opens.\n\nShare this article", segmenter: Segmenter(language: .english), cleaner: NewsCleaner())
        #expect(document.storage.cleaning?.blocks.count == 2)
        #expect(!document.storage.scalarIndex.isIdentity)
        #expect(document.scalarOffset(Int32(document.byteCount)) == document.text.unicodeScalars.count)
    }
}
