/// A formula of the form `name(arguments) = body`, such as `f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2`.
public struct FunctionDefinition {
    /// The function's name as written (`f`, `J`, `sigma`, `J_reg`).
    public var name: String
    /// Parameter names in argument order: `x`, `theta` for `\theta`, `w_1` for `w_1`.
    public var parameters: [String]
    /// The TeX it was parsed from.
    public var tex: String
    /// UTF-8 byte offset of each parameter in `tex`.
    public var parameterOffsets: [Int]
    /// The body's nodes (after `=`).
    var body: [MathNode]
    /// UTF-8 byte offset just past the body.
    var bodyEnd: Int

    /// Parses `tex` as a definition; nil when it is valid TeX but not of the form `name(args) = body`.
    ///
    /// - Throws: `FormulaError` for invalid TeX, repeated parameters or an empty body.
    public static func parse(_ tex: String) throws -> FunctionDefinition? {
        let tree = try TeXParser.parse(tex)
        guard case .row(let all) = tree.kind else { return nil }
        let nodes = all.filter { if case .space = $0.kind { return false }; return true }
        guard let equals = nodes.firstIndex(where: isDefiningRelation) else { return nil }
        guard let (name, parameters) = try head(Array(nodes[..<equals]), tex: tex) else { return nil }
        var body = Array(nodes[(equals + 1)...])
        while let last = body.last, let text = ExpressionParser.symbolText(last), text == "," || text == "." {
            body.removeLast()
        }
        guard !body.isEmpty else {
            throw FormulaError(.compile, "missing expression after =", at: nodes[equals].end, in: tex)
        }
        var seen: Set<String> = []
        for (parameter, offset) in parameters where !seen.insert(parameter).inserted {
            throw FormulaError(.compile, "parameter \(parameter) appears twice", at: offset, in: tex)
        }
        return FunctionDefinition(name: name, parameters: parameters.map(\.0), tex: tex,
                                  parameterOffsets: parameters.map(\.1), body: body, bodyEnd: tree.end)
    }

    private static func isDefiningRelation(_ node: MathNode) -> Bool {
        guard case .symbol(let text, _, .relation) = node.kind else { return false }
        return text == "=" || text == "≔"
    }

    /// `name(a, b)` or `name\left(a, b\right)`: the name and the parameters with their offsets.
    private static func head(_ nodes: [MathNode], tex: String) throws -> (String, [(String, Int)])? {
        guard let first = nodes.first, let name = identifierName(first, tex: tex) else { return nil }
        var arguments: [MathNode]
        if nodes.count == 2, case .fenced(let delimiters, let parts) = nodes[1].kind,
           delimiters.map(\.text) == ["(", ")"], case .row(let list) = parts[0].kind {
            arguments = list
        } else if nodes.count >= 3, ExpressionParser.symbolText(nodes[1]) == "(", ExpressionParser.symbolText(nodes.last!) == ")" {
            arguments = Array(nodes[2..<(nodes.count - 1)])
        } else {
            return nil
        }
        arguments = arguments.filter { if case .space = $0.kind { return false }; return true }
        var parameters: [(String, Int)] = []
        for (index, node) in arguments.enumerated() {
            if index % 2 == 1 {
                guard ExpressionParser.symbolText(node) == "," else { return nil }
                continue
            }
            guard let parameter = identifierName(node, tex: tex) else { return nil }
            parameters.append((parameter, node.offset))
        }
        guard !parameters.isEmpty, arguments.count % 2 == 1 else { return nil }
        return (name, parameters)
    }

    /// `x`, `\theta` → `theta`, `w_1` → `w_1`; nil for anything else.
    private static func identifierName(_ node: MathNode, tex: String) -> String? {
        switch node.kind {
        case .identifier(_, let name, _):
            return name
        case .scripts(let base, let sub?, nil):
            guard case .identifier(_, let name, _) = base.kind,
                  let text = try? ExpressionParser([], tex: tex).subscriptName(sub) else { return nil }
            return "\(name)_\(text)"
        default:
            return nil
        }
    }
}
