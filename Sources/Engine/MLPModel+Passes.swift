/// Per-call scratch buffers of an MLP: pre-activations, activations, dropout masks and deltas per layer.
struct MLPWorkspace {
    /// `values[0]` is the input row; `values[l]` the output of layer l (after activation and dropout).
    var values: [[Double]]
    /// Pre-activations `zˡ` (index 0 unused).
    var pre: [[Double]]
    /// Dropout masks (0 or 1/(1−p)); all 1 in evaluation.
    var masks: [[Double]]
    /// `δˡ = ∂loss/∂zˡ`.
    var deltas: [[Double]]

    init(widths: [Int]) {
        values = widths.map { [Double](repeating: 0, count: $0) }
        pre = values
        masks = widths.map { [Double](repeating: 1, count: $0) }
        deltas = values
    }
}

extension MLPModel {
    /// Computes every layer for one row of `features`; draws dropout masks when `training`.
    func forward(_ features: Matrix, row: Int, parameters: [Double], work: inout MLPWorkspace, training: Bool,
                 generator: inout SeededGenerator) {
        let d = widths[0]
        for c in 0..<d { work.values[0][c] = features[row, c] }
        let keep = 1 - dropout
        parameters.withUnsafeBufferPointer { theta in
            for l in 1...layerCount {
                let inputs = widths[l - 1], outputs = widths[l], base = offsets[l - 1]
                let hidden = l < layerCount
                for o in 0..<outputs {
                    var z = theta[base + outputs * inputs + o]
                    work.values[l - 1].withUnsafeBufferPointer { a in
                        for i in 0..<inputs { z += theta[base + o * inputs + i] * a[i] }
                    }
                    work.pre[l][o] = z
                    guard hidden else { work.values[l][o] = z; continue }
                    var mask = 1.0
                    if training && dropout > 0 { mask = generator.uniform() < keep ? 1 / keep : 0 }
                    work.masks[l][o] = mask
                    work.values[l][o] = mask * activation.apply(z)
                }
            }
        }
    }

    /// Backpropagates `work.deltas[L]` (set by the loss) and adds the parameter gradient.
    func backward(parameters: [Double], work: inout MLPWorkspace, gradient: inout [Double]) {
        parameters.withUnsafeBufferPointer { theta in
            gradient.withUnsafeMutableBufferPointer { g in
                for l in stride(from: layerCount, through: 1, by: -1) {
                    let inputs = widths[l - 1], outputs = widths[l], base = offsets[l - 1]
                    for o in 0..<outputs {
                        let delta = work.deltas[l][o]
                        guard delta != 0 else { continue }
                        for i in 0..<inputs { g[base + o * inputs + i] += delta * work.values[l - 1][i] }
                        g[base + outputs * inputs + o] += delta
                    }
                    guard l > 1 else { continue }
                    for i in 0..<inputs {
                        var sum = 0.0
                        for o in 0..<outputs { sum += theta[base + o * inputs + i] * work.deltas[l][o] }
                        let mask = work.masks[l - 1][i]
                        let a = mask == 0 ? 0 : work.values[l - 1][i] / mask
                        work.deltas[l - 1][i] = sum * mask * activation.derivative(z: work.pre[l - 1][i], a: a)
                    }
                }
            }
        }
    }
}
