/// Function application and sums.
extension ExpressionParser {
    /// Functions of one argument that can be evaluated.
    static let unaryFunctions: [String: Expression.UnaryFunction] = [
        "exp": .exp, "log": .log, "ln": .log, "sin": .sin, "cos": .cos, "tan": .tan, "tanh": .tanh,
        "sinh": .sinh, "cosh": .cosh,
    ]

    /// Applies the function `node` to the argument that follows it; `sub` is a log base, `sup` a power.
    mutating func applyFunction(_ node: MathNode, sub: MathNode?, sup: MathNode?) throws -> Expression {
        guard case .function(_, let name, _) = node.kind else { throw unexpected(node) }
        if name == "max" || name == "min" {
            if let sub { throw error("cannot evaluate \\\(name) over a set; write \\\(name)(a, b)", at: sub.offset) }
            let arguments = try parseArguments(of: node, name: name)
            guard arguments.count >= 2 else { throw error("\\\(name) needs at least two arguments", at: node.offset) }
            let function: Expression.BinaryFunction = name == "max" ? .max : .min
            var folded = arguments[0]
            for argument in arguments.dropFirst() { folded = try bounded(Expression(.binary(function, folded, argument), at: node.offset)) }
            return try power(folded, sup)
        }
        guard let function = Self.unaryFunctions[name] else {
            throw error("cannot evaluate \\\(name)", at: node.offset,
                        hint: "executable formulas can use \\exp, \\log, \\ln, \\sin, \\cos, \\tan, \\tanh, \\sqrt, \\max, \\min, |x|")
        }
        if let sub, function != .log { throw error("cannot evaluate a subscript on \\\(name)", at: sub.offset) }
        var (argument, closerPower) = try parseSingleArgument(of: node, name: name)
        if closerPower != nil, sup != nil { throw error("ambiguous powers on \\\(name)", at: node.offset) }
        var result = Expression(.unary(function, argument), at: node.offset)
        if let sub {
            let base = try nested([sub], end: sub.end)
            result = Expression(.binary(.divide, result, Expression(.unary(.log, base), at: sub.offset)), at: node.offset)
        }
        argument = result
        closerPower = closerPower ?? sup
        return try power(argument, closerPower)
    }

    /// The single argument of a function: `(…)`, `\left(…\right)` or one factor (`\log x`).
    private mutating func parseSingleArgument(of node: MathNode, name: String) throws -> (Expression, MathNode?) {
        guard let next = peek else { throw error("missing argument for \\\(name)", at: node.offset) }
        if case .symbol(let text, _, .open) = next.kind, text == "(" || text == "[" {
            index += 1
            return try parseParenthesized(open: next, text: text)
        }
        guard startsFactor(next) else { throw error("missing argument for \\\(name)", at: node.offset) }
        return (try parseFactor(), nil)
    }

    /// The comma-separated arguments of `\max(a, b)` or `\max\left(a, b\right)`.
    private mutating func parseArguments(of node: MathNode, name: String) throws -> [Expression] {
        guard let next = peek else { throw error("missing arguments for \\\(name)", at: node.offset) }
        if case .fenced(let delimiters, let parts) = next.kind, delimiters.count == 2, delimiters[0].text == "(" {
            index += 1
            guard case .row(let list) = parts[0].kind else { return [] }
            return try splitAtCommas(list).map { try nested($0, end: next.end) }
        }
        guard case .symbol("(", _, _) = next.kind else {
            throw error("missing arguments for \\\(name)", at: node.offset, hint: "write \\\(name)(a, b)")
        }
        index += 1
        var arguments: [Expression] = []
        while true {
            arguments.append(try parseExpression())
            guard let separator = peek else { throw error("missing ) for the ( here", at: next.offset) }
            index += 1
            if Self.symbolText(separator) == "," { continue }
            if Self.symbolText(separator) == ")" { return arguments }
            throw unexpected(separator)
        }
    }

    private func splitAtCommas(_ list: [MathNode]) -> [[MathNode]] {
        var groups: [[MathNode]] = [[]]
        for node in list {
            if Self.symbolText(node) == "," { groups.append([]) } else { groups[groups.count - 1].append(node) }
        }
        return groups
    }

    /// `\sum_{i=1}^{N} term` or `\sum_i term` (also `\prod`); the summand is the following product.
    mutating func parseSum(_ node: MathNode, sub: MathNode?, sup: MathNode?) throws -> Expression {
        guard case .largeOperator(_, let name, _) = node.kind, name == "sum" || name == "prod" else {
            throw unexpected(node)
        }
        guard let sub else { throw error("\\\(name) needs an index, as in \\\(name)_{i=1}^{N}", at: node.offset) }
        var parts: [MathNode] = [sub]
        if case .row(let list) = sub.kind { parts = list.filter { if case .space = $0.kind { return false }; return true } }
        guard let first = parts.first, case .identifier(_, let indexName, _) = first.kind,
              parts.count == 1 || (parts.count > 2 && Self.symbolText(parts[1]) == "=") else {
            throw error("cannot read the index of \\\(name)", at: sub.offset, hint: "write \\\(name)_{i=1}^{N} or \\\(name)_i")
        }
        let lower = parts.count > 2 ? try nested(Array(parts[2...]), end: sub.end) : nil
        let upper = try sup.map { try nested([$0], end: $0.end) }
        guard let next = peek, startsFactor(next) || Self.symbolText(next) == "−" else {
            throw error("missing summand after \\\(name)", at: node.offset)
        }
        let body = try parseTerm()
        return Expression(.sum(index: indexName, lower: lower, upper: upper, body: body, isProduct: name == "prod"), at: node.offset)
    }
}
