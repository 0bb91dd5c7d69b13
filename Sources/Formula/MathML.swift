import Markup

/// TeX → MathML Core rendering, with no JavaScript.
public enum MathML {
    /// Renders `tex` as a `<math>` element (`display="block"` when `display`), with the TeX source kept in
    /// an `<annotation encoding="application/x-tex">`.
    ///
    /// - Throws: `FormulaError` (kind `.syntax`) located in `tex` for anything unsupported or malformed.
    public static func render(_ tex: String, display: Bool) throws -> String {
        let tree = try TeXParser.parse(tex)
        var emitter = MathMLEmitter(display: display)
        let nodes: [MathNode]
        if case .row(let list) = tree.kind { nodes = list } else { nodes = [tree] }
        emitter.emitRow(nodes)
        var body = emitter.output
        if !body.hasPrefix("<mrow>") || !body.hasSuffix("</mrow>") || nodes.count == 1 {
            body = "<mrow>\(body)</mrow>"
        }
        let open = display ? "<math display=\"block\">" : "<math>"
        return open + "<semantics>" + body
            + "<annotation encoding=\"application/x-tex\">\(MarkupEscaping.escape(tex))</annotation></semantics></math>"
    }

    /// Checks that `tex` is valid, renderable TeX without producing markup.
    ///
    /// - Throws: the same `FormulaError` that `render` would throw.
    public static func validate(_ tex: String) throws {
        _ = try TeXParser.parse(tex)
    }
}
