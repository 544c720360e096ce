import Foundation

extension JSONLineObject {
    /// The top-level fields of `bytes` as `JSONSerialization` reads them (numbers as
    /// `NSNumber.stringValue`); nil when it is not a JSON object.
    init?(foundationJSON bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        for (key, value) in object {
            switch value {
            case let string as String: fields[key] = .string(string)
            case let number as NSNumber:
                fields[key] = String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.stringValue)
            case is NSNull: fields[key] = .null
            default: fields[key] = .nested
            }
        }
    }
}
