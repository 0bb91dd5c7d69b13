/// A training objective's smooth part `f(θ) = (1/N) Σ lossᵢ + l2·Σwⱼ²` on the full training set, in evaluation
/// mode (no dropout), as a `DifferentiableFunction` for newton, cg and lbfgs.
///
/// The Hessian is exact for linear models (linear and polynomial regression, logistic, softmax) with a twice
/// differentiable loss (`TwiceDifferentiableLoss`): `H = (1/N) Σᵢ Sᵢ ⊗ x̃ᵢx̃ᵢᵀ + 2·l2·diag(penalized)`, e.g.
/// `(2/N) X̃ᵀX̃` for mse and `(1/N) X̃ᵀ diag(σ(1−σ)) X̃` for bce. Other models return `nil` (Newton then uses
/// central differences of the analytic gradient). Every pass checks `deadline` inside (see `Deadline`).
public struct TrainingFunction: DifferentiableFunction {
    /// The objective.
    public let objective: TrainingObjective
    /// The run's time limit (`nil`: none).
    public let deadline: Deadline?

    /// Wraps `objective`; its passes stop with `DeadlineExceeded` once `deadline` passes.
    public init(_ objective: TrainingObjective, deadline: Deadline? = nil) {
        self.objective = objective
        self.deadline = deadline
    }

    /// Number of parameters.
    public var dimension: Int { objective.model.parameterCount }

    /// `f(θ)` (mean loss + l2 term).
    public func value(_ x: [Double]) throws -> Double {
        try valueAndGradient(x).value
    }

    /// `∇f(θ)`.
    public func gradient(_ x: [Double]) throws -> [Double] {
        try valueAndGradient(x).gradient
    }

    /// Both in one pass over the data.
    public func valueAndGradient(_ x: [Double]) throws -> (value: Double, gradient: [Double]) {
        var generator = SeededGenerator(seed: 0)
        let (loss, gradient) = try objective.smoothGradient(x, rows: .all(objective.data.count), training: false,
                                                            generator: &generator, limit: deadline)
        let l2 = Regularization(l1: 0, l2: objective.regularization.l2).penalty(x, penalized: objective.penalized)
        return (loss + l2, gradient)
    }

    /// The exact Hessian for linear models with a twice-differentiable loss, else `nil`.
    public func hessian(_ x: [Double]) throws -> Matrix? {
        guard let model = objective.model as? LinearModel, let loss = objective.loss as? any TwiceDifferentiableLoss else {
            return nil
        }
        var h = try TrainingFunction.linearHessian(model: model, loss: loss, data: objective.data, parameters: x, limit: deadline)
        let penalized = model.penalized
        for i in 0..<h.rows where penalized[i] { h[i, i] += 2 * objective.regularization.l2 }
        return h
    }

    /// `(1/N) Σᵢ Sᵢ ⊗ x̃ᵢx̃ᵢᵀ` with θ's layout: weight (o, c) at `o·d + c`, bias o at `k·d + o`; a row costs `p²`
    /// operations, so `limit` is checked about every 2¹⁸ of them.
    static func linearHessian(model: LinearModel, loss: any TwiceDifferentiableLoss, data: Dataset, parameters: [Double],
                              limit: Deadline?) throws(DeadlineExceeded) -> Matrix {
        let d = model.inputCount, k = model.outputCount, p = model.parameterCount
        var h = Matrix(rows: p, columns: p)
        let outputs = try model.outputs(data.features, parameters: parameters, limit: limit)
        var s = [Double](repeating: 0, count: k * k)
        var index = [Int](repeating: 0, count: k * (d + 1)), xt = [Double](repeating: 1, count: d + 1)
        for o in 0..<k {
            for c in 0...d { index[o * (d + 1) + c] = c < d ? o * d + c : k * d + o }
        }
        let scale = 1 / Double(max(data.count, 1)), every = max(1, (1 << 18) / (p * p))
        var failure: DeadlineExceeded?
        h.storage.withUnsafeMutableBufferPointer { hb in
            for r in 0..<data.count {
                if r > 0, r % every == 0 {
                    do throws(DeadlineExceeded) { try limit.check() } catch { failure = error; return }
                }
                for c in 0..<d { xt[c] = data.features[r, c] }
                outputs.storage.withUnsafeBufferPointer { z in
                    s.withUnsafeMutableBufferPointer { sb in
                        loss.outputHessian(outputs: UnsafeBufferPointer(rebasing: z[(r * k)..<((r + 1) * k)]), target: data.targets[r], into: sb)
                    }
                }
                for a in 0..<(k * (d + 1)) {
                    let weightA = xt[a % (d + 1)] * scale
                    for b in 0..<(k * (d + 1)) {
                        let curvature = s[(a / (d + 1)) * k + b / (d + 1)]
                        if curvature != 0 { hb[index[a] * p + index[b]] += curvature * weightA * xt[b % (d + 1)] }
                    }
                }
            }
        }
        if let failure { throw failure }
        return h
    }
}
