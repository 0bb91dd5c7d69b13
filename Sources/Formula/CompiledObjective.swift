/// A compiled formula: value, reverse-mode gradient and exact Hessian (forward-over-reverse) on a flat tape.
///
/// Each call allocates a few arrays of the tape's length, never per instruction. Evaluation errors
/// (division by zero, log of a non-positive number, square root of a negative number, overflow) are thrown
/// as `FormulaError` of kind `.evaluation`, located at the construct in the TeX; never a silent NaN.
public final class CompiledObjective {
    /// The function's name (`f` in `f(x, y) = …`).
    public let name: String
    /// Parameter names in argument order; points are given in this order.
    public let parameterNames: [String]
    /// Number of instructions on the tape (sums over data are unrolled).
    public var instructionCount: Int { tape.instructions.count }

    let tape: Tape
    let result: Int
    let tex: String

    init(name: String, parameterNames: [String], tape: Tape, result: Int, tex: String) {
        self.name = name
        self.parameterNames = parameterNames
        self.tape = tape
        self.result = result
        self.tex = tex
    }

    /// The value at `x` (one entry per parameter).
    public func value(_ x: [Double]) throws -> Double {
        try forward(x)[result]
    }

    /// The gradient at `x`.
    public func gradient(_ x: [Double]) throws -> [Double] {
        try valueAndGradient(x).gradient
    }

    /// The value and the gradient at `x`, by one forward and one reverse sweep.
    public func valueAndGradient(_ x: [Double]) throws -> (value: Double, gradient: [Double]) {
        let values = try forward(x)
        var adjoint = [Double](repeating: 0, count: values.count)
        var gradient = [Double](repeating: 0, count: parameterNames.count)
        adjoint[result] = 1
        for k in stride(from: result, through: 0, by: -1) {
            let g = adjoint[k]
            if g == 0 { continue }
            let instruction = tape.instructions[k]
            let a = Int(instruction.a), b = Int(instruction.b)
            if instruction.op == .parameter { gradient[a] += g; continue }
            if instruction.op == .constant { continue }
            let p = Tape.partials(instruction, values[a], Tape.isBinary(instruction.op) ? values[b] : 0, values[k], second: false)
            try checkFinite(p.da, p.db, instruction)
            adjoint[a] += g * p.da
            if Tape.isBinary(instruction.op) { adjoint[b] += g * p.db }
        }
        return (values[result], gradient)
    }

    /// The exact Hessian at `x`: one tangent sweep and one second-order reverse sweep per parameter.
    public func hessian(_ x: [Double]) throws -> [[Double]] {
        let values = try forward(x)
        let count = result + 1
        var partials = [Tape.Partials](repeating: Tape.Partials(), count: count)
        for k in 0..<count where tape.instructions[k].op != .parameter && tape.instructions[k].op != .constant {
            let instruction = tape.instructions[k]
            let b = Tape.isBinary(instruction.op) ? values[Int(instruction.b)] : 0
            partials[k] = Tape.partials(instruction, values[Int(instruction.a)], b, values[k], second: true)
            try checkFinite(partials[k].da, partials[k].db, instruction)
        }
        let n = parameterNames.count
        var hessian = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var tangent = [Double](repeating: 0, count: count)
        var adjoint = [Double](repeating: 0, count: count)
        var adjointTangent = [Double](repeating: 0, count: count)
        for direction in 0..<n {
            sweepTangent(direction, partials, &tangent)
            for k in 0..<count { adjoint[k] = 0; adjointTangent[k] = 0 }
            adjoint[result] = 1
            for k in stride(from: result, through: 0, by: -1) {
                let instruction = tape.instructions[k]
                let (g, gt) = (adjoint[k], adjointTangent[k])
                let a = Int(instruction.a), b = Int(instruction.b)
                switch instruction.op {
                case .parameter: hessian[a][direction] += gt
                case .constant: continue
                default:
                    let p = partials[k]
                    let tb = Tape.isBinary(instruction.op) ? tangent[b] : 0
                    adjoint[a] += g * p.da
                    adjointTangent[a] += gt * p.da + g * (p.daa * tangent[a] + p.dab * tb)
                    if Tape.isBinary(instruction.op) {
                        adjoint[b] += g * p.db
                        adjointTangent[b] += gt * p.db + g * (p.dab * tangent[a] + p.dbb * tb)
                    }
                }
            }
        }
        for i in 0..<n { for j in 0..<i {
            let mean = (hessian[i][j] + hessian[j][i]) / 2
            hessian[i][j] = mean
            hessian[j][i] = mean
        } }
        return hessian
    }

    /// Directional derivatives of every value along parameter `direction`.
    private func sweepTangent(_ direction: Int, _ partials: [Tape.Partials], _ tangent: inout [Double]) {
        for k in 0..<tangent.count {
            let instruction = tape.instructions[k]
            switch instruction.op {
            case .parameter: tangent[k] = Int(instruction.a) == direction ? 1 : 0
            case .constant: tangent[k] = 0
            default:
                let p = partials[k]
                let tb = Tape.isBinary(instruction.op) ? tangent[Int(instruction.b)] : 0
                tangent[k] = p.da * tangent[Int(instruction.a)] + p.db * tb
            }
        }
    }

    /// All values of the tape at `x`, up to the result.
    private func forward(_ x: [Double]) throws -> [Double] {
        guard x.count == parameterNames.count else {
            throw FormulaError(.evaluation, "\(name) takes \(parameterNames.count) values (\(parameterNames.joined(separator: ", "))), got \(x.count)", at: 0, in: tex)
        }
        var values = [Double](repeating: 0, count: result + 1)
        for k in 0...result {
            let instruction = tape.instructions[k]
            let a = instruction.op == .parameter ? x[Int(instruction.a)] : values[Int(instruction.a)]
            let b = Tape.isBinary(instruction.op) ? values[Int(instruction.b)] : 0
            switch Tape.apply(instruction, a, b) {
            case .success(let value):
                guard value.isFinite || !a.isFinite || !b.isFinite else {
                    throw failure("overflow: the value is not finite", instruction)
                }
                guard value.isFinite else { throw failure("the value is not finite", instruction) }
                values[k] = value
            case .failure(let reason):
                throw failure(reason.reason, instruction)
            }
        }
        return values
    }

    private func checkFinite(_ da: Double, _ db: Double, _ instruction: Tape.Instruction) throws {
        guard da.isFinite, db.isFinite else {
            let names: [Tape.Operation: String] = [.sqrt: "\\sqrt", .powerConstant: "the power", .power: "the power",
                                                   .log: "\\log", .divide: "the division"]
            throw failure("the derivative of \(names[instruction.op] ?? "this operation") is infinite here", instruction)
        }
    }

    private func failure(_ reason: String, _ instruction: Tape.Instruction) -> FormulaError {
        FormulaError(.evaluation, reason, at: Int(instruction.offset), in: tex)
    }
}
