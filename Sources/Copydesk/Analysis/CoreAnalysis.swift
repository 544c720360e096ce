/// The core stage of the pipeline for one document: detect or take the language, segment,
/// count, score readability and find quotations. Not thread-safe (it owns ICU iterators):
/// one per task.
public final class CoreAnalysis {
    /// What the core keeps for one language: its segmenter, its calculator and the syllable
    /// counts shared by the task's documents. A class, so that a document borrows the stage
    /// instead of copying its calculator.
    private final class LanguageStage {
        let segmenter: Segmenter
        let calculator: ReadabilityCalculator
        var memo: SyllableMemo

        init(segmenter: Segmenter, calculator: ReadabilityCalculator, memo: SyllableMemo) {
            self.segmenter = segmenter
            self.calculator = calculator
            self.memo = memo
        }
    }

    /// The stages of languages met before, except the current one.
    private var stages: [Language: LanguageStage] = [:]
    /// The stage of the last document's language: a run of documents in one language looks
    /// nothing up.
    private var current: (language: Language, stage: LanguageStage)?
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
        if current?.language != chosen { try switchStage(to: chosen) }
        let stage = current!.stage
        let document = extractedFromHTML
            ? try Document(id: id, text: text, segmenter: stage.segmenter, cleaner: cleaner?.forExtractedText())
            : try Document(id: id, text: text, segmenter: stage.segmenter, cleaner: cleaner)
        let readability = stage.calculator.readability(of: document, bodyOnly: bodyOnly, memo: &stage.memo)
        let quotations = QuotationFinder().quotations(in: document)
        return AnalyzedDocument(document: document, readability: readability, quotations: quotations)
    }

    /// Makes `language`'s stage the current one (creating it on first use), keeping the
    /// previous one for later.
    private func switchStage(to language: Language) throws(SegmentationError) {
        let stage: LanguageStage
        if let kept = stages.removeValue(forKey: language) {
            stage = kept
        } else {
            let calculator = ReadabilityCalculator(language: language)
            stage = LanguageStage(segmenter: try Segmenter(language: language), calculator: calculator,
                                  memo: calculator.makeSyllableMemo(expectedWords: 4096))
        }
        if let previous = current { stages[previous.language] = previous.stage }
        current = (language, stage)
    }
}
