/// One pass of an affine model `z = W x + b` over rows, reading each row once: per row, the `k` outputs
/// `zₒ = bₒ + Wₒ·x` (`VectorKernels.dot`), the loss and `δ = ∂loss/∂z`, then `∂/∂Wₒ += δₒ x` and `∂/∂bₒ += δₒ`
/// while the row is still in cache. Generic over the loss (`LossGenericWork`), so each loss gets its own copy.
///
/// θ holds W row-major (`k × d`), then b. The gradient is accumulated row after row in row order, so the sum
/// over a block of rows does not depend on how anything else is scheduled.
struct LinearPass: LossGenericWork {
    /// Row-major features, `d` per row.
    let features: UnsafePointer<Double>
    /// One target per row.
    let targets: UnsafePointer<Double>
    /// The rows visited, and how many.
    let rows: RowIndices, count: Int
    /// θ.
    let theta: UnsafePointer<Double>
    /// Where the summed gradient is added (`nil`: loss only).
    let gradient: UnsafeMutablePointer<Double>?
    /// `2k` doubles: the outputs, then the deltas.
    let scratch: UnsafeMutablePointer<Double>
    /// Inputs d and outputs k.
    let inputs: Int, outputs: Int

    /// The summed loss over the rows.
    func run<L: Loss>(_ loss: L) -> Double {
        let d = inputs, k = outputs, z = scratch, delta = scratch + k
        let outputsBuffer = UnsafeBufferPointer(start: z, count: k)
        let deltaBuffer = gradient == nil ? nil : UnsafeMutableBufferPointer(start: delta, count: k)
        var total = 0.0
        for i in 0..<count {
            let r = rows[i], row = features + r * d
            for o in 0..<k { z[o] = theta[k * d + o] + VectorKernels.dot(theta + o * d, row, count: d) }
            total += loss.evaluate(outputs: outputsBuffer, target: targets[r], delta: deltaBuffer)
            guard let gradient else { continue }
            for o in 0..<k {
                VectorKernels.addScaled(delta[o], row, to: gradient + o * d, count: d)
                gradient[k * d + o] += delta[o]
            }
        }
        return total
    }
}
