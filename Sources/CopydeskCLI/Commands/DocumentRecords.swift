import ArgumentParser
import Copydesk

/// The documents of several inputs, or the records of a JSON Lines input, for the commands that
/// otherwise take one article (`analyze clean`, `analyze segment`): one at a time and in input
/// order, so an archive streams through in flat memory.
enum DocumentRecords {
    /// Calls `handle` with each document of `paths` (files, directories, quoted patterns, `-` for
    /// standard input), read by `collector`: one per text file or page, one per record of a JSON
    /// Lines file, one with an issue for a path that cannot be read. `handle` writes the
    /// document's output and returns the issue it reported: the document's own, or one met while
    /// working on it; nil when there was none. Each issue also goes to standard error. Throws the
    /// exit status when it is not 0, worst first: 66 for a missing input (for a lone input,
    /// before anything is written), 65 when a document was not text, 1 when any document failed.
    static func forEach(in paths: [String], _ collector: InputCollector, _ handle: (InputDocument) -> DocumentIssue?) throws {
        let inputs = collector.expand(paths)
        if inputs.count == 1, let error = inputs[0].error {
            printError("analyze: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        var status = ExitStatusTracker()
        func report(_ issue: DocumentIssue?, of input: InputDocument) {
            guard let issue else { return }
            printError("analyze: " + (issue.message.hasPrefix(input.source) ? issue.message : "\(input.source): \(issue.message)"))
            if issue.code == "binary_input" || issue.code == "invalid_utf8" { status.noteDataError() }
            status.noteFailedDocument()
        }
        for (path, error) in inputs {
            if let error {
                status.noteInputError(error)
                let input = InputDocument(id: path, source: path, text: nil, issue: DocumentIssue(code: "unreadable_input", message: error.message))
                report(handle(input), of: input)
                continue
            }
            let reader = collector.documents(in: path)
            while let pending = reader.next() {
                let input = collector.load(pending, warn: { printError("analyze: warning: \($0)") })
                report(handle(input), of: input)
            }
        }
        if status.code != ExitStatus.success { throw ExitCode(status.code) }
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
