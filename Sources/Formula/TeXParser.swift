/// Recursive-descent parser from TeX math tokens to a `MathNode` tree.
///
/// Every unsupported construct is a `FormulaError` located in the TeX; nothing is silently dropped.
struct TeXParser {
    /// Where a list being parsed ends.
    enum Context: Equatable {
        case top, group, optional, left, cell
        /// A line of `\\substack`, ended by `\\\\` or `}`.
        case stackLine
    }

    /// The TeX source.
    let tex: String
    /// Its tokens.
    let tokens: [TeXToken]
    /// Index of the next token.
    var position = 0
    /// The math alphabet selected by the innermost font command.
    var font: MathAlphabet.Font = .normal
    /// Nesting depth, bounded so hostile input cannot overflow the stack.
    var depth = 0

    /// Maximum nesting of groups and commands.
    static let maximumDepth = 200

    /// Parses a whole formula into a row node.
    static func parse(_ tex: String) throws -> MathNode {
        var parser = try TeXParser(tex: tex, tokens: TeXLexer.tokenize(tex))
        let nodes = try parser.parseList(.top)
        return MathNode(kind: .row(nodes), offset: 0, end: tex.utf8.count)
    }

    /// The next token, if any.
    var peek: TeXToken? { position < tokens.count ? tokens[position] : nil }

    /// The offset of the next token, or the end of the source.
    var currentOffset: Int { peek?.offset ?? tex.utf8.count }

    /// Consumes and returns the next token.
    mutating func next() -> TeXToken? {
        defer { position += 1 }
        return peek
    }

    /// Skips whitespace tokens.
    mutating func skipSpaces() {
        while let token = peek, token.kind == .space { position += 1 }
    }

    /// A syntax error at `offset`.
    func error(_ message: String, at offset: Int, hint: String? = nil) -> FormulaError {
        FormulaError(.syntax, message, at: offset, in: tex, hint: hint)
    }

    /// Parses atoms until the end of `context` (the terminator is left unconsumed) or the end of input.
    mutating func parseList(_ context: Context) throws -> [MathNode] {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumDepth else { throw error("formula nested too deeply", at: currentOffset) }
        var nodes: [MathNode] = []
        while let token = peek {
            if try isTerminator(token, context) { return nodes }
            switch token.kind {
            case .space:
                position += 1
            case .superscript, .subscript:
                position += 1
                try attachScript(to: &nodes, isSuperscript: token.kind == .superscript, token: token)
            case .character("'"):
                position += 1
                try attachPrime(to: &nodes, token: token)
            case .command("limits"), .command("nolimits"):
                position += 1
                try setLimits(on: &nodes, token: token)
            case .command("color"):
                position += 1
                nodes.append(try parseColorSwitch(token: token, context: context))
                return nodes
            case .command(let name) where Self.styleCommands[name] != nil:
                position += 1
                let (display, level) = Self.styleCommands[name]!
                let rest = try parseList(context)
                let end = rest.last?.end ?? token.end
                let inner = MathNode(kind: .row(rest), offset: token.end, end: end)
                nodes.append(MathNode(kind: .style(display: display, scriptLevel: level, inner), offset: token.offset, end: end))
                return nodes
            default:
                nodes.append(try parseAtom())
            }
        }
        return nodes
    }

    /// `\displaystyle` and friends: display flag and script level.
    static let styleCommands: [String: (Bool, Int)] = [
        "displaystyle": (true, 0), "textstyle": (false, 0), "scriptstyle": (false, 1), "scriptscriptstyle": (false, 2),
    ]

    /// Whether `token` ends a list in `context`; throws when it cannot appear there at all.
    private func isTerminator(_ token: TeXToken, _ context: Context) throws -> Bool {
        switch token.kind {
        case .close:
            if context == .group || context == .stackLine { return true }
            throw error("unbalanced braces: unexpected }", at: token.offset)
        case .alignment:
            if context == .cell { return true }
            throw error("& outside an environment", at: token.offset,
                        hint: "use & only inside \\begin{aligned}, \\begin{matrix}, \\begin{cases} or \\begin{array}")
        case .command("\\"):
            if context == .cell || context == .stackLine { return true }
            throw error("\\\\ outside an environment", at: token.offset,
                        hint: "put the lines inside \\begin{aligned} … \\end{aligned}")
        case .command("right"), .command("middle"):
            if context == .left { return true }
            throw error("\\\(token.kind == .command("right") ? "right" : "middle") without matching \\left", at: token.offset)
        case .command("end"):
            if context == .cell { return true }
            throw error("\\end without matching \\begin", at: token.offset)
        case .character("]"):
            return context == .optional
        default:
            return false
        }
    }
}
