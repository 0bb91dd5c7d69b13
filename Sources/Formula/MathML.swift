import Markup

/// TeX → MathML Core rendering, with no JavaScript.
public enum MathML {
    /// Renders `tex` as a `<math>` element (`display="block"` when `display`), with the TeX source kept in
    /// an `<annotation encoding="application/x-tex">`.
    ///
    /// - Throws: `FormulaError` (kind `.syntax`) located in `tex` for anything unsupported or malformed.
    public static func render(_ tex: String, display: Bool) throws -> String {
        try node(tex, display: display).render()
    }

    /// The `<math>` element of `render` as a markup tree, for embedding in a larger `MarkupNode` page.
    ///
    /// - Throws: `FormulaError` (kind `.syntax`) located in `tex` for anything unsupported or malformed.
    public static func node(_ tex: String, display: Bool) throws -> MarkupNode {
        let tree = try TeXParser.parse(tex)
        var emitter = MathMLEmitter(display: display)
        let nodes: [MathNode]
        if case .row(let list) = tree.kind { nodes = list } else { nodes = [tree] }
        emitter.emitRow(nodes)
        var body = emitter.output
        if nodes.count == 1 || !MathMLEmitter.isSingleRow(body) {
            body = [.el("mrow", [], body)]
        }
        let annotation = MarkupNode.el("annotation", [("encoding", "application/x-tex")], [.text(tex)])
        return .el("math", display ? [("display", "block")] : [], [.el("semantics", [], body + [annotation])])
    }

    /// Checks that `tex` is valid, renderable TeX without producing markup.
    ///
    /// - Throws: the same `FormulaError` that `render` would throw.
    public static func validate(_ tex: String) throws {
        _ = try TeXParser.parse(tex)
    }
}
