/// How a `MarkupNode` tree is serialized: the two differ only in how elements without content end.
public enum MarkupSyntax: Sendable {
    /// HTML (and MathML inside it): void elements (`meta`, `br`, `hr`, `img`, `input`, `link`, `col`, `wbr`) have no end
    /// tag; every other element has one, even when empty (`<mi></mi>`).
    case html
    /// XML (SVG): an element without children is written `<name …/>`.
    case xml

    /// HTML elements that have no end tag.
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"]
}
