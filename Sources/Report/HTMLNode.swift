/// A small HTML tree. Text and attribute values are escaped here and nowhere else; `raw` is only for markup
/// the project generated itself (cmark output, MathML, SVG).
public indirect enum HTMLNode: Sendable {
    /// An element with ordered attributes and children.
    case element(String, [(String, String)], [HTMLNode])
    /// Escaped text.
    case text(String)
    /// Trusted markup inserted as is.
    case raw(String)

    /// Elements that have no closing tag.
    private static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "wbr"]

    /// An element.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes, children)
    }

    /// An element with a class and children.
    public static func el(_ name: String, class className: String, _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, [("class", className)], children)
    }

    /// Serializes the tree.
    public func render() -> String {
        var output = ""
        render(into: &output)
        return output
    }

    private func render(into output: inout String) {
        switch self {
        case let .text(text):
            output += HTMLNode.escape(text)
        case let .raw(markup):
            output += markup
        case let .element(name, attributes, children):
            output += "<" + name
            for (key, value) in attributes { output += " \(key)=\"\(HTMLNode.escape(value, attribute: true))\"" }
            output += ">"
            if HTMLNode.voidElements.contains(name) { return }
            for child in children { child.render(into: &output) }
            output += "</\(name)>"
        }
    }

    /// Escapes `&`, `<`, `>` (and `"` in attributes).
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
