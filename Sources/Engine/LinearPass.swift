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
    /// `4k` doubles: the outputs of two rows, then their deltas.
    let scratch: UnsafeMutablePointer<Double>
    /// Inputs d and outputs k.
    let inputs: Int, outputs: Int
    /// The sum the rows' losses are added to (a previous pass's, when one pass is run in parts).
    var total = 0.0

    /// `total` plus the summed loss over the rows, taken two rows at a time (one sweep over W and over the gradient per pair),
    /// with the bits of a row-by-row pass: each output is the same `dot`, and the gradient entries and the loss are
    /// added in row order.
    func run<L: Loss>(_ loss: L) -> Double {
        let d = inputs, k = outputs, bias = theta + k * d
        let z0 = scratch, z1 = scratch + k, delta0 = scratch + 2 * k, delta1 = scratch + 3 * k
        var total = self.total, i = 0
        while i + 2 <= count {
            let r0 = rows[i], r1 = rows[i + 1], row0 = features + r0 * d, row1 = features + r1 * d
            for o in 0..<k {
                let (dot0, dot1) = VectorKernels.dot(row0, row1, theta + o * d, count: d)
                z0[o] = bias[o] + dot0
                z1[o] = bias[o] + dot1
            }
            total += evaluate(loss, z0, target: targets[r0], delta: delta0)
            total += evaluate(loss, z1, target: targets[r1], delta: delta1)
            if let gradient {
                for o in 0..<k {
                    VectorKernels.addScaled(delta0[o], row0, delta1[o], row1, to: gradient + o * d, count: d)
                    gradient[k * d + o] = (gradient[k * d + o] + delta0[o]) + delta1[o]
                }
            }
            i += 2
        }
        if i < count {
            let r = rows[i], row = features + r * d
            for o in 0..<k { z0[o] = bias[o] + VectorKernels.dot(theta + o * d, row, count: d) }
            total += evaluate(loss, z0, target: targets[r], delta: delta0)
            if let gradient {
                for o in 0..<k {
                    VectorKernels.addScaled(delta0[o], row, to: gradient + o * d, count: d)
                    gradient[k * d + o] += delta0[o]
                }
            }
        }
        return total
    }

    /// The loss of one row's outputs `z`; writes `δ` when the pass takes a gradient.
    @inline(__always)
    private func evaluate<L: Loss>(_ loss: L, _ z: UnsafeMutablePointer<Double>, target: Double,
                                   delta: UnsafeMutablePointer<Double>) -> Double {
        loss.evaluate(outputs: UnsafeBufferPointer(start: z, count: outputs), target: target,
                      delta: gradient == nil ? nil : UnsafeMutableBufferPointer(start: delta, count: outputs))
    }
}
