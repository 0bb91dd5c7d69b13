/// Turns the math tree of a formula body into an `Expression`, with the usual precedence:
/// sums of terms, terms of (implicitly) multiplied factors, factors with powers.
struct ExpressionParser {
    /// The TeX source, for error positions.
    let tex: String
    /// The nodes being parsed (spaces removed).
    let nodes: [MathNode]
    /// Index of the next node.
    var index = 0
    /// Inside `|…|`, a bar closes instead of opening.
    var insideBars = false
    /// How many factors enclose the one being parsed (parentheses, fractions, roots, scripts, function arguments,
    /// sums), sub-expressions' parsers included; at most `maximumNesting`.
    var depth = 0

    /// Most levels of factors inside one another (a fraction is two: itself and its braces). Every level is seven
    /// frames of recursion here, about 3.5 KB in a release build, so the limit keeps a formula within a quarter of
    /// a 512 KiB thread stack, and 4000 parentheses are an error rather than a stack overflow.
    static let maximumNesting = 50

    /// Creates a parser over `nodes`, skipping spaces.
    init(_ nodes: [MathNode], tex: String, insideBars: Bool = false) {
        self.tex = tex
        self.nodes = nodes.filter { if case .space = $0.kind { return false }; return true }
        self.insideBars = insideBars
    }

    /// Parses all of `nodes` as one expression; `end` is the offset reported when the list is empty.
    ///
    /// - Throws: `FormulaError` for what cannot be evaluated, factors nested more than `maximumNesting` levels,
    ///   or an expression more than `Expression.maximumHeight` operations deep.
    static func parseAll(_ nodes: [MathNode], tex: String, end: Int) throws -> Expression {
        var parser = ExpressionParser(nodes, tex: tex)
        return try parser.parseWhole(end: end)
    }

    /// Parses `nodes` (a fraction's part, a script, an argument) as one expression inside the current factor.
    func nested(_ nodes: [MathNode], end: Int) throws -> Expression {
        var parser = ExpressionParser(nodes, tex: tex)
        parser.depth = depth
        return try parser.parseWhole(end: end)
    }

    /// All of the nodes as one expression.
    private mutating func parseWhole(end: Int) throws -> Expression {
        guard !nodes.isEmpty else { throw FormulaError(.compile, "missing expression", at: end, in: tex) }
        let expression = try parseExpression()
        if let extra = peek { throw unexpected(extra) }
        return expression
    }

    /// `expression`, or the error when it is more than `Expression.maximumHeight` operations deep; every node
    /// that can grow without bound (chains, repeated signs, many arguments) passes here as it is built, so no
    /// deeper tree ever exists.
    func bounded(_ expression: Expression) throws -> Expression {
        guard expression.height <= Expression.maximumHeight else {
            throw error("formula too deep to evaluate: more than \(Expression.maximumHeight) operations in a chain or inside one another",
                        at: expression.offset, hint: "write a long sum as \\sum over data columns, or split the formula")
        }
        return expression
    }

    /// The next node, if any.
    var peek: MathNode? { index < nodes.count ? nodes[index] : nil }

    /// A compile error at `offset`.
    func error(_ message: String, at offset: Int, hint: String? = nil) -> FormulaError {
        FormulaError(.compile, message, at: offset, in: tex, hint: hint)
    }

    /// The error for a node that cannot appear where it is.
    func unexpected(_ node: MathNode) -> FormulaError {
        error("cannot evaluate \(Self.describe(node)) here", at: node.offset)
    }

    /// `term (± term)*`.
    mutating func parseExpression() throws -> Expression {
        var result = try parseTerm()
        while let node = peek, let sign = Self.symbolText(node), sign == "+" || sign == "−" {
            index += 1
            let rhs = try parseTerm()
            result = try bounded(Expression(.binary(sign == "+" ? .add : .subtract, result, rhs), at: node.offset))
        }
        return result
    }

    /// Factors joined by `\cdot`, `\times`, `*`, `/` or juxtaposition.
    mutating func parseTerm() throws -> Expression {
        var result = try parseSignedFactor()
        while let node = peek {
            let text = Self.symbolText(node)
            if text == "⋅" || text == "×" || text == "∗" {
                index += 1
                result = try bounded(Expression(.binary(.multiply, result, try parseSignedFactor()), at: node.offset))
            } else if text == "/" {
                index += 1
                result = try bounded(Expression(.binary(.divide, result, try parseSignedFactor()), at: node.offset))
            } else if startsFactor(node) {
                result = try bounded(Expression(.binary(.multiply, result, try parseFactor()), at: node.offset))
            } else {
                break
            }
        }
        return result
    }

    /// A factor with optional leading signs.
    mutating func parseSignedFactor() throws -> Expression {
        guard let node = peek else {
            throw error("missing operand", at: nodes.last?.end ?? 0)
        }
        var negations: [Int] = []
        while let sign = peek, let text = Self.symbolText(sign), text == "−" || text == "+" {
            if text == "−" { negations.append(sign.offset) }
            index += 1
        }
        guard let first = peek else { throw error("missing operand", at: nodes.last?.end ?? 0) }
        guard startsFactor(first) else { throw unexpected(first) }
        var result = try parseFactor()
        for offset in negations.reversed() { result = try bounded(Expression(.unary(.negate, result), at: offset)) }
        return result
    }

    /// Whether `node` can begin a factor (used for implicit multiplication).
    func startsFactor(_ node: MathNode) -> Bool {
        switch node.kind {
        case .identifier, .number, .fraction, .root, .function, .largeOperator, .fenced, .row, .style:
            return true
        case .symbol(let text, _, let role):
            if role == .open { return true }
            if role == .fence { return !insideBars || text != "|" && text != "‖" }
            return false
        case .scripts(let base, _, _):
            return startsFactor(base)
        default:
            return false
        }
    }

    /// The text of an operator symbol node, or nil.
    static func symbolText(_ node: MathNode) -> String? {
        if case .symbol(let text, _, _) = node.kind { return text }
        return nil
    }

    /// A short description of a node for error messages.
    static func describe(_ node: MathNode) -> String {
        switch node.kind {
        case .symbol(_, let name, _): return name
        case .identifier(_, let name, _): return name
        case .function(_, let name, _): return "\\" + name
        case .largeOperator(_, let name, _): return "\\" + name
        case .text: return "\\text"
        case .table(let table): return "\\begin{\(table.environment)}"
        case .accent: return "an accent"
        case .fraction(_, _, .binomial): return "\\binom"
        default: return "this"
        }
    }
}
