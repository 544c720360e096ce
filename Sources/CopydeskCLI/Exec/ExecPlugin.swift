import Copydesk
import Foundation
import Synchronization

/// An out-of-process plugin (`--exec-plugin NAME=COMMAND`): started once per run (or as
/// `processes` copies, `--exec-processes`), sent each analyzed document as one JSON line, its
/// one-line JSON reply put under `plugins.NAME`. Time-outs, crashes and malformed replies become
/// error entries in the affected records; the run goes on. See `Docs/plugins/exec-protocol.md`.
final class ExecPlugin: Sendable {
    /// One copy of the plugin, used by one worker at a time.
    private final class Copy: Sendable {
        let process: Mutex<ExecPluginProcess>
        init(command: String) { process = Mutex(ExecPluginProcess(command: command)) }
    }

    /// Seconds a plugin may take per document unless told otherwise.
    static let defaultTimeout = 30.0

    let name: String
    let timeout: Double
    /// The copies; each starts with its first request.
    private let copies: [Copy]
    /// Where the next request starts looking for a free copy.
    private let nextCopy = Atomic<Int>(0)

    init(name: String, command: String, timeout: Double, processes: Int = 1) {
        self.name = name
        self.timeout = timeout
        self.copies = (0..<max(1, processes)).map { _ in Copy(command: command) }
    }

    /// Parses "NAME=COMMAND".
    static func parse(_ text: String, timeout: Double, processes: Int = 1) throws -> ExecPlugin {
        guard let equals = text.firstIndex(of: "=") else { throw InputError(message: "--exec-plugin '\(text)' is not NAME=COMMAND", exitCode: ExitStatus.usage) }
        let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let command = String(text[text.index(after: equals)...])
        guard AnalyzerRegistry.isValidID(name), !command.isEmpty else {
            throw InputError(message: "--exec-plugin '\(text)': NAME must be snake_case and COMMAND not empty", exitCode: ExitStatus.usage)
        }
        return ExecPlugin(name: name, command: command, timeout: timeout, processes: processes)
    }

    /// The plugin's report for `document`, or the issue that replaced it.
    func analyze(_ document: AnalyzedDocument) -> Result<RawJSONReport, DocumentIssue> {
        let request = Self.request(for: document)
        do {
            let reply = try self.reply(to: request)
            guard let object = try? JSONSerialization.jsonObject(with: Data(reply)), object is [String: Any] else {
                let preview = String(decoding: reply.prefix(80), as: UTF8.self)
                return .failure(DocumentIssue(code: "plugin_failed", message: "reply is not a JSON object: \(preview)", plugin: name))
            }
            return .success(RawJSONReport(bytes: reply))
        } catch {
            return .failure(DocumentIssue(code: "plugin_failed", message: "\(error)", plugin: name))
        }
    }

    /// The reply of a copy to `request`: the first free copy from the next in turn, so that
    /// requests in a row go to the copies in turn; the next in turn when all are busy.
    private func reply(to request: [UInt8]) throws -> [UInt8] {
        let first = (nextCopy.wrappingAdd(1, ordering: .relaxed).oldValue & Int.max) % copies.count
        if copies.count > 1 {
            for step in 0..<copies.count {
                let copy = copies[(first + step) % copies.count]
                if let reply = try copy.process.withLockIfAvailable({ try $0.request(request, timeout: timeout) }) { return reply }
            }
        }
        return try copies[first].process.withLock { try $0.request(request, timeout: timeout) }
    }

    func stop() { for copy in copies { copy.process.withLock { $0.stop() } } }

    /// The request line: `{"schema_version","id","language","text","paragraphs","sentences","tokens","stats","readability"}`,
    /// offsets in Unicode scalars.
    static func request(for document: AnalyzedDocument) -> [UInt8] {
        var out: [UInt8] = Array(#"{"schema_version":"#.utf8)
        JSONText.appendInt(CopydeskVersion.schema, to: &out)
        out += #","id":"#.utf8
        JSONText.appendString(document.id, to: &out)
        out += #","language":"#.utf8
        JSONText.appendString(document.language.rawValue, to: &out)
        out += #","text":"#.utf8
        JSONText.appendString(document.text, to: &out)
        // Offsets are written as digits straight into the line: a string per token cost more
        // than analyzing the document.
        func pair(_ range: TextRange) {
            out.append(0x5B)
            JSONText.appendInt(document.scalarOffset(range.start), to: &out)
            out.append(0x2C)
            JSONText.appendInt(document.scalarOffset(range.end), to: &out)
        }
        func ranges(_ key: String, _ list: [TextRange]) {
            out += ",\"\(key)\":[".utf8
            for (index, range) in list.enumerated() {
                if index > 0 { out.append(0x2C) }
                pair(range)
                out.append(0x5D)
            }
            out.append(0x5D)
        }
        ranges("paragraphs", document.paragraphs.map(\.range))
        ranges("sentences", document.sentences.map(\.range))
        out += #","tokens":["#.utf8
        // `,"kind"]` of each kind, by raw value (0, 1, 2, …: the cases in order).
        let kindEndings = TokenKind.allCases.map { Array(",\"\($0.name)\"]".utf8) }
        for (index, token) in document.tokens.enumerated() {
            if index > 0 { out.append(0x2C) }
            pair(token.range)
            out += kindEndings[Int(token.kind.rawValue)]
        }
        out += #"],"readability":{"#.utf8
        var first = true
        for formula in document.readability.formulas {
            if !first { out.append(0x2C) }
            first = false
            JSONText.appendString(formula.id, to: &out)
            out += ":\(formula.value.map(RecordJSON.number) ?? "null")".utf8
        }
        let c = document.readability.counts
        out += "},\"stats\":{\"words\":\(c.words),\"sentences\":\(c.sentences),\"paragraphs\":\(c.paragraphs),\"syllables\":\(c.syllables)}}".utf8
        return out
    }
}
