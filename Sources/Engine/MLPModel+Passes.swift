/// One row's scratch memory of an MLP, four regions of `units = Σ widths` doubles carved from the caller's buffer,
/// layer l at `starts[l]..<starts[l] + widths[l]` in each: activations (layer 0 = the input row), pre-activations
/// `zˡ`, dropout masks (0 or 1/(1−p); 1 in evaluation) and deltas `δˡ = ∂loss/∂zˡ`.
struct MLPScratch {
    let values: UnsafeMutablePointer<Double>
    let pre: UnsafeMutablePointer<Double>
    let masks: UnsafeMutablePointer<Double>
    let deltas: UnsafeMutablePointer<Double>

    /// The regions of `base`, which holds `4·units` doubles.
    init(_ base: UnsafeMutablePointer<Double>, units: Int) {
        values = base
        pre = base + units
        masks = base + 2 * units
        deltas = base + 3 * units
    }
}

extension MLPModel {
    /// Computes every layer for one input row; draws dropout masks when `training`.
    func forward(_ row: UnsafePointer<Double>, parameters theta: UnsafePointer<Double>, work: MLPScratch, training: Bool,
                 generator: inout SeededGenerator) {
        let keep = 1 - dropout, drop = training && dropout > 0
        let a = work.values, z = work.pre, m = work.masks
        a.update(from: row, count: widths[0])
        for l in 1...layerCount {
            let inputs = widths[l - 1], base = offsets[l - 1], from = starts[l - 1], to = starts[l]
            let hidden = l < layerCount
            for o in 0..<widths[l] {
                let sum = theta[base + widths[l] * inputs + o] + VectorKernels.dot(theta + base + o * inputs, a + from, count: inputs)
                z[to + o] = sum
                guard hidden else { a[to + o] = sum; continue }
                let mask = drop ? (generator.uniform() < keep ? 1 / keep : 0) : 1
                m[to + o] = mask
                a[to + o] = mask * activation.apply(sum)
            }
        }
    }

    /// Backpropagates the output deltas (set by the loss) and adds the parameter gradient.
    func backward(parameters theta: UnsafePointer<Double>, work: MLPScratch, gradient g: UnsafeMutablePointer<Double>) {
        let delta = work.deltas, a = work.values
        for l in stride(from: layerCount, through: 1, by: -1) {
            let inputs = widths[l - 1], outputs = widths[l], base = offsets[l - 1]
            let from = starts[l - 1], to = starts[l]
            for o in 0..<outputs where delta[to + o] != 0 {
                let d = delta[to + o]
                VectorKernels.addScaled(d, a + from, to: g + base + o * inputs, count: inputs)
                g[base + outputs * inputs + o] += d
            }
            guard l > 1 else { continue }
            propagate(theta, work, layer: l)
        }
    }

    /// `δˡ⁻¹ = (Wˡᵀ δˡ) ⊙ act′(zˡ⁻¹) ⊙ mˡ⁻¹`; `Wˡᵀ δˡ` is summed over the rows of Wˡ in order.
    private func propagate(_ theta: UnsafePointer<Double>, _ work: MLPScratch, layer l: Int) {
        let inputs = widths[l - 1], outputs = widths[l], base = offsets[l - 1], from = starts[l - 1], to = starts[l]
        let delta = work.deltas
        (delta + from).update(repeating: 0, count: inputs)
        for o in 0..<outputs {
            VectorKernels.addScaled(delta[to + o], theta + base + o * inputs, to: delta + from, count: inputs)
        }
        for i in 0..<inputs {
            let mask = work.masks[from + i]
            let activated = mask == 0 ? 0 : work.values[from + i] / mask
            delta[from + i] = delta[from + i] * mask * activation.derivative(z: work.pre[from + i], a: activated)
        }
    }
}
