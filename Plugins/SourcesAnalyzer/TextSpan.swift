/// A piece of the text with Unicode scalar offsets (`end` exclusive).
public struct TextSpan: Encodable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
