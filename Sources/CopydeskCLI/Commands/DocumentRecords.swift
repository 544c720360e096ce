import ArgumentParser
import Copydesk

/// The documents of several inputs, or the records of a JSON Lines input, for the commands that
/// otherwise take one article (`analyze clean`, `analyze segment`): one at a time and in input
/// order, so an archive streams through in flat memory.
enum DocumentRecords {
    /// Calls `handle` with each document of `paths` (files, directories, quoted patterns, `-` for
    /// standard input), read by `collector`: one per text file or page, one per record of a JSON
    /// Lines file, one with an issue for a path that cannot be read. `handle` writes the
    /// document's output to `output` and returns the issue it reported: the document's own, or
    /// one met while working on it; nil when there was none. Each issue also goes to standard
    /// error. While the input has nothing more for now (a pipe), `output` is flushed; progress
    /// goes to standard error when it is a terminal, unless `quiet`.
    ///
    /// Throws the exit status when it is not 0: 66 for a lone input that is missing (before
    /// anything is written); 130 after Ctrl-C (what was done is written, and standard error says
    /// how far it got); 74 when standard output cannot be written; else the worst of 66 (an input
    /// missing), 65 (a document not text) and 1 (a document failed).
    static func forEach(in paths: [String], _ collector: InputCollector, output: OutputStream, quiet: Bool = false,
                        _ handle: (InputDocument) -> DocumentIssue?) throws {
        let inputs = collector.expand(paths)
        if inputs.count == 1, let error = inputs[0].error {
            printError("analyze: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        let showsProgress = !quiet && Terminal.standardErrorIsInteractive
        let progress = Progress(enabled: showsProgress, totalBytes: showsProgress ? RunCommand.totalBytes(inputs) : nil)
        let interruption = Interruption()
        let idleSignal = InputIdleSignal(stop: interruption.flag)
        // The handler runs in the read that waits, on this thread: the only one that writes.
        nonisolated(unsafe) let flushed = output
        idleSignal.onIdle { flushed.flush() }
        var collector = collector
        collector.idleSignal = idleSignal
        var status = ExitStatusTracker()
        var done = 0
        var lastSource = ""
        func report(_ issue: DocumentIssue?, of input: InputDocument) {
            done += 1
            lastSource = input.source
            progress.advance(documents: 1, bytes: input.text?.utf8.count ?? 0)
            guard let issue else { return }
            progress.print("analyze: " + (issue.message.hasPrefix(input.source) ? issue.message : "\(input.source): \(issue.message)"))
            if issue.code == "binary_input" || issue.code == "invalid_utf8" { status.noteDataError() }
            status.noteFailedDocument()
        }
        reading: for (path, error) in inputs {
            if let error {
                status.noteInputError(error)
                let input = InputDocument(id: path, source: path, text: nil, issue: DocumentIssue(code: "unreadable_input", message: error.message))
                report(handle(input), of: input)
                continue
            }
            let reader = collector.documents(in: path)
            while !interruption.requested, let pending = reader.next() {
                let input = collector.load(pending, warn: { progress.print("analyze: warning: \($0)") })
                report(handle(input), of: input)
            }
            if interruption.requested { break reading }
        }
        progress.finish()
        if interruption.requested {
            output.flush()
            printError(lastSource.isEmpty
                ? "analyze: interrupted before any document was read"
                : "analyze: interrupted after \(done) \(done == 1 ? "document" : "documents"); the last one read was \(lastSource)")
            throw ExitCode(130)
        }
        output.flush()
        if output.failed {
            printError("analyze: cannot write to standard output")
            throw ExitCode(ExitStatus.ioError)
        }
        if status.code != ExitStatus.success { throw ExitCode(status.code) }
    }

    /// The document `make` builds from the text of `input`, with its language (`lang`, else the
    /// record's, else detected), or why there is none: the input's own issue, or `make`'s failure
    /// as `segmentation_failed`. Neither for an empty text.
    static func document(of input: InputDocument, lang: String?, _ make: (String, Language) throws -> Document)
        -> (made: (document: Document, language: Language)?, issue: DocumentIssue?) {
        guard input.issue == nil else { return (nil, input.issue) }
        guard let text = input.text, !text.isEmpty else { return (nil, nil) }
        let language = (lang ?? input.language).map { Language(rawValue: $0) } ?? LanguageDetector().detect(text)
        do {
            return ((try make(text, language), language), nil)
        } catch {
            return (nil, DocumentIssue(code: "segmentation_failed", message: "\(error)"))
        }
    }

    /// Opens the JSON record of `input`: `{"id":…,"source":…`.
    static func appendOpening(of input: InputDocument, to out: inout [UInt8]) {
        out += #"{"id":"#.utf8
        JSONText.appendString(input.id, to: &out)
        out += #","source":"#.utf8
        JSONText.appendString(input.source, to: &out)
    }

    /// Appends `,"errors":[…]` with `issue`, if any, to a JSON record.
    static func appendErrors(_ issue: DocumentIssue?, to out: inout [UInt8]) {
        out += #","errors":["#.utf8
        if let issue {
            out += #"{"code":"#.utf8
            JSONText.appendString(issue.code, to: &out)
            out += #","message":"#.utf8
            JSONText.appendString(issue.message, to: &out)
            out.append(0x7D)
        }
        out.append(0x5D)
    }
}
