import ArgumentParser
import Copydesk

/// `analyze clean`: prints the article text that cleaning keeps, or every block with its label.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print the article text that cleaning keeps (boilerplate, captions and credits dropped).",
        discussion: """
        Text format prints the kept blocks separated by blank lines. JSON prints every block with its \
        label (body, title, dek, caption, credit, byline, dateline, boilerplate) and Unicode scalar offsets.

        \(ExitStatus.help)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text (kept text) or json (every block with its label).")
    var format: Format = .text

    @Option(help: "Language code; detected when absent.")
    var lang: String?

    @Option(name: .customLong("input-format"), help: "auto (web pages by their .html/.htm extension; standard input by its start), text or html.")
    var inputFormat: InputFormat = .auto

    @Flag(help: "Fail (exit 65) on invalid UTF-8 instead of replacing it with U+FFFD.")
    var strict = false

    @Flag(name: .customLong("body-only"), help: "Text format: print the article body only, without the title and dek blocks.")
    var bodyOnly = false

    @Argument(help: "The text file to read; standard input when absent or '-'.")
    var file: String = "-"

    func run() throws {
        let text: String
        var metadata: HTMLMetadata? = nil
        var pageLanguage: String? = nil
        var collector = InputCollector(format: inputFormat, textField: "text", idField: "id", strict: strict, warn: { printError("analyze: warning: \($0)") })
        // Standard input has no extension: a page is told by its start (`StandardInput`).
        if file == "-" && inputFormat == .auto && StandardInput.shared.sniffFormat() == .html { collector.standardInputFormat = .html }
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
            if format == .json { output.write("{\"blocks\":[]}\n") }
            return
        }
        let language = (lang ?? pageLanguage).map { Language(rawValue: $0) } ?? LanguageDetector().detect(text)
        let document: Document
        do {
            let cleaner = metadata == nil ? NewsCleaner() : NewsCleaner(preExtracted: true)
            document = try Document(text: text, segmenter: Segmenter(language: language), cleaner: cleaner)
        } catch {
            printError("analyze: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        let blocks = document.cleaning?.blocks ?? []
        switch format {
        case .text:
            let kept = blocks.filter { $0.label.isKept && (!bodyOnly || $0.label == .body) }.map { document.string($0.range) }
            if !kept.isEmpty { output.write(kept.joined(separator: "\n\n") + "\n") }
        case .json:
            var out: [UInt8] = Array(#"{"language":"#.utf8)
            JSONText.appendString(language.rawValue, to: &out)
            out += #","page":"#.utf8
            if let metadata, let encoded = try? ReportEncoder().encode(metadata) { out += encoded } else { out += "null".utf8 }
            out += #","blocks":["#.utf8
            for (index, block) in blocks.enumerated() {
                if index > 0 { out += ",\n".utf8 }
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
            out += "]}\n".utf8
            out.withUnsafeBufferPointer { output.write(bytes: $0) }
        }
    }
}
