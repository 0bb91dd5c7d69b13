import Foundation

/// Compiles an `Expression` into a `Tape`: resolves names (parameters, constants, data columns, sum indices),
/// unrolls sums over data rows, and folds constant subexpressions.
struct TapeBuilder {
    /// The TeX source, for errors.
    let tex: String
    /// Parameter names, in argument order.
    let parameters: [String]
    /// Values of free symbols bound by the caller.
    let constants: [String: Double]
    /// Data columns by name, all of `rowCount` rows.
    let data: [String: [Double]]
    /// Number of data rows (nil without data).
    let rowCount: Int?
    /// Symbols that stand for the row count (`N` and unbound upper bounds of sums).
    var rowCountNames: Set<String> = ["N"]
    /// The tape being built.
    var tape = Tape()
    /// Instruction index of each parameter that the body uses.
    var parameterSlots: [Int: Int32] = [:]
    /// Current value of each active sum index.
    var indexValues: [String: Int] = [:]
    /// Recursion depth of `build`, bounded so long chains fail cleanly.
    var depth = 0

    /// Maximum number of instructions, so a huge sum fails cleanly instead of exhausting memory.
    static let maximumInstructions = 20_000_000

    /// Appends an instruction, folding it when all operands are constants.
    mutating func emit(_ op: Tape.Operation, _ a: Int32 = 0, _ b: Int32 = 0, constant: Double = 0, at offset: Int) throws -> Int32 {
        let instruction = Tape.Instruction(op: op, a: a, b: b, constant: constant, offset: Int32(clamping: offset))
        let usesB = Tape.isBinary(op)
        if op != .parameter, op != .constant, isConstant(a), !usesB || isConstant(b) {
            let valueA = tape.instructions[Int(a)].constant
            let valueB = usesB ? tape.instructions[Int(b)].constant : 0
            switch Tape.apply(instruction, valueA, valueB) {
            case .success(let value): return try emit(.constant, constant: value, at: offset)
            case .failure(let failure): throw FormulaError(.evaluation, failure.reason, at: offset, in: tex)
            }
        }
        guard tape.instructions.count < Self.maximumInstructions else {
            throw FormulaError(.compile, "formula too large to evaluate (more than \(Self.maximumInstructions) operations)", at: offset, in: tex)
        }
        tape.instructions.append(instruction)
        return Int32(tape.instructions.count - 1)
    }

    /// Whether instruction `index` is a constant.
    func isConstant(_ index: Int32) -> Bool { tape.instructions[Int(index)].op == .constant }

    /// The constant value of instruction `index`, or nil.
    func constantValue(_ index: Int32) -> Double? {
        isConstant(index) ? tape.instructions[Int(index)].constant : nil
    }

    /// Compiles `expression`, returning the instruction holding its value.
    mutating func build(_ expression: Expression) throws -> Int32 {
        let at = expression.offset
        depth += 1
        defer { depth -= 1 }
        guard depth < 2_000 else { throw FormulaError(.compile, "formula nested too deeply to evaluate", at: at, in: tex) }
        switch expression.kind {
        case .number(let value):
            return try emit(.constant, constant: value, at: at)
        case .pi:
            return try emit(.constant, constant: Double.pi, at: at)
        case .symbol(let name, let subscriptText, let display):
            return try resolve(name: name, subscript: subscriptText, display: display, at: at)
        case .unary(let function, let operand):
            return try emit(Self.unaryOperations[function]!, build(operand), at: at)
        case .binary(.power, let base, let exponent):
            return try buildPower(base, exponent, at: at)
        case .binary(let function, let lhs, let rhs):
            let a = try build(lhs)
            let b = try build(rhs)
            return try emit(Self.binaryOperations[function]!, a, b, at: at)
        case .sum(let index, let lower, let upper, let body, let isProduct):
            return try buildSum(index: index, lower: lower, upper: upper, body: body, isProduct: isProduct, at: at)
        }
    }

    private static let unaryOperations: [Expression.UnaryFunction: Tape.Operation] = [
        .negate: .negate, .exp: .exp, .log: .log, .sin: .sin, .cos: .cos, .tan: .tan, .tanh: .tanh,
        .sinh: .sinh, .cosh: .cosh, .sqrt: .sqrt, .abs: .abs,
    ]

    private static let binaryOperations: [Expression.BinaryFunction: Tape.Operation] = [
        .add: .add, .subtract: .subtract, .multiply: .multiply, .divide: .divide, .max: .max, .min: .min,
    ]

    /// `base^exponent`: `e^x` is `\exp`, a constant exponent uses `powerConstant`.
    private mutating func buildPower(_ base: Expression, _ exponent: Expression, at offset: Int) throws -> Int32 {
        let power = try build(exponent)
        if case .symbol("e", nil, _) = base.kind, isEuler() {
            return try emit(.exp, power, at: offset)
        }
        let value = try build(base)
        if let p = constantValue(power) {
            if p == 1 { return value }
            return try emit(.powerConstant, value, constant: p, at: offset)
        }
        return try emit(.power, value, power, at: offset)
    }

    /// Whether `e` means Euler's number (it is no parameter, constant or data column).
    func isEuler() -> Bool {
        !parameters.contains("e") && constants["e"] == nil && data["e"] == nil
    }
}
