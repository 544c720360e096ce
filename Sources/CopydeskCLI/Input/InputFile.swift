import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one whole input — a file or standard input ("-") — as bytes, with clear errors.
enum InputFile {
    /// The bytes of `path`, or of standard input for "-".
    static func read(_ path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return StandardInput.shared.takeReadAhead() + Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        // The C library's calls: Foundation's existence check and file handle cost more than
        // reading a short article (~80 µs of CPU a file).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .missing(path)
            case EACCES, EPERM: throw .unreadable(path, "permission denied")
            default: throw .unreadable(path, String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .directory(path) }
        // A regular file is read in one call (and one more that finds its end) unless it grew
        // meanwhile; a pipe or device from 64 KiB, doubling.
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        var bytes = [UInt8](repeating: 0, count: isRegular ? Int(status.st_size) + 1 : 1 << 16)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += repeatElement(0, count: bytes.count) }
            let count = bytes.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count > 0 { filled += count; continue }
            if count == 0 { break }
            if errno == EINTR { continue }
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        bytes.removeSubrange(filled...)
        return bytes
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

/// The C library's `read`, which `InputFile.read` hides by its name.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
