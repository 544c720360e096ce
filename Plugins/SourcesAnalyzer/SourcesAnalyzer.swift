import Copydesk

/// `sources`: direct and indirect quotations, who is speaking, and how the story is sourced.
///
/// Rules are in `Docs/plugins/sources.md`. In short: attribution frames are a cue (`said`,
/// `according to`, `noted`, … from `Resources/cues.txt`) with a speaker phrase on either side
/// (with appositives: "H.R. McMaster, Trump’s national-security adviser, said"); quotations from the
/// core `QuotationFinder` are linked to the adjacent frame, else a frame in the same sentence, else
/// continue the previous speaker; speakers are merged into sources by name, surname, pronoun and role.
public struct SourcesAnalyzer: Analyzer {
    public static let description = AnalyzerDescription(
        id: "sources",
        name: "Sources",
        summary: "Quotations, attributions (speaker, cue, neutral/endorsing/distancing) and distinct named, anonymous, organization and document sources.",
        version: "1.0.0",
        outputFields: [
            OutputField("attributions", .array, "Each attribution: kind (direct|indirect|mixed), quote {text,start,end}, quote_parts, speaker {text,start,end}, source, cue {text,start,end}, cue_type (neutral|endorsing|distancing), sentence. Offsets are Unicode scalar offsets."),
            OutputField("sources", .array, "Distinct sources: name, type (named|anonymous|organization|document), title, mentions, quote_count, words_quoted, first_paragraph."),
            OutputField("distinct_sources", .integer, "Number of distinct sources."),
            OutputField("named", .integer, "Named sources (a person's name or a unique title)."),
            OutputField("anonymous", .integer, "Anonymous sources."),
            OutputField("organizations", .integer, "Organizations quoted as sources."),
            OutputField("documents", .integer, "Documents cited as sources."),
            OutputField("direct_quotes", .integer, "Attributions carrying a quotation (direct or mixed), plus kept unattributed quotations."),
            OutputField("quoted_word_share", .number, "Words inside kept quotations / all words."),
            OutputField("single_source", .boolean, "Exactly one distinct source."),
            OutputField("anonymous_majority", .boolean, "More than half of the distinct sources are anonymous."),
        ]
    )

    public typealias Report = SourcesReport

    private let lexicon: SourcesLexicon
    /// Buffers reused from one document to the next (one workspace per concurrent caller).
    private let workspaces = WorkspacePool<SourcesWorkspace>()

    public init(options: AnalyzerOptions) throws(AnalyzerError) {
        _ = try options.validated(for: Self.description)
        lexicon = SourcesLexicon.shared
        guard !lexicon.cues.isEmpty else { throw .invalidConfiguration("sources: the embedded cue list is missing") }
    }

    public func analyze(_ document: AnalyzedDocument, context: AnalysisContext) throws(AnalyzerError) -> Report {
        workspaces.withWorkspace { workspace in
            ReportBuilder(document: document, lexicon: lexicon, workspace: workspace).build()
        }
    }
}
