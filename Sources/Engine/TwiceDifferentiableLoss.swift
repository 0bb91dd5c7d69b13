/// A loss whose second derivative with respect to the raw outputs is known, so the exact Hessian of a linear
/// model's objective can be assembled: `H = (1/N) Σᵢ (Sᵢ ⊗ x̃ᵢx̃ᵢᵀ)` with `Sᵢ = ∂²lossᵢ/∂z²` (k × k) and
/// `x̃ = [x, 1]`, because the outputs `z = W x + b` are linear in θ.
public protocol TwiceDifferentiableLoss: Loss {
    /// Writes `∂²loss/∂z²` (k × k, row-major, k = `outputs.count`) into `hessian`.
    func outputHessian(outputs: UnsafeBufferPointer<Double>, target: Double, into hessian: UnsafeMutableBufferPointer<Double>)
}

extension MSELoss: TwiceDifferentiableLoss {
    /// `∂²(ŷ − y)²/∂ŷ² = 2`.
    public func outputHessian(outputs: UnsafeBufferPointer<Double>, target: Double, into hessian: UnsafeMutableBufferPointer<Double>) {
        hessian[0] = 2
    }
}

extension BCELoss: TwiceDifferentiableLoss {
    /// `∂²/∂z² = σ(z)(1 − σ(z))`.
    public func outputHessian(outputs: UnsafeBufferPointer<Double>, target: Double, into hessian: UnsafeMutableBufferPointer<Double>) {
        let p = BCELoss.sigmoid(outputs[0])
        hessian[0] = p * (1 - p)
    }
}
