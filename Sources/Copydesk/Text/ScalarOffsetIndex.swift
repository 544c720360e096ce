/// Converts UTF-8 byte offsets of one text into Unicode scalar (code point) offsets in O(1).
///
/// Output offsets are scalar offsets (what Python's `str` indexes). For pure ASCII text the two
/// are equal and the index stores nothing; otherwise it stores the scalar count at every 64th
/// byte, and a lookup counts at most 63 bytes of the text.
public struct ScalarOffsetIndex: Sendable {
    @usableFromInline static let shift = 6
    @usableFromInline let checkpoints: [Int32]   // scalar offset at byte (i << shift); empty when ASCII

    /// Builds the index for `utf8`.
    public init(utf8: UnsafeBufferPointer<UInt8>) {
        if Self.isASCII(utf8) {
            checkpoints = []
            return
        }
        var marks: [Int32] = []
        marks.reserveCapacity(utf8.count >> Self.shift + 1)
        var scalars: Int32 = 0
        var offset = 0
        while offset < utf8.count {
            marks.append(scalars)   // at every multiple of 1 << shift
            let blockEnd = min(offset + (1 << Self.shift), utf8.count)
            scalars += Int32(UTF8Scanning.scalarCount(from: offset, to: blockEnd, in: utf8))
            offset = blockEnd
        }
        marks.append(scalars)
        checkpoints = marks
    }

    /// Whether every byte is ASCII, read eight bytes at a time.
    static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            var high: UInt64 = 0
            while index + 8 <= utf8.count {
                high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            if high & 0x8080_8080_8080_8080 != 0 { return false }
        }
        while index < utf8.count {
            if utf8[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// True when the text is ASCII, so byte and scalar offsets are equal.
    public var isIdentity: Bool { checkpoints.isEmpty }

    /// The scalar offset of `byteOffset` in `utf8`, the same text the index was built for.
    @inlinable
    public func scalarOffset(_ byteOffset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        checkpoints.isEmpty ? byteOffset : countedScalarOffset(byteOffset, in: utf8)
    }

    /// `scalarOffset(_:in:)` outside ASCII: the scalars before the checkpoint at or below
    /// `byteOffset`, plus those that start between it and `byteOffset` (at most 63 bytes, counted
    /// eight at a time).
    @usableFromInline
    func countedScalarOffset(_ byteOffset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(byteOffset >= 0 && byteOffset <= utf8.count, "byte offset outside the text")
        let block = byteOffset >> Self.shift
        return Int(checkpoints[block]) + UTF8Scanning.scalarCount(from: block << Self.shift, to: byteOffset, in: utf8)
    }
}
