import ArgumentParser
import Copydesk

/// `analyze segment`: shows how Copydesk splits a text into paragraphs, sentences or words.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the paragraphs, sentences or word tokens of a text.",
        discussion: """
        Text format prints one segment per line (line breaks inside a segment become single spaces); \
        jsonl prints {"text","start","end","kind"} per segment, with Unicode scalar offsets into the input \
        (for a web page, into the article extracted from it, as 'analyze clean' prints it).

        A JSON Lines file (.jsonl, .ndjson, also gzip-compressed; or --input-format jsonl; standard input \
        when its first line starts a JSON object) is segmented record by record, each record's text read \
        from --text-field (or extracted from --html-field): text format prints each record's segments \
        under a line "== ID"; jsonl adds "id" to each segment. A record that cannot be read gives one \
        line with its id, source and errors (in text, "error: …" under its id), and the exit status is \
        then 1.

        \(ExitStatus.help)
        """
    )

    /// What to print.
    enum Unit: String, ExpressibleByArgument, CaseIterable {
        case sentence, word, paragraph
    }

    /// How to print it.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(help: "The segments to print: sentence, word or paragraph.")
    var unit: Unit = .sentence

    @Option(help: "Output format: text (one segment per line) or jsonl.")
    var format: Format = .text

    @Option(help: "Language code (en, de, ja, …); detected when absent.")
    var lang: String?

    @Flag(help: "With --unit word: add each word's syllable count.")
    var syllables = false

    @Flag(help: "Fail (exit 65) on invalid UTF-8 instead of replacing it with U+FFFD.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No progress display on standard error (shown for several documents when it is a terminal).")
    var quiet = false

    @Option(name: .customLong("input-format"), help: "auto (web pages by .html/.htm, JSON Lines by .jsonl/.ndjson; standard input by its start), text, jsonl or html (a web page whose article is extracted).")
    var inputFormat: InputFormat = .auto

    @OptionGroup var recordFields: RecordFieldOptions

    @Argument(help: "The text file, web page or JSON Lines file to read; standard input when absent or '-'.")
    var file: String = "-"

    func validate() throws {
        if syllables && unit != .word { throw ValidationError("--syllables goes with --unit word") }
    }

    func run() throws {
        var collector = InputCollector(format: inputFormat, textField: recordFields.textField, idField: recordFields.idField,
                                       htmlField: recordFields.htmlField, strict: strict,
                                       warn: { printError("analyze: warning: \($0)") })
        // Standard input has no extension: a page or JSON Lines are told by their start (`StandardInput`).
        if file == "-" && inputFormat == .auto { collector.standardInputFormat = StandardInput.shared.sniffFormat() }
        if collector.isJSONLines(file) {
            try segmentRecords(of: file, collector)
            return
        }
        let text: String
        var pageLanguage: String?
        do {
            if collector.isHTML(file) {
                let page = collector.page(try InputFile.readPage(file), id: file, source: file)
                text = page.text ?? ""
                pageLanguage = page.language
            } else {
                text = try InputFile.readText(file, strict: strict, warn: printError)
            }
        } catch {
            printError("analyze: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        if text.isEmpty { return }
        let language = (lang ?? pageLanguage).map { Language(rawValue: $0) } ?? LanguageDetector().detect(text)
        let document: Document
        do {
            document = try Document(text: text, segmenter: Segmenter(language: language))
        } catch {
            printError("analyze: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        let output = OutputStream.standardOutput()
        writeSegments(of: document, language: language, id: nil, to: output)
        output.flush()
        if output.failed {
            printError("analyze: cannot write to standard output")
            throw ExitCode(ExitStatus.ioError)
        }
    }

    /// Writes the chosen segments of `document`, one line each; in jsonl each line starts with
    /// `"id":` when `id` is given.
    func writeSegments(of document: Document, language: Language, id: String?, to output: OutputStream) {
        let counter = syllables ? SyllableCounters.counter(forLanguageCode: language.rawValue) : nil
        var line: [UInt8] = []
        document.withUTF8 { bytes in
            func emit(_ range: TextRange, kind: String, syllableCount: Int?) {
                line.removeAll(keepingCapacity: true)
                let slice = UnsafeBufferPointer(rebasing: bytes[range.offsets])
                switch format {
                case .text:
                    appendFlattened(slice, to: &line)
                    if let syllableCount { line.append(0x09); JSONText.appendInt(syllableCount, to: &line) }
                case .jsonl:
                    line.append(0x7B)
                    if let id {
                        line.append(contentsOf: #""id":"#.utf8)
                        JSONText.appendString(id, to: &line)
                        line.append(0x2C)
                    }
                    line.append(contentsOf: #""text":"#.utf8)
                    JSONText.appendString(slice, to: &line)
                    line.append(contentsOf: #","start":"#.utf8)
                    JSONText.appendInt(document.scalarOffset(range.start), to: &line)
                    line.append(contentsOf: #","end":"#.utf8)
                    JSONText.appendInt(document.scalarOffset(range.end), to: &line)
                    line.append(contentsOf: #","kind":"#.utf8)
                    JSONText.appendString(kind, to: &line)
                    if let syllableCount {
                        line.append(contentsOf: #","syllables":"#.utf8)
                        JSONText.appendInt(syllableCount, to: &line)
                    }
                    line.append(0x7D)
                }
                line.append(0x0A)
                line.withUnsafeBufferPointer { output.write(bytes: $0) }
            }
            switch unit {
            case .paragraph:
                for paragraph in document.paragraphs { emit(paragraph.range, kind: "paragraph", syllableCount: nil) }
            case .sentence:
                for sentence in document.sentences { emit(sentence.range, kind: "sentence", syllableCount: nil) }
            case .word:
                for token in document.tokens {
                    let count = counter.map { $0.syllables(inWord: UnsafeBufferPointer(rebasing: bytes[token.range.offsets])) }
                    emit(token.range, kind: token.kind.name, syllableCount: token.kind == .word ? count : (counter == nil ? nil : 0))
                }
            }
        }
    }

    /// Appends `bytes` with each run of line breaks and tabs turned into a single space.
    private func appendFlattened(_ bytes: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if line.last != 0x20 { line.append(0x20) }
                pendingSpace = false
                if byte == 0x20 { continue }
            }
            line.append(byte)
        }
    }
}
