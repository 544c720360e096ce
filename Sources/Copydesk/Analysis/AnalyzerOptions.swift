/// The options given to one analyzer, checked against the keys it declares.
public struct AnalyzerOptions: Sendable {
    /// The values by key.
    public let values: [String: AnalyzerOptionValue]

    /// No options.
    public static let none = AnalyzerOptions(values: [:])

    /// Options from values; use `validated(for:)` to reject unknown keys.
    public init(values: [String: AnalyzerOptionValue]) {
        self.values = values
    }

    /// These options, or an error naming an unknown key and listing the valid ones.
    public func validated(for description: AnalyzerDescription) throws(AnalyzerError) -> AnalyzerOptions {
        let valid = description.options.map(\.key)
        for key in values.keys.sorted() where !valid.contains(key) {
            let list = valid.isEmpty ? "it takes no options" : "valid keys: \(valid.joined(separator: ", "))"
            throw AnalyzerError.invalidConfiguration("unknown option '\(key)' for plugin '\(description.id)'; \(list)")
        }
        for option in description.options {
            guard let value = values[option.key] else { continue }
            let fits: Bool
            switch option.type {
            case .number: fits = number(option.key) != nil
            case .boolean: fits = boolean(option.key) != nil
            case .list: fits = list(option.key) != nil
            case .string, .path: fits = string(option.key) != nil
            }
            guard fits else {
                throw AnalyzerError.invalidConfiguration("option '\(option.key)' of plugin '\(description.id)' must be a \(option.type.rawValue), not \(value)")
            }
        }
        return self
    }

    /// A string or path option.
    public func string(_ key: String) -> String? {
        if case .string(let value)? = values[key] { return value }
        return nil
    }

    /// A number option.
    public func number(_ key: String) -> Double? {
        switch values[key] {
        case .number(let value)?: value
        case .string(let text)?: Double(text)
        default: nil
        }
    }

    /// A boolean option.
    public func boolean(_ key: String) -> Bool? {
        switch values[key] {
        case .boolean(let value)?: value
        case .string(let text)?: ["true", "yes", "1"].contains(text.lowercased()) ? true : (["false", "no", "0"].contains(text.lowercased()) ? false : nil)
        default: nil
        }
    }

    /// A list option (a single string is a one-element list).
    public func list(_ key: String) -> [String]? {
        switch values[key] {
        case .list(let value)?: value
        case .string(let value)?: [value]
        default: nil
        }
    }
}
