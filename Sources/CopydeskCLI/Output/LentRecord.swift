/// The bytes of one record, lent by the worker that built them (from its reused buffer) to the
/// sink for the length of one call. Sendable because the sink only reads them during that call,
/// under its lock, and copies them when it must keep them.
struct LentRecord: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}
