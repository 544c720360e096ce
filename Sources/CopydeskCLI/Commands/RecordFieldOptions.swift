import ArgumentParser

/// Where a JSON Lines record keeps its article: the options `analyze`, `analyze clean` and
/// `analyze segment` share.
struct RecordFieldOptions: ParsableArguments {
    @Option(name: .customLong("text-field"), help: "The JSON Lines field holding the article text.")
    var textField: String = "text"

    @Option(name: .customLong("id-field"), help: "The JSON Lines field holding the article id.")
    var idField: String = "id"

    @Option(name: .customLong("html-field"), help: "A JSON Lines field holding the page's HTML; the article is extracted from it.")
    var htmlField: String?
}
