import ArgumentParser
import Copydesk

extension CleanCommand {
    /// Cleans each record of the JSON Lines input `file`, streaming: one output record per input
    /// record, in input order, an error record for one that cannot be read. Exit status 1 when a
    /// record failed (65 when its bytes were not text); a missing file is 66, with no output, as
    /// for a single article.
    func cleanRecords(of file: String, _ collector: InputCollector) throws {
        if file != "-", let error = collector.expand([file]).first?.error {
            printError("analyze: \(error.message)")
            throw ExitCode(error.exitCode)
        }
        let output = OutputStream.standardOutput()
        defer { output.flush() }
        var status = ExitStatusTracker()
        let reader = collector.documents(in: file)
        while let pending = reader.next() {
            let input = collector.load(pending, warn: { printError("analyze: warning: \($0)") })
            var issue = input.issue
            var cleaned: (document: Document, language: Language)?
            if issue == nil, let text = input.text, !text.isEmpty {
                let language = (lang ?? input.language).map { Language(rawValue: $0) } ?? LanguageDetector().detect(text)
                do {
                    cleaned = (try Self.cleaned(text, language: language, preExtracted: input.metadata != nil), language)
                } catch {
                    issue = DocumentIssue(code: "segmentation_failed", message: "\(error)")
                }
            }
            if let issue {
                printError("analyze: " + (issue.message.hasPrefix(input.source) ? issue.message : "\(input.source): \(issue.message)"))
                if issue.code == "binary_input" || issue.code == "invalid_utf8" { status.noteDataError() }
                status.noteFailedDocument()
            }
            var out: [UInt8] = []
            switch format {
            case .text:
                out += "== \(input.id)\n".utf8
                if let issue {
                    out += "error: \(issue.message)\n".utf8
                } else if let cleaned, let kept = Self.keptText(of: cleaned.document, bodyOnly: bodyOnly) {
                    out += kept.utf8
                    out.append(0x0A)
                }
                out.append(0x0A)
            case .json:
                out += #"{"id":"#.utf8
                JSONText.appendString(input.id, to: &out)
                out += #","source":"#.utf8
                JSONText.appendString(input.source, to: &out)
                out.append(0x2C)
                if let cleaned {
                    Self.appendCleaning(of: cleaned.document, language: cleaned.language, metadata: input.metadata, blockSeparator: ",", to: &out)
                } else {
                    out += #""language":null,"page":null,"blocks":[]"#.utf8
                }
                out += #","errors":["#.utf8
                if let issue {
                    out += #"{"code":"#.utf8
                    JSONText.appendString(issue.code, to: &out)
                    out += #","message":"#.utf8
                    JSONText.appendString(issue.message, to: &out)
                    out.append(0x7D)
                }
                out += "]}\n".utf8
            }
            out.withUnsafeBufferPointer { output.write(bytes: $0) }
        }
        if status.code != ExitStatus.success { throw ExitCode(status.code) }
    }
}
