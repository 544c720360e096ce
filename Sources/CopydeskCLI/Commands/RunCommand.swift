import ArgumentParser
import Copydesk
import Foundation
import Synchronization

/// `analyze [options] [FILE…|-]`: the main job — analyze articles and report.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Analyze articles: readability and the chosen plugins (the default command).",
        discussion: """
        Inputs are text files (one article each), web pages (.html, .htm: the article is extracted), \
        directories (searched recursively for .txt, .md, .html, .htm, .jsonl and .ndjson files, in sorted \
        order; hidden files and folders and symbolic links are skipped), JSON Lines files, also \
        gzip-compressed (one article per line; see --text-field, --html-field and --id-field), or \
        standard input ('-', the default: JSON Lines when its first line starts a JSON object or it is \
        gzip-compressed, a web page when it starts with <!DOCTYPE html> or <html>, otherwise one \
        article). Every input document yields exactly one output record: its result or an error record.

        \(ExitStatus.help)
        """
    )

    @Option(help: "Plugins to run: a comma-separated list of ids, 'all' (default) or 'none'. See 'analyze plugins'.")
    var plugins: String?

    @Option(help: "Output format: text, json, jsonl, csv or html (one page: figures, and each text with what the plugins found marked).")
    var format: OutputFormat = .text

    @Option(help: "Language code (en, de, fr, es, it, ru, ja, zh, …). Detected per document when absent.")
    var lang: String?

    @Option(help: "Extra detail in json/jsonl records: sentences, tokens, paragraphs (comma-separated).")
    var include: String = ""

    @Option(name: .customLong("input-format"), help: "How to read inputs: auto (by extension; standard input by its first line), text, jsonl or html (a web page whose article is extracted).")
    var inputFormat: InputFormat = .auto

    @OptionGroup var recordFields: RecordFieldOptions

    @Option(name: .customLong("tone-lexicon"), help: "A TSV file of tone lexicon entries that add to or override the built-in ones.")
    var toneLexicon: String?

    @Option(name: .customLong("hedging-lexicon"), help: "A file of extra hedging cues (see Docs/plugins/hedging.md).")
    var hedgingLexicon: String?

    @Option(name: .customLong("plugin-option"), help: ArgumentHelp("A plugin option as ID.KEY=VALUE (repeatable).", valueName: "id.key=value"))
    var pluginOptions: [String] = []

    @Option(name: .customLong("exec-plugin"), help: ArgumentHelp("An out-of-process plugin as NAME=COMMAND (repeatable); see Docs/plugins/exec-protocol.md.", valueName: "name=command"))
    var execPlugins: [String] = []

    @Option(name: .customLong("exec-timeout"), help: "Seconds an out-of-process plugin may take per document (default 30).")
    var execTimeout: Double?

    @Option(name: .customLong("exec-processes"), help: ArgumentHelp(
        "Copies of each out-of-process plugin to run side by side (default 1). Workers then send documents to several copies at once; each copy still gets one at a time. Only for plugins that keep nothing from one document to the next.",
        valueName: "n"))
    var execProcesses: Int?

    @Option(help: "A configuration file (default: copydesk.yml in the working directory, when present).")
    var config: String?

    @Option(help: "Documents analyzed in parallel (default: the number of active cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Treat invalid UTF-8 as an error instead of replacing it with U+FFFD.")
    var strict = false

    @Flag(name: .customLong("no-clean"), help: "Analyze the whole text: do not drop boilerplate, captions and credits.")
    var noClean = false

    @Flag(name: .customLong("body-only"), help: "Leave the title and dek out of readability.")
    var bodyOnly = false

    @Option(help: "Add an aggregate at the end: 'stderr' (a table) or 'record' (a last record with \"summary\" in json and jsonl, the last section of an html page, JSON on standard error for text and csv).")
    var summaryMode: SummaryMode = .none

    @Flag(name: .customLong("summary"), help: "Same as --summary-mode stderr.")
    var summaryFlag = false

    @Flag(name: .shortAndLong, help: "No progress display on standard error.")
    var quiet = false

    @Flag(help: "Write each record as soon as it is ready instead of in input order.")
    var unordered = false

    @Argument(help: "Articles: files, directories (read recursively), quoted patterns such as 'archive/2024-*/*.jsonl' or 'exports/**/*.jsonl.gz', or '-' for standard input.")
    var files: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let execTimeout, !(execTimeout > 0) { throw ValidationError("--exec-timeout must be a positive number of seconds") }
        if let execProcesses, execProcesses < 1 { throw ValidationError("--exec-processes must be at least 1") }
        _ = try IncludedDetail.parse(include)
        _ = try pluginOptionValues()
    }

    /// Options per plugin id from the configuration file, then the dedicated flags and `--plugin-option`.
    func pluginOptionValues(_ config: ConfigFile? = nil) throws -> [String: AnalyzerOptions] {
        var values: [String: [String: AnalyzerOptionValue]] = config?.options ?? [:]
        if let toneLexicon { values["tone", default: [:]]["lexicon"] = .string(toneLexicon) }
        if let hedgingLexicon { values["hedging", default: [:]]["lexicon"] = .string(hedgingLexicon) }
        for option in pluginOptions {
            guard let equals = option.firstIndex(of: "="), let dot = option[..<equals].firstIndex(of: ".") else {
                throw ValidationError("--plugin-option '\(option)' is not ID.KEY=VALUE")
            }
            let id = String(option[..<dot]), key = String(option[option.index(after: dot)..<equals])
            values[id, default: [:]][key] = .string(String(option[option.index(after: equals)...]))
        }
        return values.mapValues { AnalyzerOptions(values: $0) }
    }

    func requestedPlugins(_ registry: AnalyzerRegistry, _ config: ConfigFile?) -> [String] {
        let list = plugins ?? config?.plugins?.joined(separator: ",") ?? "all"
        switch list.trimmingCharacters(in: .whitespaces) {
        case "all": return registry.ids
        case "none", "": return []
        default: return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    func run() async throws {
        let registry = CommandEnvironment.registry
        let pipeline: Pipeline
        let config: ConfigFile?
        var execList: [ExecPlugin] = []
        var workerPipelines: [Pipeline] = []
        do {
            config = try ConfigFile.load(self.config)
            var options = try pluginOptionValues(config)
            let requested = requestedPlugins(registry, config)
            // The command line wins over the configuration file, for its plugins and the file's.
            let timeout = execTimeout ?? config?.execTimeout ?? ExecPlugin.defaultTimeout
            // More copies than workers, or than cores (the workers' threads), would only take turns.
            let processes = min(execProcesses ?? config?.execProcesses ?? 1, jobs, ProcessInfo.processInfo.activeProcessorCount)
            for (name, command) in config?.execPlugins ?? [] {
                execList.append(ExecPlugin(name: name, command: command, timeout: timeout, processes: processes))
            }
            for text in execPlugins { execList.append(try ExecPlugin.parse(text, timeout: timeout, processes: processes)) }
            for plugin in execList where registry.type(for: plugin.name) != nil || execList.filter({ $0.name == plugin.name }).count > 1 {
                throw ConfigFile.Failure(description: "exec plugin name '\(plugin.name)' is already taken")
            }
            // Dedicated flags for plugins that are not part of this run are ignored.
            for id in options.keys where !requested.contains(id) && registry.type(for: id) != nil { options[id] = nil }
            pipeline = try Pipeline(registry: registry, requested: requested, options: options)
            // Each worker gets analyzers of its own: two threads that share one analyzer contend
            // for its reference counts and its workspace pool at every document.
            workerPipelines = [pipeline]
            for _ in 1..<max(1, jobs) { workerPipelines.append(try Pipeline(registry: registry, requested: requested, options: options)) }
        } catch {
            printError("analyze: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        let paths = files.isEmpty ? ["-"] : files
        var setUp = InputCollector(format: inputFormat, textField: recordFields.textField, idField: recordFields.idField, htmlField: recordFields.htmlField, strict: strict, warn: { printError("analyze: warning: \($0)") })
        let interruption = Interruption()
        let idleSignal = InputIdleSignal(stop: interruption.flag)
        setUp.idleSignal = idleSignal
        let expanded = setUp.expand(paths)
        // Standard input has no extension: its start tells JSON Lines, a page or an article, and
        // whether it is gzip-compressed.
        if inputFormat == .auto || inputFormat == .jsonl, expanded.contains(where: { $0.path == "-" }) {
            let sniffed = StandardInput.shared.sniffFormat(stop: interruption.flag)
            if inputFormat == .auto { setUp.standardInputFormat = sniffed }
        }
        let collector = setUp
        let singleDocument = expanded.count == 1 && !collector.isJSONLines(expanded[0].path)
        let language = (lang ?? config?.language).map { Language(rawValue: $0) }
        defer { for plugin in execList { plugin.stop() } }
        let included = try IncludedDetail.parse(include)
        let outputFormat = format
        let execNames = execList.map(\.name)
        let makeFormatter: @Sendable () -> RecordFormatter = {
            RecordFormatter(format: outputFormat, include: included, pipeline: pipeline, execPlugins: execNames, opensText: singleDocument)
        }
        let formatter = makeFormatter()
        let writer = ResultWriter(formatter: formatter, singleDocument: singleDocument)
        let showsProgress = !quiet && Terminal.standardErrorIsInteractive
        let progress = Progress(enabled: showsProgress, totalBytes: showsProgress ? Self.totalBytes(expanded) : nil)
        let summaryMode = summaryFlag && self.summaryMode == .none ? .stderr : self.summaryMode
        let summary = summaryMode == .none ? nil : RunSummary()
        let addsSummary = summary != nil
        let cleaner: (any Cleaner)? = noClean ? nil : NewsCleaner()
        let cores = CorePool(count: jobs, cleaner: cleaner, bodyOnly: bodyOnly)
        let queue = DocumentQueue(inputs: expanded, collector: collector)
        let keepResults = writer.wantsResults   // the HTML overview needs each document's whole result
        let sink = RecordSink(writer: writer, progress: progress, summary: summary, ordered: !unordered, idleSignal: idleSignal)
        let stop = interruption.flag
        let waitLimit = 64 * jobs
        let execs = execList
        let pipelines = workerPipelines

        // Each worker takes the next few documents, analyzes and encodes them, and hands their
        // records to the sink together; a batch is small, so none waits long for a slow document.
        let terminator = ResultWriter.recordTerminator(for: outputFormat)
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<cores.count {
                group.addTask {
                    let core = cores.core(worker)
                    let pipeline = pipelines[worker]
                    let formatter = makeFormatter()
                    let summaryReader = addsSummary ? SummaryFigureReader(pipeline: pipeline) : nil
                    var taken: [PendingDocument] = []
                    var batch = RecordBatch()
                    while !stop.isSet {
                        // Ordered output holds early results; don't run far ahead of a slow document.
                        while sink.waiting > waitLimit && !stop.isSet { try? await Task.sleep(for: .milliseconds(1)) }
                        let first = queue.next(&taken, limit: Self.batchDocuments, byteLimit: Self.batchInputBytes)
                        guard !taken.isEmpty else { break }
                        batch.start(at: first)
                        for pending in taken {
                            if stop.isSet { break }
                            // Warnings and the problem of a document go to standard error with its
                            // record, so they come out in input order.
                            var messages: [String] = []
                            let document = collector.load(pending) { messages.append("analyze: warning: " + $0) }
                            if let problem = queue.problem(of: document) { messages.append(problem) }
                            let result = Self.analyze(document, pipeline: pipeline, language: language, core: core, execs: execs)
                            formatter.withBytes(result) {
                                batch.append($0, terminator: terminator, failed: result.failed, inputBytes: document.text?.utf8.count ?? 0,
                                             messages: messages, result: keepResults ? result : nil,
                                             summaryFigures: summaryReader?.figures(of: result))
                            }
                            // Records can be large (--include tokens): hand them over before they pile up.
                            if batch.bytes.count >= Self.batchRecordBytes { sink.deliver(&batch) }
                        }
                        sink.deliver(&batch)
                    }
                }
            }
        }
        var status = queue.status
        let (failedToWrite, sinkStatus, written) = sink.finish(summaryMode: summaryMode)
        status.merge(sinkStatus)
        if interruption.requested {
            let lastRead = queue.lastSource
            printError(lastRead.isEmpty
                ? "analyze: interrupted before any document was read"
                : "analyze: interrupted after \(written) \(written == 1 ? "document" : "documents"); the last one read was \(lastRead)")
        }
        if interruption.requested { throw ExitCode(130) }
        if failedToWrite {
            printError("analyze: cannot write to standard output")
            throw ExitCode(ExitStatus.ioError)
        }
        if status.code != 0 { throw ExitCode(status.code) }
    }

    /// The most documents a worker takes at once.
    static let batchDocuments = 16
    /// A worker takes no more JSON lines once they hold this many bytes.
    static let batchInputBytes = 1 << 18
    /// A worker hands its records over once they hold this many bytes.
    static let batchRecordBytes = 1 << 20

    /// The total size of the input files, for progress; nil when standard input or a gzip file
    /// is read. Asked only when progress is shown: a folder of 100,000 articles is 100,000 calls.
    static func totalBytes(_ inputs: [(path: String, error: InputError?)]) -> Int? {
        var total = 0
        for (path, _) in inputs {
            if path == "-" || path.lowercased().hasSuffix(".gz") { return nil }
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            total += Int(status.st_size)
        }
        return total
    }

    /// Whether every character of `text` is white space (`Character.isWhitespace`). Text that
    /// starts with a printable ASCII character after ASCII white space is answered from its
    /// first bytes: an ASCII character other than a line feed always begins a character of its
    /// own, so no grapheme breaking is needed for it.
    static func isBlank(_ text: String) -> Bool {
        let answer: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                switch byte {
                case 0x09...0x0D, 0x20: continue
                case 0x80...: return nil  // leave Unicode white space to `Character`
                default: return false
                }
            }
            return true
        } ?? nil
        return answer ?? text.allSatisfy(\.isWhitespace)
    }

    /// The result of `input`: the pipeline's, with the reports of the out-of-process plugins
    /// `execs`.
    static func analyze(_ input: InputDocument, pipeline: Pipeline, language: Language?, core: CoreAnalysis, execs: [ExecPlugin] = []) -> DocumentResult {
        if let issue = input.issue { return .failure(id: input.id, source: input.source, issue) }
        guard let text = input.text else {
            return .failure(id: input.id, source: input.source, DocumentIssue(code: "unreadable_input", message: "no text"))
        }
        if isBlank(text) {
            return .failure(id: input.id, source: input.source, DocumentIssue(code: "empty_input", message: "\(input.source): the document is empty"))
        }
        let chosen = language ?? input.language.map(Language.init(rawValue:))
        let extractedFromHTML = input.metadata != nil
        // The common case returns the pipeline's result as it is: no copy of it.
        guard extractedFromHTML || !execs.isEmpty else {
            return pipeline.run(id: input.id, source: input.source, text: text, language: chosen, core: core)
        }
        var result = pipeline.run(id: input.id, source: input.source, text: text, language: chosen, core: core, extractedFromHTML: extractedFromHTML)
        if let metadata = input.metadata {
            result.metadata = ["title": metadata.title, "byline": metadata.byline, "published": metadata.published].compactMapValues { $0 }
        }
        if let analyzed = result.document {
            for plugin in execs {
                switch plugin.analyze(analyzed) {
                case .success(let report): result.reports.append((plugin.name, report))
                case .failure(let issue): result.issues.append(issue)
                }
            }
        }
        return result
    }
}
