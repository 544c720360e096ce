import Copydesk
import CopydeskHTML
import Foundation

/// Turns command-line inputs (files, directories, "-") into a stream of documents: one per text
/// file, one per JSON Lines record. Every record yields exactly one document or one failure.
/// Listing them (`documents(in:)`) only splits the input; reading and parsing each one
/// (`load(_:)`) is left to the worker that takes it.
struct InputCollector: Sendable {
    var format: InputFormat
    var textField: String
    var idField: String
    var htmlField: String?
    var strict: Bool
    var warn: @Sendable (String) -> Void
    /// How standard input ("-") is read when `format` is `.auto`: it has no extension, so the
    /// caller looks at it first (`StandardInput.sniffFormat()`); plain text until then.
    var standardInputFormat: InputFormat = .text
    /// Raised while a JSON Lines reader waits for input (a pipe), so the output can be flushed.
    var idleSignal: InputIdleSignal?

    /// Extensions read from directories.
    static let textExtensions: Set<String> = ["txt", "text", "md"]
    static let htmlExtensions: Set<String> = ["html", "htm"]
    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    /// The files named by `paths`, directories expanded recursively in sorted order, quoted
    /// patterns (`GlobPattern`) expanded to their sorted matches. Missing paths and patterns
    /// without a match are returned as failures so that they yield a record too.
    func expand(_ paths: [String]) -> [(path: String, error: InputError?)] {
        var result: [(String, InputError?)] = []
        for path in paths {
            if path == "-" { result.append((path, nil)); continue }
            if !FileManager.default.fileExists(atPath: path), GlobPattern.isPattern(path) {
                let matches = GlobPattern(pattern: path).matches()
                if matches.isEmpty { result.append((path, .noMatch(path))) } else { result += expand(matches) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append((path, .missing(path)))
                continue
            }
            guard isDirectory.boolValue else { result.append((path, nil)); continue }
            let found = DirectoryWalker.files(under: path, wanted: Self.isReadFromDirectories) { directory, reason in
                warn("\(directory): directory skipped: \(reason)")
            }
            if found.isEmpty { warn("\(path): directory holds no .txt, .md or .jsonl files") }
            result += found.sorted().map { ($0, nil) }
        }
        return result
    }

    /// Whether a file named `name` is read when its directory is given: by its extension.
    static func isReadFromDirectories(_ name: String) -> Bool {
        let ext = fileExtension(name)
        let inner = ext == "gz" ? fileExtension(name.dropLast(3)) : ext
        return textExtensions.contains(ext) || htmlExtensions.contains(ext) || jsonLinesExtensions.contains(inner)
    }

    /// The extension of the last component of `path`, lowercased: what follows its last "."
    /// ("" without one, or for a name that starts with its only one), as `NSString`'s
    /// `pathExtension` gives it.
    static func fileExtension(_ path: String) -> String { fileExtension(path[...]) }

    /// `fileExtension` of a part of a path, read from the end over its UTF-8 bytes ("/" and "."
    /// are ASCII): it is asked for every file of a folder, twice.
    static func fileExtension(_ path: Substring) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex && bytes[bytes.index(before: end)] == 0x2F { end = bytes.index(before: end) }
        var index = end
        while index > bytes.startIndex {
            let previous = bytes.index(before: index)
            switch bytes[previous] {
            case 0x2F:
                return ""   // the name's start, and no dot
            case 0x2E:
                // A dot that starts the name ("/.hidden") separates no extension.
                if previous == bytes.startIndex || bytes[bytes.index(before: previous)] == 0x2F { return "" }
                return path[index..<end].lowercased()
            default:
                index = previous
            }
        }
        return ""
    }

    /// Whether `path` is read as a web page.
    func isHTML(_ path: String) -> Bool {
        switch format {
        case .html: return true
        case .auto where path == "-": return standardInputFormat == .html
        case .auto: return Self.htmlExtensions.contains(Self.fileExtension(path))
        default: return false
        }
    }

    /// Whether `path` is read as JSON Lines.
    func isJSONLines(_ path: String) -> Bool {
        switch format {
        case .jsonl: return true
        case .text, .html: return false
        case .auto where path == "-": return standardInputFormat == .jsonl
        case .auto:
            let ext = Self.fileExtension(path)
            return Self.jsonLinesExtensions.contains(ext == "gz" ? Self.fileExtension(path.dropLast(3)) : ext)
        }
    }

    /// A reader of the documents of `path`, in order: one for a text file, one per line of a
    /// JSON Lines file (read in chunks, so memory stays flat however large the file). Each is
    /// made ready by `load(_:)`.
    func documents(in path: String) -> DocumentReader {
        let name = path == "-" ? "<stdin>" : path
        if isJSONLines(path) {
            let handle: FileHandle
            if path == "-" {
                handle = FileHandle.standardInput
            } else if let opened = FileHandle(forReadingAtPath: path) {
                handle = opened
            } else {
                return DocumentReader(single: .ready(failure(id: name, source: name, InputError.unreadable(name, "cannot open"))))
            }
            let reader = path == "-"
                ? LineReader(handle: handle, gzip: StandardInput.shared.isGzip,
                             readAhead: StandardInput.shared.takeReadAhead(), idleSignal: idleSignal)
                : LineReader(handle: handle, gzip: path.lowercased().hasSuffix(".gz"), idleSignal: idleSignal)
            var lineNumber = 0
            let wanted = wantedFields
            return DocumentReader(canContinueWithoutWaiting: { reader.canReadWithoutWaiting }) {
                // Each line is copied out of the reader's buffer; a blank line yields no document.
                while let read = reader.withNextLine({ line -> PendingDocument? in
                    lineNumber += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
                    return .jsonLine(bytes: Array(line), lineNumber: lineNumber, source: Self.source(file: name, line: lineNumber), wanted: wanted)
                }) {
                    if let document = read { return document }
                }
                if let error = reader.error {
                    defer { reader.error = nil }
                    return .ready(failure(id: "\(name):\(lineNumber + 1)", source: "\(name):\(lineNumber + 1)", InputError.unreadable(name, error)))
                }
                return nil
            }
        }
        return DocumentReader(single: isHTML(path) ? .page(path: path, name: name) : .textFile(path: path, name: name))
    }

    /// Reads, parses or extracts `pending`: the document, or the failure that stands for it.
    /// Warnings (text repaired, a page's declared encoding ignored) go to `warn`, so the caller can
    /// print them when the document's record is written, in input order.
    func load(_ pending: PendingDocument, warn: (String) -> Void) -> InputDocument {
        switch pending {
        case .ready(let document):
            return document
        case .jsonLine(let bytes, let lineNumber, let source, let wanted):
            return bytes.withUnsafeBufferPointer { record($0, lineNumber: lineNumber, source: source, wanted: wanted, warn: warn) }
        case .page(let path, let name):
            do {
                let bytes = try InputFile.readPage(path)
                if bytes.isEmpty { return InputDocument(id: name, source: name, text: "") }
                return page(bytes, id: name, source: name, warn: warn)
            } catch {
                return failure(id: name, source: name, error)
            }
        case .textFile(let path, let name):
            do {
                return InputDocument(id: name, source: name, text: try InputFile.readText(path, strict: strict, warn: warn))
            } catch {
                return failure(id: name, source: name, error)
            }
        }
    }

    /// A document from a web page's bytes: the extracted article, its metadata; warnings go to
    /// `warn` (by default the collector's own).
    func page(_ bytes: [UInt8], id: String, source: String) -> InputDocument {
        page(bytes, id: id, source: source, warn: warn)
    }

    func page(_ bytes: [UInt8], id: String, source: String, warn: (String) -> Void) -> InputDocument {
        let article = HTMLArticleExtractor().extract(bytes)
        for warning in article.warnings { warn("\(source): \(warning)") }
        return InputDocument(id: id, source: source, text: article.text, language: article.language,
                             metadata: HTMLMetadata(title: article.title, byline: article.byline, published: article.published))
    }

    private func failure(id: String, source: String, _ error: InputError) -> InputDocument {
        let code: String
        switch error.exitCode {
        case ExitStatus.dataError: code = error.message.contains("binary") ? "binary_input" : "invalid_utf8"
        default: code = "unreadable_input"
        }
        return InputDocument(id: id, source: source, text: nil, issue: DocumentIssue(code: code, message: error.message))
    }

    /// The fields a record is read for; the others are checked but not decoded.
    private var wantedFields: [String] {
        var fields: [String] = []
        for field in [idField, textField, htmlField, "lang", "language"].compactMap({ $0 }) where !fields.contains(field) {
            fields.append(field)
        }
        return fields
    }

    /// `file:line`, the source of a JSON Lines record, built in one allocation.
    static func source(file: String, line: Int) -> String {
        var file = file
        return file.withUTF8 { name in
            String(unsafeUninitializedCapacity: name.count + 21) { target in
                target.baseAddress!.update(from: name.baseAddress!, count: name.count)
                target[name.count] = 0x3A
                return name.count + 1 + JSONText.writeInteger(line, to: target.baseAddress! + name.count + 1)
            }
        }
    }

    /// One JSON Lines record.
    private func record(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, source: String, wanted: [String],
                        warn: (String) -> Void) -> InputDocument {
        func fail(_ code: String, _ message: String) -> InputDocument {
            InputDocument(id: source, source: source, text: nil,
                          issue: DocumentIssue(code: code, message: message, line: lineNumber))
        }
        if let invalid = TextDecoder.firstInvalidUTF8(line) {
            if strict { return fail("invalid_utf8", "line \(lineNumber): invalid UTF-8 at byte \(invalid) of the line") }
            warn("\(source): invalid UTF-8 at byte \(invalid) of the line; replaced with U+FFFD")
            let repaired = Array(String(decoding: line, as: UTF8.self).utf8)
            return repaired.withUnsafeBufferPointer { record(valid: $0, source: source, lineNumber: lineNumber, wanted: wanted, warn: warn, fail: fail) }
        }
        return record(valid: line, source: source, lineNumber: lineNumber, wanted: wanted, warn: warn, fail: fail)
    }

    /// One JSON Lines record of valid UTF-8.
    private func record(valid bytes: UnsafeBufferPointer<UInt8>, source: String, lineNumber: Int, wanted: [String],
                        warn: (String) -> Void, fail: (String, String) -> InputDocument) -> InputDocument {
        // Our own reader first; what it does not take plainly goes to Foundation, whose verdict stands.
        let record: JSONLineObject
        if let fast = JSONLineObject.parse(bytes, keeping: wanted) {
            record = fast
        } else {
            switch JSONLineObject.readWithFoundation(Array(bytes)) {
            case .object(let slow): record = slow
            case .notAnObject: return fail("invalid_json", "line \(lineNumber): valid JSON but not an object; each line must be one {…} record")
            case .invalid(let reason):
                let detail = reason.map { ": " + ($0.hasSuffix(".") ? String($0.dropLast()) : $0) } ?? ""
                return fail("invalid_json", "line \(lineNumber): not valid JSON\(detail) (each line must be one {…} record)")
            }
        }
        if let at = record.firstUnpairedSurrogate {
            if strict { return fail("invalid_utf8", "line \(lineNumber): an unpaired surrogate escape at byte \(at) of the line (no Unicode text)") }
            warn("\(source): unpaired surrogate escape at byte \(at) of the line; replaced with U+FFFD")
        }
        var id = source
        switch record[idField] {
        case .string(let value)?, .number(let value)?: id = value
        default: break
        }
        if let htmlField, case .string(let html)? = record[htmlField] {
            var document = page(Array(html.utf8), id: id, source: source, warn: warn)
            document.language = document.language ?? record.string("lang") ?? record.string("language")
            return document
        }
        guard let textValue = record[textField] else {
            var document = fail("missing_text_field", "line \(lineNumber): no \"\(textField)\" field (set --text-field)")
            document.id = id
            return document
        }
        guard case .string(let text) = textValue else {
            var document = fail("missing_text_field", "line \(lineNumber): \"\(textField)\" is not a string")
            document.id = id
            return document
        }
        return InputDocument(id: id, source: source, text: text, language: record.string("lang") ?? record.string("language"))
    }
}
