/// Whitespace helpers for text pulled out of markup.
extension String {
    var collapsed: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    var trimmed: String { collapsed }
}
