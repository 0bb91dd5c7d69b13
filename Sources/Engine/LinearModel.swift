/// An affine model `z = W x + b` with `outputs` rows in W; θ holds W row-major, then b.
///
/// With one output and `mse` it is linear regression; with `bce` logistic regression (z is the logit).
public struct LinearModel: Model {
    /// Number of input features.
    public let inputCount: Int
    /// Number of outputs.
    public let outputCount: Int
    /// How the weights start (`standard`: zeros).
    public let initialization: Initialization

    /// Creates a model with `inputs` features and `outputs` outputs.
    public init(inputs: Int, outputs: Int = 1, initialization: Initialization = .standard) {
        inputCount = inputs
        outputCount = outputs
        self.initialization = initialization
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

    /// Zeros by default: the problem is convex, so the start does not need to be random. Another `initialization`
    /// draws the weights (fan_in = inputs, fan_out = outputs) and starts the biases at 0.
    public func initialParameters(generator: inout SeededGenerator) -> [Double] {
        guard initialization != .standard else { return [Double](repeating: 0, count: parameterCount) }
        let weights = initialization.weights(count: outputCount * inputCount, fanIn: inputCount, fanOut: outputCount,
                                             generator: &generator)
        return weights + [Double](repeating: 0, count: outputCount)
    }

    /// The outputs and the deltas of two rows (`LinearPass`).
    public var scratchCount: Int { 4 * outputCount }

    /// A block of rows: a row costs `4·k·d` operations, a block of 2048 rows well under a millisecond for the
    /// usual widths.
    public var rowsPerCheck: Int { RowBlocks.standardSize }

    /// `Z = X Wᵀ + b`, each output as `LinearPass` computes it.
    public func outputs<Limit: WorkLimit>(_ features: Matrix, parameters: [Double], limit: Limit) throws(Limit.Failure) -> Matrix {
        var result = Matrix(rows: features.rows, columns: outputCount)
        let d = inputCount, k = outputCount, every = rowsPerCheck
        var failure: Limit.Failure?
        features.storage.withUnsafeBufferPointer { x in
            parameters.withUnsafeBufferPointer { theta in
                result.storage.withUnsafeMutableBufferPointer { z in
                    guard let z = z.baseAddress else { return }
                    let x = VectorKernels.start(x), w = VectorKernels.start(theta)
                    for r in 0..<features.rows {
                        if r > 0, r % every == 0 {
                            do throws(Limit.Failure) { try limit.check() } catch { failure = error; return }
                        }
                        for o in 0..<k { z[r * k + o] = w[k * d + o] + VectorKernels.dot(w + o * d, x + r * d, count: d) }
                    }
                }
            }
        }
        if let failure { throw failure }
        return result
    }

    /// Summed loss over `rows`; gradient `∂/∂W = Σ δ xᵀ`, `∂/∂b = Σ δ` (fused `LinearPass`es of `rowsPerCheck` rows,
    /// each continuing the previous one's sum, so the bits are those of one pass).
    public func accumulateLoss<Limit: WorkLimit>(features: Matrix, targets: [Double], rows: RowSelection,
                                                 parameters: UnsafeBufferPointer<Double>, loss: any Loss, training: Bool,
                                                 gradient: UnsafeMutablePointer<Double>?, scratch: UnsafeMutablePointer<Double>,
                                                 generator: inout SeededGenerator, limit: Limit) throws(Limit.Failure) -> Double {
        guard rows.count > 0 else { return 0 }
        let theta = VectorKernels.start(parameters), every = rowsPerCheck
        var total = 0.0, start = 0
        while start < rows.count {
            if start > 0 { try limit.check() }
            let part = rows.part(start..<min(start + every, rows.count))
            total = features.storage.withUnsafeBufferPointer { x in
                targets.withUnsafeBufferPointer { y in
                    part.withIndices { indices in
                        LinearPass(features: VectorKernels.start(x), targets: VectorKernels.start(y), rows: indices, count: part.count,
                                   theta: theta, gradient: gradient, scratch: scratch, inputs: inputCount, outputs: outputCount,
                                   total: total).run(specializing: loss)
                    }
                }
            }
            start += part.count
        }
        return total
    }
}

extension LinearModel {
    /// `linear` or `logistic`: an optional polynomial expansion of each feature into x, x², …, x^degree.
    public struct Settings: Equatable, Sendable {
        /// Degree of the expansion (`nil`: none), 1 to `Limits.maxDegree`.
        public var polynomialDegree: Int?
        /// How the weights start.
        public var initialization = Initialization.standard

        /// The defaults.
        public init() {}

        /// polynomial.
        public static var fields: [SettingField<Settings>] {
            [.integer("polynomial", \.polynomialDegree, 1...Limits.maxDegree, unset: "none")]
        }
    }
}
