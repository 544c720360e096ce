import ArgumentParser

/// Optional per-segment detail in JSON records (`--include sentences,tokens`).
struct IncludedDetail: OptionSet, Sendable {
    let rawValue: Int
    static let sentences = IncludedDetail(rawValue: 1)
    static let tokens = IncludedDetail(rawValue: 2)
    static let paragraphs = IncludedDetail(rawValue: 4)

    static let names: [(String, IncludedDetail)] = [("sentences", .sentences), ("tokens", .tokens), ("paragraphs", .paragraphs)]

    /// Parses "sentences,tokens".
    static func parse(_ text: String) throws -> IncludedDetail {
        var result: IncludedDetail = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let match = names.first(where: { $0.0 == part }) else {
                throw ValidationError("unknown --include value '\(part)'; valid: \(names.map(\.0).joined(separator: ", "))")
            }
            result.insert(match.1)
        }
        return result
    }
}

import Foundation
