import ArgumentParser
import Copydesk

extension SegmentCommand {
    /// Segments each record of the JSON Lines input `file`, streaming and in input order: in text
    /// each record's segments under a line `== ID`, in jsonl each segment with its record's id; a
    /// record that cannot be read gives one error line (`DocumentRecords.forEach` gives the exit
    /// status).
    func segmentRecords(of file: String, _ collector: InputCollector) throws {
        let output = OutputStream.standardOutput()
        defer { output.flush() }
        try DocumentRecords.forEach(in: [file], collector, output: output, quiet: quiet) { input in
            let (segmented, issue) = DocumentRecords.document(of: input, lang: lang) { text, language in
                try Document(text: text, segmenter: Segmenter(language: language))
            }
            if format == .text { output.write("== \(input.id)\n") }
            if let issue {
                var out: [UInt8] = []
                switch format {
                case .text:
                    out += "error: \(issue.message)\n".utf8
                case .jsonl:
                    DocumentRecords.appendOpening(of: input, to: &out)
                    DocumentRecords.appendErrors(issue, to: &out)
                    out += "}\n".utf8
                }
                out.withUnsafeBufferPointer { output.write(bytes: $0) }
            } else if let segmented {
                writeSegments(of: segmented.document, language: segmented.language, id: input.id, to: output)
            }
            if format == .text { output.write("\n") }
            return issue
        }
    }
}
