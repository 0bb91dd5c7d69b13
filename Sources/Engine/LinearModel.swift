/// An affine model `z = W x + b` with `outputs` rows in W; θ holds W row-major, then b.
///
/// With one output and `mse` it is linear regression; with `bce` logistic regression (z is the logit).
public struct LinearModel: Model {
    /// Number of input features.
    public let inputCount: Int
    /// Number of outputs.
    public let outputCount: Int

    /// Creates a model with `inputs` features and `outputs` outputs.
    public init(inputs: Int, outputs: Int = 1) {
        inputCount = inputs
        outputCount = outputs
    }

    /// `outputs·inputs` weights plus `outputs` biases.
    public var parameterCount: Int { outputCount * (inputCount + 1) }

    /// Weights penalized, biases not.
    public var penalized: [Bool] {
        Array(repeating: true, count: outputCount * inputCount) + Array(repeating: false, count: outputCount)
    }

    /// One affine layer.
    public var layerSummary: [String] {
        ["linear: \(inputCount) → \(outputCount), \(parameterCount) parameters"]
    }

    /// Zeros: the problem is convex, so the start does not need to be random.
    public func initialParameters(generator: inout SeededGenerator) -> [Double] {
        [Double](repeating: 0, count: parameterCount)
    }

    /// `Z = X Wᵀ + b`.
    public func outputs(_ features: Matrix, parameters: [Double]) -> Matrix {
        var result = Matrix(rows: features.rows, columns: outputCount)
        let d = inputCount, k = outputCount
        features.storage.withUnsafeBufferPointer { x in
            parameters.withUnsafeBufferPointer { theta in
                for r in 0..<features.rows {
                    for o in 0..<k {
                        var z = theta[k * d + o]
                        for c in 0..<d { z += theta[o * d + c] * x[r * d + c] }
                        result[r, o] = z
                    }
                }
            }
        }
        return result
    }

    /// Summed loss over `rows`; gradient `∂/∂W = Σ δ xᵀ`, `∂/∂b = Σ δ`.
    public func accumulateLoss(features: Matrix, targets: [Double], rows: [Int], parameters: [Double], loss: any Loss,
                               training: Bool, gradient: inout [Double], generator: inout SeededGenerator) -> Double {
        let d = inputCount, k = outputCount
        var z = [Double](repeating: 0, count: k), delta = [Double](repeating: 0, count: k)
        var total = 0.0
        features.storage.withUnsafeBufferPointer { x in
            parameters.withUnsafeBufferPointer { theta in
                gradient.withUnsafeMutableBufferPointer { g in
                    for r in rows {
                        for o in 0..<k {
                            var value = theta[k * d + o]
                            for c in 0..<d { value += theta[o * d + c] * x[r * d + c] }
                            z[o] = value
                        }
                        total += z.withUnsafeBufferPointer { zb in
                            delta.withUnsafeMutableBufferPointer { db in
                                loss.evaluate(outputs: zb, target: targets[r], delta: db)
                            }
                        }
                        for o in 0..<k {
                            for c in 0..<d { g[o * d + c] += delta[o] * x[r * d + c] }
                            g[k * d + o] += delta[o]
                        }
                    }
                }
            }
        }
        return total
    }
}

extension LinearModel {
    /// `linear` or `logistic`: an optional polynomial expansion of each feature into x, x², …, x^degree.
    public struct Settings: Equatable, Sendable {
        /// Degree of the expansion (`nil`: none), 1 to `Limits.maxDegree`.
        public var polynomialDegree: Int?

        /// The defaults.
        public init() {}

        /// polynomial.
        public static var fields: [SettingField<Settings>] {
            [.integer("polynomial", \.polynomialDegree, 1...Limits.maxDegree, unset: "none")]
        }
    }
}
