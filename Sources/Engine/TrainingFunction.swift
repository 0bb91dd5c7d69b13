/// A training objective's smooth part `f(θ) = (1/N) Σ lossᵢ + l2·Σwⱼ²` on the full training set, in evaluation
/// mode (no dropout), as a `DifferentiableFunction` for newton, cg and lbfgs.
///
/// The Hessian is exact for linear models (linear and polynomial regression, logistic, softmax) with a twice
/// differentiable loss (`TwiceDifferentiableLoss`): `H = (1/N) Σᵢ Sᵢ ⊗ x̃ᵢx̃ᵢᵀ + 2·l2·diag(penalized)`, e.g.
/// `(2/N) X̃ᵀX̃` for mse and `(1/N) X̃ᵀ diag(σ(1−σ)) X̃` for bce. Other models return `nil` (Newton then uses
/// central differences of the analytic gradient).
public struct TrainingFunction: DifferentiableFunction {
    /// The objective.
    public let objective: TrainingObjective

    /// Wraps `objective`.
    public init(_ objective: TrainingObjective) {
        self.objective = objective
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
        let (loss, gradient) = objective.smoothGradient(x, rows: .all(objective.data.count), training: false,
                                                        generator: &generator)
        let l2 = Regularization(l1: 0, l2: objective.regularization.l2).penalty(x, penalized: objective.penalized)
        return (loss + l2, gradient)
    }

    /// The exact Hessian for linear models with a twice-differentiable loss, else `nil`.
    public func hessian(_ x: [Double]) throws -> Matrix? {
        guard let model = objective.model as? LinearModel, let loss = objective.loss as? any TwiceDifferentiableLoss else {
            return nil
        }
        var h = TrainingFunction.linearHessian(model: model, loss: loss, data: objective.data, parameters: x)
        let penalized = model.penalized
        for i in 0..<h.rows where penalized[i] { h[i, i] += 2 * objective.regularization.l2 }
        return h
    }

    /// `(1/N) Σᵢ Sᵢ ⊗ x̃ᵢx̃ᵢᵀ` with θ's layout: weight (o, c) at `o·d + c`, bias o at `k·d + o`.
    static func linearHessian(model: LinearModel, loss: any TwiceDifferentiableLoss, data: Dataset, parameters: [Double]) -> Matrix {
        let d = model.inputCount, k = model.outputCount, p = model.parameterCount
        var h = Matrix(rows: p, columns: p)
        let outputs = model.outputs(data.features, parameters: parameters)
        var s = [Double](repeating: 0, count: k * k)
        var index = [Int](repeating: 0, count: k * (d + 1)), xt = [Double](repeating: 1, count: d + 1)
        for o in 0..<k {
            for c in 0...d { index[o * (d + 1) + c] = c < d ? o * d + c : k * d + o }
        }
        let scale = 1 / Double(max(data.count, 1))
        h.storage.withUnsafeMutableBufferPointer { hb in
            for r in 0..<data.count {
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
        return h
    }
}
