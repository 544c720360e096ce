import Copydesk

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

extension TextSpan: JSONWritable {
    public func writeJSON(to json: inout JSONWriter) throws {
        json.beginObject()
        json.key("text"); json.string(text)
        json.key("start"); json.integer(start)
        json.key("end"); json.integer(end)
        json.endObject()
    }
}
