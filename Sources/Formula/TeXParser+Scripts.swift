/// Scripts, primes, `\limits` and command arguments.
extension TeXParser {
    /// Attaches a `^`/`_` argument to the last node of `nodes` (or to an empty base).
    mutating func attachScript(to nodes: inout [MathNode], isSuperscript: Bool, token: TeXToken) throws {
        let symbol = isSuperscript ? "^" : "_"
        let argument = try parseArgument(for: symbol, at: token.offset)
        var (base, sub, sup) = splitScripts(nodes.popLast(), at: token.offset)
        if isSuperscript {
            if let existing = sup {
                guard case .symbol(_, "'", _) = existing.kind else {
                    throw error("double superscript", at: token.offset, hint: "use braces: {x^a}^b")
                }
                sup = MathNode(kind: .row([existing, argument]), offset: existing.offset, end: argument.end)
            } else {
                sup = argument
            }
        } else {
            if sub != nil { throw error("double subscript", at: token.offset, hint: "use braces: {x_a}_b") }
            sub = argument
        }
        nodes.append(MathNode(kind: .scripts(base: base, sub: sub, sup: sup), offset: base.offset, end: argument.end))
    }

    /// Attaches a prime (`'`, `''`, …) as a superscript to the last node.
    mutating func attachPrime(to nodes: inout [MathNode], token: TeXToken) throws {
        var count = 1
        var end = token.end
        while let next = peek, next.kind == .character("'") {
            count += 1
            end = next.end
            position += 1
        }
        var (base, sub, sup) = splitScripts(nodes.popLast(), at: token.offset)
        if sup != nil { throw error("double superscript", at: token.offset, hint: "write the prime before the superscript: x'^2") }
        let marks = ["′", "″", "‴", "⁗"]
        let text = count <= 4 ? marks[count - 1] : String(repeating: "′", count: count)
        sup = MathNode(kind: .symbol(text: text, name: "'", role: .ordinary), offset: token.offset, end: end)
        nodes.append(MathNode(kind: .scripts(base: base, sub: sub, sup: sup), offset: base.offset, end: end))
    }

    /// Splits an existing node into base and scripts (a node without scripts is all base).
    private func splitScripts(_ node: MathNode?, at offset: Int) -> (MathNode, MathNode?, MathNode?) {
        guard let node else { return (MathNode(kind: .row([]), offset: offset, end: offset), nil, nil) }
        if case .scripts(let base, let sub, let sup) = node.kind { return (base, sub, sup) }
        return (node, nil, nil)
    }

    /// Applies `\limits`/`\nolimits` to the preceding large operator or function.
    mutating func setLimits(on nodes: inout [MathNode], token: TeXToken) throws {
        guard case .command(let name) = token.kind else { return }
        let placement: MathNode.LimitsPlacement = name == "limits" ? .limits : .scripts
        guard var last = nodes.popLast() else {
            throw error("\\\(name) must follow a large operator such as \\sum or \\int", at: token.offset)
        }
        switch last.kind {
        case .largeOperator(let text, let opName, _):
            last.kind = .largeOperator(text: text, name: opName, limits: placement)
        case .function(let text, let functionName, _):
            last.kind = .function(text: text, name: functionName, limits: placement)
        default:
            throw error("\\\(name) must follow a large operator such as \\sum or \\int", at: token.offset)
        }
        nodes.append(last)
    }

    /// Parses one argument of `command`: a braced group, a single character or a single command.
    mutating func parseArgument(for command: String, at offset: Int) throws -> MathNode {
        skipSpaces()
        // made only when thrown: an error locates itself by scanning the TeX, once per script would be quadratic
        let source = tex
        let missing = { FormulaError(.syntax, "missing argument for \(command)", at: offset, in: source) }
        guard let token = peek else { throw missing() }
        switch token.kind {
        case .open:
            return try parseGroup()
        case .close, .alignment, .superscript, .subscript:
            throw missing()
        case .command(let name) where ["\\", "right", "end", "middle"].contains(name):
            throw missing()
        case .character(let character) where character.isNumber:
            position += 1
            return MathNode(kind: .number(styledDigits(String(character))), offset: token.offset, end: token.end)
        default:
            return try parseAtom()
        }
    }

    /// Parses `{ … }` starting at the current `{` token.
    mutating func parseGroup() throws -> MathNode {
        guard let open = next(), open.kind == .open else {
            throw error("expected {", at: currentOffset)
        }
        let nodes = try parseList(.group)
        guard let close = next(), close.kind == .close else {
            throw error("unbalanced braces: missing } for the { opened here", at: open.offset)
        }
        return MathNode(kind: .row(nodes), offset: open.offset, end: close.end)
    }

    /// Digits in the current font (bold, double-struck, …), or unchanged.
    func styledDigits(_ digits: String) -> String {
        guard font != .normal, font != .roman, font != .italic else { return digits }
        return digits.map { MathAlphabet.styled($0, font) ?? String($0) }.joined()
    }
}
