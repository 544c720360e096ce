/// A document's text as HTML, with reported spans marked and the blocks that cleaning left out
/// shown apart. Spans may overlap (a hedge inside a quote): the text is cut at every span's
/// start and end, and each piece is marked with every span that covers it.
struct HighlightedText {
    /// A stretch of text that cleaning left out, in Unicode scalar offsets, and why.
    struct LeftOut {
        var start: Int
        var end: Int
        var label: String
    }

    let spans: [HighlightSpan]
    let leftOut: [LeftOut]
    /// Plugin ids to the names shown in a mark's title.
    let pluginNames: [String: String]

    /// The HTML of `text` (line breaks are kept by the page's `white-space: pre-wrap`).
    func html(of text: String) -> String {
        let scalars = text.unicodeScalars
        let count = scalars.count
        var cuts = Set([0, count])
        for span in spans { cuts.insert(min(span.start, count)); cuts.insert(min(span.end, count)) }
        for block in leftOut { cuts.insert(min(block.start, count)); cuts.insert(min(block.end, count)) }
        let positions = cuts.sorted()
        // The string index of each cut, found in one walk over the scalars.
        var indices: [String.Index] = []
        indices.reserveCapacity(positions.count)
        var index = scalars.startIndex, offset = 0
        for position in positions {
            while offset < position { scalars.formIndex(after: &index); offset += 1 }
            indices.append(index)
        }
        var out = ""
        var nextSpan = 0, active: [HighlightSpan] = []
        var nextBlock = 0
        for piece in 0..<(positions.count - 1) {
            let start = positions[piece]
            active.removeAll { $0.end <= start }
            while nextSpan < spans.count && spans[nextSpan].start <= start {
                if spans[nextSpan].end > start { active.append(spans[nextSpan]) }
                nextSpan += 1
            }
            while nextBlock < leftOut.count && leftOut[nextBlock].end <= start { nextBlock += 1 }
            let block = nextBlock < leftOut.count && leftOut[nextBlock].start <= start ? leftOut[nextBlock] : nil
            var piece = HTMLEscaping.escaped(String(scalars[indices[piece]..<indices[piece + 1]]))
            if !active.isEmpty { piece = mark(piece, spans: active) }
            if let block {
                piece = "<del title=\"\(HTMLEscaping.escaped("left out: " + block.label))\">\(piece)</del>"
            }
            out += piece
        }
        return out
    }

    /// `html` marked as covered by `spans`: a class for each one's plugin (`p-`), field (`k-`)
    /// and category (`c-`), and a title that names them all.
    func mark(_ html: String, spans: [HighlightSpan]) -> String {
        let classes = Set(spans.flatMap { span in
            ["p-" + HTMLEscaping.className(span.plugin), "k-" + HTMLEscaping.className(span.field)] + (span.category.map { ["c-" + HTMLEscaping.className($0)] } ?? [])
        })
        let title = spans.map { "\(pluginNames[$0.plugin] ?? $0.plugin): \($0.label)" }.joined(separator: "; ")
        return "<mark class=\"\(classes.sorted().joined(separator: " "))\" title=\"\(HTMLEscaping.escaped(title))\">\(html)</mark>"
    }
}
