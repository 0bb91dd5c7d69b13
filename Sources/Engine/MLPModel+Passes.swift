/// Per-call scratch buffers of an MLP, one contiguous array each, layer l at `starts[l]..<starts[l] + widths[l]`:
/// activations (layer 0 = the input row), pre-activations `zˡ`, dropout masks (0 or 1/(1−p); 1 in evaluation)
/// and deltas `δˡ = ∂loss/∂zˡ`.
struct MLPWorkspace {
    var values: [Double]
    var pre: [Double]
    var masks: [Double]
    var deltas: [Double]
    let starts: [Int]

    init(widths: [Int]) {
        var starts: [Int] = [], total = 0
        for width in widths {
            starts.append(total)
            total += width
        }
        self.starts = starts
        values = [Double](repeating: 0, count: total)
        pre = values
        deltas = values
        masks = [Double](repeating: 1, count: total)
    }
}

extension MLPModel {
    /// Computes every layer for one row of `features`; draws dropout masks when `training`.
    func forward(_ features: Matrix, row: Int, parameters: [Double], work: inout MLPWorkspace, training: Bool,
                 generator: inout SeededGenerator) {
        let keep = 1 - dropout, drop = training && dropout > 0, starts = work.starts
        for c in 0..<widths[0] { work.values[c] = features[row, c] }
        parameters.withUnsafeBufferPointer { theta in
            work.values.withUnsafeMutableBufferPointer { a in
                work.pre.withUnsafeMutableBufferPointer { z in
                    work.masks.withUnsafeMutableBufferPointer { m in
                        for l in 1...layerCount {
                            let inputs = widths[l - 1], base = offsets[l - 1], from = starts[l - 1], to = starts[l]
                            let hidden = l < layerCount
                            for o in 0..<widths[l] {
                                var sum = theta[base + widths[l] * inputs + o]
                                let row = base + o * inputs
                                for i in 0..<inputs { sum += theta[row + i] * a[from + i] }
                                z[to + o] = sum
                                guard hidden else { a[to + o] = sum; continue }
                                let mask = drop ? (generator.uniform() < keep ? 1 / keep : 0) : 1
                                m[to + o] = mask
                                a[to + o] = mask * activation.apply(sum)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Backpropagates the output deltas (set by the loss) and adds the parameter gradient.
    func backward(parameters: [Double], work: inout MLPWorkspace, gradient: inout [Double]) {
        let starts = work.starts
        parameters.withUnsafeBufferPointer { theta in
            gradient.withUnsafeMutableBufferPointer { g in
                work.deltas.withUnsafeMutableBufferPointer { delta in
                    work.values.withUnsafeBufferPointer { a in
                        for l in stride(from: layerCount, through: 1, by: -1) {
                            let inputs = widths[l - 1], outputs = widths[l], base = offsets[l - 1]
                            let from = starts[l - 1], to = starts[l]
                            for o in 0..<outputs where delta[to + o] != 0 {
                                let d = delta[to + o], row = base + o * inputs
                                for i in 0..<inputs { g[row + i] += d * a[from + i] }
                                g[base + outputs * inputs + o] += d
                            }
                            guard l > 1 else { continue }
                            propagate(theta, delta, a, work.pre, work.masks, layer: l, from: from, to: to)
                        }
                    }
                }
            }
        }
    }

    /// `δˡ⁻¹ = (Wˡᵀ δˡ) ⊙ act′(zˡ⁻¹) ⊙ mˡ⁻¹`.
    private func propagate(_ theta: UnsafeBufferPointer<Double>, _ delta: UnsafeMutableBufferPointer<Double>,
                           _ a: UnsafeBufferPointer<Double>, _ pre: [Double], _ masks: [Double], layer l: Int, from: Int, to: Int) {
        let inputs = widths[l - 1], outputs = widths[l], base = offsets[l - 1]
        for i in 0..<inputs {
            var sum = 0.0
            for o in 0..<outputs { sum += theta[base + o * inputs + i] * delta[to + o] }
            let mask = masks[from + i]
            let activated = mask == 0 ? 0 : a[from + i] / mask
            delta[from + i] = sum * mask * activation.derivative(z: pre[from + i], a: activated)
        }
    }
}
