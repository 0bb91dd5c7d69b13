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
    var kind: Kind
    /// UTF-8 byte offset of the source of this node.
    var offset: Int

    /// A node of `kind` at `offset`.
    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}
