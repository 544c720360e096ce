import Copydesk

/// One JSON value under construction.
final class JSONNode {
    enum Content {
        case empty
        case scalar([UInt8])
        case object([(String, JSONNode)])
        case array([JSONNode])
    }
    var content: Content = .empty

    func write(to out: inout [UInt8]) throws {
        switch content {
        case .empty: out += "{}".utf8
        case .scalar(let bytes): out += bytes
        case .object(let members):
            out.append(0x7B)
            for (index, (key, node)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONText.appendString(key, to: &out)
                out.append(0x3A)
                try node.write(to: &out)
            }
            out.append(0x7D)
        case .array(let items):
            out.append(0x5B)
            for (index, node) in items.enumerated() {
                if index > 0 { out.append(0x2C) }
                try node.write(to: &out)
            }
            out.append(0x5D)
        }
    }

    func append(_ key: String, _ node: JSONNode) {
        if case .object(var members) = content {
            content = .empty  // keep the array uniquely referenced while appending
            members.append((key, node))
            content = .object(members)
        } else {
            content = .object([(key, node)])
        }
    }

    func append(_ node: JSONNode) {
        if case .array(var items) = content {
            content = .empty
            items.append(node)
            content = .array(items)
        } else {
            content = .array([node])
        }
    }

    static func scalar(_ text: String) -> JSONNode {
        let node = JSONNode()
        node.content = .scalar(Array(text.utf8))
        return node
    }

    static func string(_ text: String) -> JSONNode {
        let node = JSONNode()
        var bytes: [UInt8] = []
        JSONText.appendString(text, to: &bytes)
        node.content = .scalar(bytes)
        return node
    }

    static func number(_ value: Double) throws -> JSONNode {
        guard value.isFinite else { throw ReportEncoder.Failure(description: "\(value) is not a JSON number") }
        if value == value.rounded(), abs(value) < 1e15 { return scalar(String(Int64(value))) }
        return scalar("\(value)")
    }
}
