/// Factors: numbers, symbols, fractions, roots, parentheses, absolute values, functions and sums.
extension ExpressionParser {
    /// Parses one factor (with its scripts as subscript names or powers); what it holds is one level deeper.
    mutating func parseFactor() throws -> Expression {
        let node = nodes[index]
        if Self.opensLevel(node), depth >= Self.maximumNesting {
            throw error("formula nested too deeply: more than \(Self.maximumNesting) levels of parentheses, fractions, roots, scripts, functions or sums",
                        at: node.offset)
        }
        depth += 1
        defer { depth -= 1 }
        return try bounded(parseNestedFactor(node))
    }

    /// Whether a factor starting at `node` holds factors of its own (all but a plain number or symbol).
    static func opensLevel(_ node: MathNode) -> Bool {
        switch node.kind {
        case .number, .identifier: return false
        default: return true
        }
    }

    /// The factor starting at `node` (the next node).
    private mutating func parseNestedFactor(_ node: MathNode) throws -> Expression {
        index += 1
        guard case .scripts(let base, let sub, let sup) = node.kind else { return try primary(node) }
        switch base.kind {
        case .identifier(_, let name, _):
            let subscriptText = try sub.map(subscriptName)
            let display = subscriptText.map { "\(Self.displayName(name))_\($0)" } ?? Self.displayName(name)
            let symbol = Expression(.symbol(name: name, subscript: subscriptText, display: display), at: base.offset)
            return try power(symbol, sup)
        case .function:
            return try applyFunction(base, sub: sub, sup: sup)
        case .largeOperator:
            return try parseSum(base, sub: sub, sup: sup)
        default:
            if let sub { throw error("cannot evaluate a subscript here", at: sub.offset) }
            return try power(primary(base), sup)
        }
    }

    /// `base^sup`, or `base` when there is no superscript.
    func power(_ base: Expression, _ sup: MathNode?) throws -> Expression {
        guard let sup else { return base }
        if case .symbol(_, "'", _) = sup.kind { throw error("cannot evaluate a derivative (prime)", at: sup.offset) }
        let exponent = try nested([sup], end: sup.end)
        return Expression(.binary(.power, base, exponent), at: sup.offset)
    }

    /// The TeX spelling of a symbol name for messages (`\lambda`, `x`).
    static func displayName(_ name: String) -> String {
        TeXSymbols.greek[name] != nil ? "\\" + name : name
    }

    /// The text of a subscript used in a name: letters, digits and `\text` (`w_1`, `x_i`, `\lambda_{reg}`).
    func subscriptName(_ node: MathNode) throws -> String {
        switch node.kind {
        case .identifier(_, let name, _): return name
        case .number(let text), .text(let text): return text
        case .row(let parts):
            let names = try parts.filter { if case .space = $0.kind { return false }; return true }.map(subscriptName)
            guard !names.isEmpty else { throw error("empty subscript", at: node.offset) }
            return names.joined()
        default:
            throw error("cannot use \(Self.describe(node)) in a subscript of an executable formula", at: node.offset)
        }
    }

    /// A factor without scripts.
    mutating func primary(_ node: MathNode) throws -> Expression {
        switch node.kind {
        case .number(let text):
            guard let value = Double(text) else { throw error("cannot read the number \(text)", at: node.offset) }
            return Expression(.number(value), at: node.offset)
        case .identifier(_, let name, _):
            if name == "pi" { return Expression(.pi, at: node.offset) }
            if name == "infty" { throw error("cannot evaluate \\infty", at: node.offset) }
            return Expression(.symbol(name: name, subscript: nil, display: Self.displayName(name)), at: node.offset)
        case .fraction(let numerator, let denominator, let style):
            guard style != .binomial else { throw unexpected(node) }
            let top = try nested([numerator], end: numerator.end)
            let bottom = try nested([denominator], end: denominator.end)
            return Expression(.binary(.divide, top, bottom), at: node.offset)
        case .root(let radicand, let rootIndex):
            let inner = try nested([radicand], end: radicand.end)
            guard let rootIndex else { return Expression(.unary(.sqrt, inner), at: node.offset) }
            let degree = try nested([rootIndex], end: rootIndex.end)
            let exponent = Expression(.binary(.divide, Expression(.number(1), at: rootIndex.offset), degree), at: rootIndex.offset)
            return Expression(.binary(.power, inner, exponent), at: node.offset)
        case .function:
            return try applyFunction(node, sub: nil, sup: nil)
        case .largeOperator(_, let name, _):
            throw error("\\\(name) needs an index, as in \\\(name)_{i=1}^{N}", at: node.offset)
        case .fenced(let delimiters, let parts):
            return try fenced(delimiters, parts: parts, at: node)
        case .row(let list):
            return try nested(list, end: node.end)
        case .style(_, _, let inner):
            return try nested([inner], end: node.end)
        case .symbol(let text, _, let role) where role == .open || role == .fence:
            let (inner, sup) = try parseParenthesized(open: node, text: text)
            return try power(inner, sup)
        default:
            throw unexpected(node)
        }
    }

    /// `( … )`, `[ … ]`, `| … |` or `‖ … ‖` after the opening node; returns the contents and any power on the closer.
    mutating func parseParenthesized(open: MathNode, text: String) throws -> (Expression, MathNode?) {
        let closers: [String: String] = ["(": ")", "[": "]", "|": "|", "‖": "‖", "{": "}"]
        guard let expected = closers[text] else { throw unexpected(open) }
        let isBars = text == "|" || text == "‖"
        let saved = insideBars
        insideBars = isBars
        let inner = try parseExpression()
        insideBars = saved
        guard let close = peek, let (closeText, sub, sup) = Self.closer(close), closeText == expected else {
            throw error("missing \(expected) for the \(text) here", at: open.offset)
        }
        index += 1
        if let sub { throw error("cannot evaluate a subscript here", at: sub.offset) }
        let value = isBars ? Expression(.unary(.abs, inner), at: open.offset) : inner
        return (value, sup)
    }

    /// A closing delimiter (possibly with scripts): its text and scripts.
    static func closer(_ node: MathNode) -> (String, MathNode?, MathNode?)? {
        switch node.kind {
        case .symbol(let text, _, let role) where role == .close || role == .fence:
            return (text, nil, nil)
        case .scripts(let base, let sub, let sup):
            guard let (text, _, _) = closer(base) else { return nil }
            return (text, sub, sup)
        default:
            return nil
        }
    }

    /// `\left( … \right)` and `\left| … \right|`.
    private func fenced(_ delimiters: [MathNode.Delimiter], parts: [MathNode], at node: MathNode) throws -> Expression {
        guard delimiters.count == 2, parts.count == 1 else { throw error("cannot evaluate \\middle", at: node.offset) }
        let inner = try nested([parts[0]], end: node.end)
        switch (delimiters[0].text, delimiters[1].text) {
        case ("(", ")"), ("[", "]"), ("{", "}"): return inner
        case ("|", "|"), ("‖", "‖"): return Expression(.unary(.abs, inner), at: node.offset)
        default: throw error("cannot evaluate \\left\(delimiters[0].name) … \\right\(delimiters[1].name)", at: node.offset)
        }
    }
}
