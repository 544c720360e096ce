import ArgumentParser
import Copydesk

extension CleanCommand {
    /// Cleans each document of `paths` (each record of a JSON Lines file), streaming: one output
    /// record per input document, in input order, an error record for one that cannot be read
    /// (`DocumentRecords.forEach` gives the exit status).
    func cleanRecords(of paths: [String], _ collector: InputCollector) throws {
        let output = OutputStream.standardOutput()
        defer { output.flush() }
        try DocumentRecords.forEach(in: paths, collector, output: output, quiet: quiet) { input in
            let (cleaned, issue) = DocumentRecords.document(of: input, lang: lang) { text, language in
                try Self.cleaned(text, language: language, preExtracted: input.metadata != nil)
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
                DocumentRecords.appendOpening(of: input, to: &out)
                out.append(0x2C)
                if let cleaned {
                    Self.appendCleaning(of: cleaned.document, language: cleaned.language, metadata: input.metadata, blockSeparator: ",", to: &out)
                } else {
                    out += #""language":null,"page":"#.utf8
                    Self.appendPage(input.metadata, to: &out)
                    out += #","blocks":[]"#.utf8
                }
                DocumentRecords.appendErrors(issue, to: &out)
                out += "}\n".utf8
            }
            out.withUnsafeBufferPointer { output.write(bytes: $0) }
            return issue
        }
    }
}
