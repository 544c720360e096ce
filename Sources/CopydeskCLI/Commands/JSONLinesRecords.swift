import ArgumentParser
import Copydesk

/// The records of a JSON Lines input, for the commands that otherwise take one article
/// (`analyze clean`, `analyze segment`): one at a time and in input order, so an archive streams
/// through in flat memory.
enum JSONLinesRecords {
    /// Calls `handle` with each record of `file` (standard input for `-`), read by `collector`.
    /// `handle` writes the record's output and returns the issue it reported: the record's own,
    /// or one met while working on it; nil when there was none. Each issue also goes to standard
    /// error. Throws the exit status when it is not 0: 66 for a missing file (then nothing is
    /// written), 65 when a record was not text, 1 when any record failed.
    static func forEach(in file: String, _ collector: InputCollector, _ handle: (InputDocument) -> DocumentIssue?) throws {
        if file != "-", let error = collector.expand([file]).first?.error {
            printError("analyze: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        var status = ExitStatusTracker()
        let reader = collector.documents(in: file)
        while let pending = reader.next() {
            let input = collector.load(pending, warn: { printError("analyze: warning: \($0)") })
            guard let issue = handle(input) else { continue }
            printError("analyze: " + (issue.message.hasPrefix(input.source) ? issue.message : "\(input.source): \(issue.message)"))
            if issue.code == "binary_input" || issue.code == "invalid_utf8" { status.noteDataError() }
            status.noteFailedDocument()
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
