/// A JSON value, as read from a page's `<script type="application/ld+json">` by `JSONLDReader`.
indirect enum JSONLDValue {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONLDValue])
    case object([(String, JSONLDValue)])

    subscript(key: String) -> JSONLDValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The `@type` values of an object.
    var types: [String] {
        switch self["@type"] {
        case .string(let s)?: return [s]
        case .array(let items)?: return items.compactMap(\.string)
        default: return []
        }
    }
}
