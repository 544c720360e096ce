import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so a JSON Lines export of
/// any size is read in constant memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private let chunkSize = 1 << 20

    init(handle: FileHandle) { self.handle = handle }

    /// The next line without its line break, or nil at the end.
    func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<newline])
                if line.last == 0x0D { line.removeLast() }
                position = newline + 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            let data = handle.readData(ofLength: chunkSize)
            if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
        }
    }
}
