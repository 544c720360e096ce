/// A value that writes its own JSON through a `JSONWriter`: the fast path for an analyzer's
/// report and the values inside it.
///
/// Reports are `Encodable`, and that stays the simple default. Encoding through an `Encoder`
/// costs a container, a generic lookup and a dynamic call per member, which for the short
/// reports of short documents is a large share of a run; a report that conforms to this
/// protocol is written straight into the output instead, by code as plain as its `encode(to:)`:
///
/// ```swift
/// struct Report: JSONWritable, Sendable {
///     var count: Int
///     var share: Double
///     @NullWhenAbsent var longest: String?
///     var marks: [Mark]  // Mark: JSONWritable too
///
///     enum CodingKeys: String, CodingKey {
///         case count, share, longest, marks
///     }
///
///     func writeJSON(to json: inout JSONWriter) throws {
///         json.beginObject()
///         json.key("count"); json.integer(count)
///         json.key("share"); try json.number(share)
///         json.key("longest"); json.string(longest)
///         json.key("marks"); try json.array(marks)
///         json.endObject()
///     }
/// }
/// ```
///
/// The contract: `writeJSON(to:)` writes exactly one JSON value, the same bytes — keys in
/// snake_case, in the same order, absent values as the same `null`s — as the `Encodable`
/// conformance writes through an encoder that converts keys to snake_case (`analyze`'s own, or
/// Foundation's `JSONEncoder` with `.convertToSnakeCase`). Test that the two agree.
public protocol JSONWritable: Encodable {
    /// Writes this value as one JSON value. Throws what the writer throws (a number that is
    /// not finite) or an error of the value's own; the output is then left as it was.
    func writeJSON(to json: inout JSONWriter) throws
}
