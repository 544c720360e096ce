/// A report that is already JSON (an out-of-process plugin's reply), written as it is.
struct RawJSONReport: Encodable, Sendable {
    /// One JSON object, UTF-8, no line breaks.
    let bytes: [UInt8]

    /// Encoding through an `Encoder` is not supported: writers embed `bytes` directly.
    func encode(to encoder: Encoder) throws {
        throw EncodingError.invalidValue(bytes, .init(codingPath: encoder.codingPath, debugDescription: "raw JSON is written directly"))
    }
}
