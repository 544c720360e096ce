/// The core stage of the pipeline for one document: detect or take the language, segment,
/// count, score readability and find quotations. Not thread-safe (it owns ICU iterators):
/// one per task.
public final class CoreAnalysis {
    private var segmenters: [Language: Segmenter] = [:]
    private var calculators: [Language: ReadabilityCalculator] = [:]
    /// Syllable counts by spelling, per language, shared by the task's documents.
    private var syllableMemos: [Language: SyllableMemo] = [:]
    private let detector = LanguageDetector()
    /// The cleaning stage; nil analyzes the whole text.
    public let cleaner: (any Cleaner)?
    /// Whether readability leaves out the title and dek.
    public let bodyOnly: Bool

    /// A core stage with `cleaner` (default: none — the CLI turns `NewsCleaner` on by default).
    public init(cleaner: (any Cleaner)? = nil, bodyOnly: Bool = false) {
        self.cleaner = cleaner
        self.bodyOnly = bodyOnly
    }

    /// Analyzes `text`. `language` nil means detect it; `extractedFromHTML` uses the cleaner's
    /// variant for text an HTML extractor produced.
    public func analyze(id: String = "", text: String, language: Language? = nil, extractedFromHTML: Bool = false) throws(SegmentationError) -> AnalyzedDocument {
        let chosen = language ?? detector.detect(text)
        let segmenter: Segmenter
        if let cached = segmenters[chosen] {
            segmenter = cached
        } else {
            segmenter = try Segmenter(language: chosen)
            segmenters[chosen] = segmenter
        }
        let document = try Document(id: id, text: text, segmenter: segmenter, cleaner: extractedFromHTML ? cleaner?.forExtractedText() : cleaner)
        let calculator: ReadabilityCalculator
        if let cached = calculators[chosen] {
            calculator = cached
        } else {
            calculator = ReadabilityCalculator(language: chosen)
            calculators[chosen] = calculator
        }
        let readability = calculator.readability(of: document, bodyOnly: bodyOnly,
                                                 memo: &syllableMemos[chosen, default: calculator.makeSyllableMemo(expectedWords: 4096)])
        let quotations = QuotationFinder().quotations(in: document)
        return AnalyzedDocument(document: document, readability: readability, quotations: quotations)
    }
}
