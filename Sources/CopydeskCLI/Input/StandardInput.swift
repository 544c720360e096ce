import Foundation
import Synchronization

/// Standard input, with the bytes read ahead to tell what it holds. With `--input-format auto`
/// (the default) `analyze` cannot go by an extension, so it reads up to the first line that is
/// not blank: one that starts a JSON object means JSON Lines (`… | analyze`), one that starts
/// `<!DOCTYPE html` or `<html` a web page (`curl … | analyze`), anything else one article.
/// gzip-compressed input is read as compressed JSON Lines (`cat export.jsonl.gz | analyze`).
/// The readers of standard input take the bytes read ahead first (`takeReadAhead()`), so
/// nothing is lost.
final class StandardInput: Sendable {
    /// The process's standard input.
    static let shared = StandardInput(handle: .standardInput)

    private let handle: FileHandle
    /// Bytes read but not yet taken by a reader.
    private let readAhead = Mutex<[UInt8]>([])
    private let foundGzip = Atomic<Bool>(false)

    /// Whether `sniffFormat()` found gzip's magic number: the input is then read as compressed
    /// JSON Lines (`cat export.jsonl.gz | analyze`).
    var isGzip: Bool { foundGzip.load(ordering: .relaxed) }

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// How to read this input under `--input-format auto`: `.jsonl`, `.html` or `.text`, from the
    /// start of its first line that is not blank (read ahead and kept for the reader). Reads no
    /// further than it needs, so a stream of JSON Lines starts at once. Once `stop` is set (Ctrl-C)
    /// it stops waiting for input and goes by what it has.
    func sniffFormat(stop: FlagBox? = nil) -> InputFormat {
        readAhead.withLock { bytes in
            while true {
                if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B {
                    foundGzip.store(true, ordering: .relaxed)
                    return .jsonl
                }
                if bytes.count >= 2 || bytes.first != 0x1F, let line = Self.firstNonBlankLine(bytes) {
                    let complete = bytes[line.upperBound...].contains(0x0A)
                    // A page is told by its start; a JSON object needs its whole line.
                    if let format = Self.format(ofFirstLine: bytes[line], complete: complete) { return format }
                }
                // Ctrl-C ends a wait for the first bytes: the input is then taken as it is.
                let stopped = stop.map { stop in !waitForInput(handle.fileDescriptor, unless: { stop.isSet }) } ?? false
                let data = stopped ? Data() : handle.availableData
                if data.isEmpty {
                    return Self.firstNonBlankLine(bytes).flatMap { Self.format(ofFirstLine: bytes[$0], complete: true) } ?? .text
                }
                bytes += data
            }
        }
    }

    /// The bytes read ahead, which the caller now owns; empty after the first call.
    func takeReadAhead() -> [UInt8] {
        readAhead.withLock { bytes in
            defer { bytes = [] }
            return bytes
        }
    }

    /// How a page starts (compared in lowercase).
    static let pageMarkers: [[UInt8]] = [Array("<!doctype html".utf8), Array("<html".utf8)]

    /// The format the first non-blank line `line` shows, or nil when it cannot tell yet (the line
    /// is not `complete`: its line break has not been read).
    static func format(ofFirstLine line: ArraySlice<UInt8>, complete: Bool) -> InputFormat? {
        var start = line
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }   // a byte order mark
        start = start.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = start.first else { return complete ? .text : nil }
        if first == 0x3C {
            let head = start.prefix(14).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if pageMarkers.contains(where: { head.starts(with: $0) }) { return .html }
            if !complete && pageMarkers.contains(where: { $0.starts(with: head) }) { return nil }
            return .text
        }
        guard first == 0x7B else { return .text }
        // `{` then a key or `}`: a JSON object, or meant as one (a broken line then gets an
        // `invalid_json` record that says what is wrong, rather than the whole input read as
        // one article). Prose does not start so.
        guard let next = start.dropFirst().first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return complete ? .text : nil }
        return next == 0x22 || next == 0x7D ? .jsonl : .text
    }

    /// The range of the first line of `bytes` with something other than white space, without
    /// its line break; nil when no such line has started.
    static func firstNonBlankLine(_ bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { return start..<end }
            start = end + 1
        }
        return nil
    }
}
