/// The semantic tree of an executable formula body, with UTF-8 byte offsets into the TeX for errors.
struct Expression {
    /// Functions of one argument.
    enum UnaryFunction: String, Equatable {
        case negate = "-", exp = "\\exp", log = "\\log", sin = "\\sin", cos = "\\cos", tan = "\\tan",
             tanh = "\\tanh", sinh = "\\sinh", cosh = "\\cosh", sqrt = "\\sqrt", abs = "|x|"
    }

    /// Functions of two arguments.
    enum BinaryFunction: String, Equatable {
        case add = "+", subtract = "-", multiply = "\\cdot", divide = "\\frac", power = "^", max = "\\max", min = "\\min"
    }

    /// What the node is.
    indirect enum Kind {
        /// A numeric literal.
        case number(Double)
        /// A named symbol, possibly subscripted (`w_1`, `x_i`); resolved when compiling.
        case symbol(name: String, subscript: String?, display: String)
        /// The constant π.
        case pi
        /// f(a).
        case unary(UnaryFunction, Expression)
        /// f(a, b).
        case binary(BinaryFunction, Expression, Expression)
        /// `\sum_{index=lower}^{upper} body` (or `\prod` when `isProduct`); nil bounds mean "all data rows".
        case sum(index: String, lower: Expression?, upper: Expression?, body: Expression, isProduct: Bool)
    }

    /// What the node is.
    let kind: Kind
    /// UTF-8 byte offset of the source of this node.
    let offset: Int
    /// Operations on the longest path from this node down to a leaf (0 for a number or symbol): how deep every
    /// recursive pass over the tree (compiling, Python export, releasing it) goes. `ExpressionParser` keeps it at
    /// most `maximumHeight`.
    let height: Int

    /// Most operations on a path from the root to a leaf: a chain of 250 operators (`a + b + …`), or operations
    /// nested in one another, is far more than a formula on a page holds. The deepest pass (the Python export)
    /// takes about 0.7 KB of stack per level in a release build, so this stays within a third of a 512 KiB stack.
    static let maximumHeight = 250

    /// A node of `kind` at `offset`.
    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
        height = Self.children(of: kind).reduce(0) { max($0, $1.height + 1) }
    }

    /// The direct operands of a node of `kind` (bounds and body of a sum included).
    private static func children(of kind: Kind) -> [Expression] {
        switch kind {
        case .number, .symbol, .pi: return []
        case let .unary(_, operand): return [operand]
        case let .binary(_, lhs, rhs): return [lhs, rhs]
        case let .sum(_, lower, upper, body, _): return [lower, upper, body].compactMap { $0 }
        }
    }
}
