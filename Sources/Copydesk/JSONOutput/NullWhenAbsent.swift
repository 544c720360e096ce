/// An optional member that encodes as `null` when absent, where a synthesized `Encodable`
/// conformance would leave its key out: with it a report keeps every key in every record, and
/// needs no hand-written `encode(to:)` for that.
///
/// ```swift
/// struct Report: Encodable {
///     @NullWhenAbsent var quotedScore: Double? = nil  // "quoted_score": null
/// }
/// ```
///
/// Give it the initial value `nil`, as a plain optional has implicitly, to keep the nil default
/// of the memberwise initializer.
@propertyWrapper
public struct NullWhenAbsent<Wrapped> {
    public var wrappedValue: Wrapped?

    public init(wrappedValue: Wrapped?) {
        self.wrappedValue = wrappedValue
    }
}

extension NullWhenAbsent: Encodable where Wrapped: Encodable {
    /// The value as its own conformance encodes it, or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension NullWhenAbsent: Equatable where Wrapped: Equatable {}
extension NullWhenAbsent: Hashable where Wrapped: Hashable {}
extension NullWhenAbsent: Sendable where Wrapped: Sendable {}
