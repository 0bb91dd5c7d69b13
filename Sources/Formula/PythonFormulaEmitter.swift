import Foundation
import Output
import PythonSyntax

/// Writes an `Expression` as Python for `PythonFormula`, resolving names as `TapeBuilder` does: sum indices,
/// parameters, front-matter constants, the row count, data columns, `e` and `π`.
struct PythonFormulaEmitter {
    /// A piece of Python: its text, its precedence (1 `+ −`, 2 `* /`, 3 unary minus, 4 `**`, 5 atom), its value
    /// when it is a constant, and whether it is a Python number (then `math` functions apply, not `torch`).
    struct Code {
        var text: String
        var precedence: Int
        var value: Double?
        var isNumber: Bool
        /// Whether it reads a whole data column (a tensor over the rows).
        var usesColumns = false
    }

    /// How an active sum index is bound.
    enum IndexBinding {
        /// Written out term by term: the index has this value.
        case value(Int)
        /// A `torch.sum` over the data rows: `x_i` is the column `x`.
        case rows
        /// A Python generator: the index is this variable.
        case loop(String)
    }

    /// The TeX, for errors.
    let tex: String
    /// Parameter names in argument order.
    let parameters: [String]
    /// Numeric front-matter params.
    let constants: [String: Double]
    /// Whether the formula runs on data.
    let hasData: Bool
    /// Names that stand for the row count.
    var rowCountNames: Set<String> = ["N"]
    /// Constants used, in order of first use.
    var usedConstants: [(name: String, value: Double)] = []
    /// Data columns used, in order of first use.
    var usedColumns: [String] = []
    /// Whether `N` was used.
    var usesRowCount = false
    /// Active sum indices.
    var indices: [String: IndexBinding] = [:]

    /// Sums with at most this many terms are written out term by term.
    static let unrolledTerms = 20

    /// A Python identifier for a formula name (`PythonSource.identifier`, avoiding `PythonFormula.reservedNames`).
    static func identifier(_ name: String) -> String {
        PythonSource.identifier(name, reserved: PythonFormula.reservedNames)
    }

    /// The Python of `expression`.
    mutating func emit(_ expression: Expression) throws -> Code {
        let at = expression.offset
        switch expression.kind {
        case let .number(value):
            return number(value)
        case .pi:
            return Code(text: "math.pi", precedence: 5, value: Double.pi, isNumber: true)
        case let .symbol(name, subscriptText, display):
            return try resolve(name: name, subscript: subscriptText, display: display, at: at)
        case let .unary(.negate, operand):
            let a = try emit(operand)
            return Code(text: "-" + wrap(a, above: 3), precedence: 3, value: a.value.map { -$0 }, isNumber: a.isNumber,
                        usesColumns: a.usesColumns)
        case let .unary(function, operand):
            return try call(function, emit(operand))
        case let .binary(.power, base, exponent):
            return try power(base, exponent)
        case let .binary(function, lhs, rhs):
            return try binary(function, emit(lhs), emit(rhs))
        case let .sum(index, lower, upper, body, isProduct):
            return try sum(index: index, lower: lower, upper: upper, body: body, isProduct: isProduct, at: at)
        }
    }

    private func number(_ value: Double) -> Code {
        Code(text: NumberFormat.python(value), precedence: value < 0 ? 3 : 5, value: value, isNumber: true)
    }

    /// `code` in parentheses unless its precedence is above `level`.
    func wrap(_ code: Code, above level: Int) -> String {
        code.precedence > level ? code.text : "(" + code.text + ")"
    }

    private func call(_ function: Expression.UnaryFunction, _ a: Code) -> Code {
        let name: String
        switch function {
        case .abs: name = a.isNumber ? "abs" : "torch.abs"
        case .negate: name = ""
        default: name = (a.isNumber ? "math." : "torch.") + String(function.rawValue.dropFirst())
        }
        let value = a.value.flatMap { v -> Double? in
            switch function {
            case .negate: return -v
            case .exp: return Foundation.exp(v)
            case .log: return Foundation.log(v)
            case .sin: return Foundation.sin(v)
            case .cos: return Foundation.cos(v)
            case .tan: return Foundation.tan(v)
            case .tanh: return Foundation.tanh(v)
            case .sinh: return Foundation.sinh(v)
            case .cosh: return Foundation.cosh(v)
            case .sqrt: return v.squareRoot()
            case .abs: return Swift.abs(v)
            }
        }
        return Code(text: "\(name)(\(a.text))", precedence: 5, value: value, isNumber: a.isNumber, usesColumns: a.usesColumns)
    }

    private func binary(_ function: Expression.BinaryFunction, _ a: Code, _ b: Code) -> Code {
        let number = a.isNumber && b.isNumber, columns = a.usesColumns || b.usesColumns
        func both(_ f: (Double, Double) -> Double) -> Double? {
            guard let x = a.value, let y = b.value else { return nil }
            return f(x, y)
        }
        switch function {
        case .add:
            return Code(text: "\(wrap(a, above: 0)) + \(wrap(b, above: 1))", precedence: 1, value: both(+), isNumber: number, usesColumns: columns)
        case .subtract:
            return Code(text: "\(wrap(a, above: 0)) - \(wrap(b, above: 1))", precedence: 1, value: both(-), isNumber: number, usesColumns: columns)
        case .multiply:
            return Code(text: "\(wrap(a, above: 1)) * \(wrap(b, above: 2))", precedence: 2, value: both(*), isNumber: number, usesColumns: columns)
        case .divide:
            return Code(text: "\(wrap(a, above: 1)) / \(wrap(b, above: 2))", precedence: 2, value: both(/), isNumber: number, usesColumns: columns)
        case .max, .min:
            let name = function == .max ? "max" : "min"
            let value = both { function == .max ? ($0 >= $1 ? $0 : $1) : ($0 <= $1 ? $0 : $1) }
            return Code(text: "\(number ? name : "f" + name)(\(a.text), \(b.text))", precedence: 5, value: value, isNumber: number,
                        usesColumns: columns)
        case .power:
            return Code(text: "\(wrap(a, above: 4)) ** \(wrap(b, above: 4))", precedence: 4, value: both(Foundation.pow), isNumber: number,
                        usesColumns: columns)
        }
    }

    /// `e^x` is `exp`; an exponent of 1 is dropped, as the compiler does.
    private mutating func power(_ base: Expression, _ exponent: Expression) throws -> Code {
        let p = try emit(exponent)
        if case .symbol("e", nil, _) = base.kind, isEuler {
            return call(.exp, p)
        }
        let b = try emit(base)
        if p.value == 1 { return b }
        return binary(.power, b, p)
    }

    private var isEuler: Bool { !parameters.contains("e") && constants["e"] == nil }
}
