import Foundation

extension JSONLineObject {
    /// How `JSONSerialization` reads a line our own reader did not take.
    enum FoundationReading {
        case object(JSONLineObject)
        /// Valid JSON, but an array, a string, a number or a literal.
        case notAnObject
        /// Not JSON; `reason` is `JSONSerialization`'s own account when it gives one ("Too many
        /// nested arrays or dictionaries around character 513.").
        case invalid(reason: String?)
    }

    /// Reads `bytes` with `JSONSerialization`, once (numbers as `NSNumber.stringValue`).
    static func readWithFoundation(_ bytes: [UInt8]) -> FoundationReading {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
        } catch {
            return .invalid(reason: (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String)
        }
        guard let object = parsed as? [String: Any] else { return .notAnObject }
        var record = JSONLineObject()
        for (key, value) in object {
            switch value {
            case let string as String: record[key] = .string(string)
            case let number as NSNumber:
                record[key] = String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.stringValue)
            case is NSNull: record[key] = .null
            default: record[key] = .nested
            }
        }
        return .object(record)
    }

    /// The top-level fields of `bytes` as `JSONSerialization` reads them; nil when it is not a
    /// JSON object.
    init?(foundationJSON bytes: [UInt8]) {
        guard case .object(let record) = Self.readWithFoundation(bytes) else { return nil }
        self = record
    }
}
