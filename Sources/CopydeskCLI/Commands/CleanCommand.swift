import ArgumentParser
import Copydesk
import Foundation

/// `analyze clean`: prints the article text that cleaning keeps, or every block with its label.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print the article text that cleaning keeps (boilerplate, captions and credits dropped).",
        discussion: """
        Text format prints the kept blocks separated by blank lines. JSON prints every block with its \
        label (body, title, dek, caption, credit, byline, dateline, boilerplate) and Unicode scalar offsets.

        Several files, a directory (searched as by 'analyze run') or a JSON Lines file (.jsonl, .ndjson, \
        also gzip-compressed; or --input-format jsonl; standard input when its first line starts a JSON \
        object; each record's article read from --text-field, or extracted from --html-field) are \
        cleaned one document at a time: text format prints each document's kept text under a line \
        "== ID"; JSON format prints one line per document with its id, source and errors. A document \
        that cannot be read gets an error, and the exit status is then not 0.

        \(ExitStatus.help)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text (kept text) or json (every block with its label).")
    var format: Format = .text

    @Option(help: "Language code; detected when absent.")
    var lang: String?

    @Option(name: .customLong("input-format"), help: "auto (web pages by their .html/.htm extension, JSON Lines by .jsonl/.ndjson; standard input by its start), text, jsonl or html.")
    var inputFormat: InputFormat = .auto

    @OptionGroup var recordFields: RecordFieldOptions

    @Flag(help: "Fail (exit 65) on invalid UTF-8 instead of replacing it with U+FFFD.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No progress display on standard error (shown for several documents when it is a terminal).")
    var quiet = false

    @Flag(name: .customLong("body-only"), help: "Text format: print the article body only, without the title and dek blocks.")
    var bodyOnly = false

    @Argument(help: "The article to read (a text file or web page); several, a directory, a JSON Lines file or a quoted pattern for one record per document; standard input when absent or '-'.")
    var files: [String] = []

    func run() throws {
        let text: String
        var metadata: HTMLMetadata? = nil
        var pageLanguage: String? = nil
        var collector = InputCollector(format: inputFormat, textField: recordFields.textField, idField: recordFields.idField, htmlField: recordFields.htmlField,
                                       strict: strict, warn: { printError("analyze: warning: \($0)") })
        // Standard input has no extension: a page or JSON Lines are told by their start (`StandardInput`).
        let paths = files.isEmpty ? ["-"] : files
        if paths == ["-"] && inputFormat == .auto { collector.standardInputFormat = StandardInput.shared.sniffFormat() }
        guard paths.count == 1, !collector.isJSONLines(paths[0]), !Self.namesSeveral(paths[0]) else {
            try cleanRecords(of: paths, collector)
            return
        }
        let file = paths[0]
        do {
            if collector.isHTML(file) {
                let bytes = try InputFile.readPage(file)
                let page = collector.page(bytes, id: file, source: file)
                text = page.text ?? ""
                metadata = page.metadata
                pageLanguage = page.language
            } else {
                text = try InputFile.readText(file, strict: strict, warn: printError)
            }
        } catch {
            printError("analyze: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        let output = OutputStream.standardOutput()
        defer { output.flush() }
        if text.isEmpty {
            if format == .json {
                var out: [UInt8] = Array(#"{"language":null,"page":"#.utf8)
                Self.appendPage(metadata, to: &out)
                out += #","blocks":[]}"#.utf8 + [0x0A]
                out.withUnsafeBufferPointer { output.write(bytes: $0) }
            }
            return
        }
        let language = (lang ?? pageLanguage).map { Language(rawValue: $0) } ?? LanguageDetector().detect(text)
        let document: Document
        do {
            document = try Self.cleaned(text, language: language, preExtracted: metadata != nil)
        } catch {
            printError("analyze: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        switch format {
        case .text:
            if let kept = Self.keptText(of: document, bodyOnly: bodyOnly) { output.write(kept + "\n") }
        case .json:
            var out: [UInt8] = [0x7B]
            Self.appendCleaning(of: document, language: language, metadata: metadata, blockSeparator: ",\n", to: &out)
            out += "}\n".utf8
            out.withUnsafeBufferPointer { output.write(bytes: $0) }
        }
    }

    /// Appends a page's metadata as JSON, or `null` for text.
    static func appendPage(_ metadata: HTMLMetadata?, to out: inout [UInt8]) {
        if let metadata, let encoded = try? ReportEncoder().encode(metadata) { out += encoded } else { out += "null".utf8 }
    }

    /// Whether `path` is a directory or a quoted pattern (no file of that name): inputs that stand
    /// for several documents.
    static func namesSeveral(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return GlobPattern.isPattern(path)
    }

    /// A document of `text` with its cleaning, for `language`: text extracted from a web page
    /// (`preExtracted`) is cleaned as such.
    static func cleaned(_ text: String, language: Language, preExtracted: Bool) throws -> Document {
        try Document(text: text, segmenter: Segmenter(language: language), cleaner: preExtracted ? NewsCleaner(preExtracted: true) : NewsCleaner())
    }

    /// The kept blocks' text, separated by blank lines (the body alone with `bodyOnly`); nil when
    /// nothing is kept.
    static func keptText(of document: Document, bodyOnly: Bool) -> String? {
        let kept = (document.cleaning?.blocks ?? []).filter { $0.label.isKept && (!bodyOnly || $0.label == .body) }.map { document.string($0.range) }
        return kept.isEmpty ? nil : kept.joined(separator: "\n\n")
    }

    /// Appends the members `"language":…,"page":…,"blocks":[…]` of a JSON cleaning record, blocks
    /// separated by `blockSeparator`.
    static func appendCleaning(of document: Document, language: Language, metadata: HTMLMetadata?, blockSeparator: String, to out: inout [UInt8]) {
        out += #""language":"#.utf8
        JSONText.appendString(language.rawValue, to: &out)
        out += #","page":"#.utf8
        appendPage(metadata, to: &out)
        out += #","blocks":["#.utf8
        for (index, block) in (document.cleaning?.blocks ?? []).enumerated() {
            if index > 0 { out += blockSeparator.utf8 }
            out.append(0x7B)
            JSONText.appendOffsets(block.range, document.scalarOffset, to: &out)
            out += #","label":"#.utf8
            JSONText.appendString(block.label.rawValue, to: &out)
            out += #","kept":"#.utf8
            out += (block.label.isKept ? "true" : "false").utf8
            out += #","text":"#.utf8
            JSONText.appendString(document.string(block.range), to: &out)
            out.append(0x7D)
        }
        out.append(0x5D)
    }
}
