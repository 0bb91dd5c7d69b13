/// The one markup tree for HTML, SVG and MathML. Text and attribute values are escaped by `MarkupEscaping` when
/// the tree is serialized, and nowhere else; `raw` is only for markup the project generated itself (cmark
/// output, or a fragment serialized from another `MarkupNode` tree).
public indirect enum MarkupNode: Sendable {
    /// An element with ordered attributes and children.
    case element(String, [(String, String)], [MarkupNode])
    /// Text, escaped when serialized.
    case text(String)
    /// Trusted markup inserted as is.
    case raw(String)

    /// An element.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [MarkupNode] = []) -> MarkupNode {
        .element(name, attributes, children)
    }

    /// An element with a class and children.
    public static func el(_ name: String, class className: String, _ children: [MarkupNode] = []) -> MarkupNode {
        .element(name, [("class", className)], children)
    }

    /// `children` with a newline before each and after the last, so each child starts its own line.
    public static func lines(_ children: [MarkupNode]) -> [MarkupNode] {
        children.flatMap { [MarkupNode.text("\n"), $0] } + [.text("\n")]
    }

    /// Serializes the tree; attributes keep their order, so output is deterministic.
    public func render(_ syntax: MarkupSyntax = .html) -> String {
        var output = ""
        render(into: &output, syntax: syntax)
        return output
    }

    /// Appends the serialized tree to `output`.
    public func render(into output: inout String, syntax: MarkupSyntax = .html) {
        switch self {
        case let .text(text):
            output += MarkupEscaping.escape(text)
        case let .raw(markup):
            output += markup
        case let .element(name, attributes, children):
            output += "<" + name
            for (key, value) in attributes {
                output += " " + key + "=\"" + MarkupEscaping.escape(value) + "\""
            }
            switch syntax {
            case .html where MarkupSyntax.voidElements.contains(name):
                output += ">"
                return
            case .xml where children.isEmpty:
                output += "/>"
                return
            default:
                output += ">"
            }
            for child in children { child.render(into: &output, syntax: syntax) }
            output += "</" + name + ">"
        }
    }
}
