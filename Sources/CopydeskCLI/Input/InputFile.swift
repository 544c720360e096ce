import Foundation

/// Reads one whole input — a file or standard input ("-") — as bytes, with clear errors.
enum InputFile {
    /// The bytes of `path`, or of standard input for "-".
    static func read(_ path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return StandardInput.shared.takeReadAhead() + Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path) }
        if isDirectory.boolValue { throw .directory(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, "permission denied") }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path, "\(error.localizedDescription)")
        }
    }

    /// The bytes of a web page at `path`; a file that looks binary early on (and has no UTF-16
    /// byte order mark) is rejected rather than parsed as a page of garbage.
    static func readPage(_ path: String) throws(InputError) -> [UInt8] {
        let bytes = try read(path)
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, let evidence = TextDecoder.binaryEvidence(bytes[...]) { throw .binary(path == "-" ? "<stdin>" : path, evidence) }
        return bytes
    }

    /// The decoded text of `path`; invalid UTF-8 is replaced with U+FFFD and reported through
    /// `warn`, or rejected when `strict`.
    static func readText(_ path: String, strict: Bool, warn: (String) -> Void) throws(InputError) -> String {
        let bytes = try read(path)
        let name = path == "-" ? "<stdin>" : path
        let (text, invalid) = try TextDecoder.decode(bytes, name: name)
        if let invalid {
            if strict { throw .invalidUTF8(name, offset: invalid) }
            warn("\(name): invalid UTF-8 at byte \(invalid); replaced with U+FFFD")
        }
        return text
    }
}
