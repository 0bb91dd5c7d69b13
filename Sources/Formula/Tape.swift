import Foundation

/// A flat, topologically ordered list of instructions; instruction `k` writes value `k`.
struct Tape {
    /// An operation on earlier values.
    enum Operation: UInt8 {
        case constant, parameter, add, subtract, multiply, divide, negate, exp, log, sin, cos, tan, tanh, sinh, cosh,
             sqrt, abs, powerConstant, power, max, min
    }

    /// One step: `op` applied to values `a` and `b` (unused operands are 0); `constant` holds a literal,
    /// the exponent of `powerConstant`, or nothing.
    struct Instruction {
        var op: Operation
        var a: Int32
        var b: Int32
        var constant: Double
        /// UTF-8 byte offset in the TeX of the construct that produced it, for errors.
        var offset: Int32
    }

    /// The instructions; the last one is the result.
    var instructions: [Instruction] = []

    /// First and second partial derivatives of an instruction's result with respect to its operands.
    struct Partials {
        var da = 0.0, db = 0.0, daa = 0.0, dab = 0.0, dbb = 0.0
    }

    /// The result of `instruction` given operand values `a`, `b`; nil with a reason when undefined there.
    @inline(__always)
    static func apply(_ instruction: Instruction, _ a: Double, _ b: Double) -> Result<Double, EvaluationFailure> {
        switch instruction.op {
        case .constant: return .success(instruction.constant)
        case .parameter: return .success(a)
        case .add: return .success(a + b)
        case .subtract: return .success(a - b)
        case .multiply: return .success(a * b)
        case .divide: return b == 0 ? .failure(.init("division by zero")) : .success(a / b)
        case .negate: return .success(-a)
        case .exp: return .success(Foundation.exp(a))
        case .log: return a > 0 ? .success(Foundation.log(a)) : .failure(.init("log of a non-positive number (\(format(a)))"))
        case .sin: return .success(Foundation.sin(a))
        case .cos: return .success(Foundation.cos(a))
        case .tan: return .success(Foundation.tan(a))
        case .tanh: return .success(Foundation.tanh(a))
        case .sinh: return .success(Foundation.sinh(a))
        case .cosh: return .success(Foundation.cosh(a))
        case .sqrt: return a >= 0 ? .success(a.squareRoot()) : .failure(.init("square root of a negative number (\(format(a)))"))
        case .abs: return .success(Swift.abs(a))
        case .powerConstant: return powerConstant(a, instruction.constant)
        case .power:
            guard a > 0 else { return .failure(.init("power with a non-positive base (\(format(a))) and a variable exponent")) }
            return .success(Foundation.pow(a, b))
        case .max: return .success(a >= b ? a : b)
        case .min: return .success(a <= b ? a : b)
        }
    }

    private static func powerConstant(_ a: Double, _ p: Double) -> Result<Double, EvaluationFailure> {
        if a == 0 && p < 0 { return .failure(.init("division by zero (0 to a negative power)")) }
        if a < 0 && p != p.rounded() { return .failure(.init("fractional power of a negative number (\(format(a)))")) }
        if p == 2 { return .success(a * a) }
        return .success(Foundation.pow(a, p))
    }

    /// Partial derivatives of `instruction` at operands `a`, `b` with result `value`; second order when `second`.
    @inline(__always)
    static func partials(_ instruction: Instruction, _ a: Double, _ b: Double, _ value: Double, second: Bool) -> Partials {
        var p = Partials()
        switch instruction.op {
        case .constant, .parameter: break
        case .add: p.da = 1; p.db = 1
        case .subtract: p.da = 1; p.db = -1
        case .multiply: p.da = b; p.db = a; p.dab = 1
        case .divide:
            p.da = 1 / b; p.db = -value / b
            if second { p.dab = -1 / (b * b); p.dbb = 2 * value / (b * b) }
        case .negate: p.da = -1
        case .exp: p.da = value; p.daa = value
        case .log: p.da = 1 / a; p.daa = -1 / (a * a)
        case .sin: p.da = Foundation.cos(a); p.daa = -value
        case .cos: p.da = -Foundation.sin(a); p.daa = -value
        case .tan: p.da = 1 + value * value; p.daa = 2 * value * (1 + value * value)
        case .tanh: p.da = 1 - value * value; p.daa = -2 * value * (1 - value * value)
        case .sinh: p.da = Foundation.cosh(a); p.daa = value
        case .cosh: p.da = Foundation.sinh(a); p.daa = value
        case .sqrt: p.da = 0.5 / value; p.daa = -0.25 / (value * value * value)
        case .abs: p.da = a > 0 ? 1 : (a < 0 ? -1 : 0)
        case .powerConstant:
            let e = instruction.constant
            p.da = e == 2 ? 2 * a : e * Foundation.pow(a, e - 1)
            if second { p.daa = e == 2 ? 2 : e * (e - 1) * Foundation.pow(a, e - 2) }
        case .power:
            let logA = Foundation.log(a)
            p.da = b * Foundation.pow(a, b - 1); p.db = value * logA
            if second {
                p.daa = b * (b - 1) * Foundation.pow(a, b - 2)
                p.dab = Foundation.pow(a, b - 1) * (1 + b * logA)
                p.dbb = value * logA * logA
            }
        case .max: if a >= b { p.da = 1 } else { p.db = 1 }
        case .min: if a <= b { p.da = 1 } else { p.db = 1 }
        }
        return p
    }

    /// Whether the operation reads operand `b`.
    static func isBinary(_ op: Operation) -> Bool {
        switch op {
        case .add, .subtract, .multiply, .divide, .power, .max, .min: return true
        default: return false
        }
    }

    /// A number for messages, e.g. `-0.5`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && Swift.abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Why an operation is undefined at a point.
struct EvaluationFailure: Error {
    /// The reason, e.g. `division by zero`.
    var reason: String
    /// Creates a failure with `reason`.
    init(_ reason: String) { self.reason = reason }
}
