/// A multilayer perceptron: affine layers with an activation between them and a linear output layer,
/// `a⁰ = x`, `zˡ = Wˡ aˡ⁻¹ + bˡ`, `aˡ = mˡ ⊙ act(zˡ)` for hidden layers, output `z^L`.
///
/// θ holds, layer by layer, Wˡ (row-major, `out × in`) then bˡ. Dropout is inverted: while training each hidden
/// unit is kept with probability `1 − p` and scaled by `1/(1 − p)` (mask `mˡ`), so evaluation is the identity.
/// Initialization follows `nn.Linear`: weights and biases uniform in `±1/√fan_in`, from the run's generator.
/// Gradients are computed by backpropagation: `δ^L = ∂loss/∂z^L`, `δˡ⁻¹ = (Wˡᵀ δˡ) ⊙ act′(zˡ⁻¹) ⊙ mˡ⁻¹`,
/// `∂/∂Wˡ = δˡ aˡ⁻¹ᵀ`, `∂/∂bˡ = δˡ`.
public struct MLPModel: Model {
    /// Layer widths: inputs, hidden widths…, outputs.
    public let widths: [Int]
    /// Hidden activation.
    public let activation: Activation
    /// Dropout probability p ∈ [0, 1) on hidden units (0 = none).
    public let dropout: Double
    /// How the weights start (`standard`: `nn.Linear`'s).
    public var initialization = Initialization.standard
    /// Offset of each layer's weights in θ (the biases follow them).
    let offsets: [Int]
    /// Offset of each layer's units in a row's scratch regions (`MLPScratch`).
    let starts: [Int]

    /// Creates a network `inputs → hidden… → outputs`.
    /// Dropout makes training passes random.
    public var isStochastic: Bool { dropout > 0 }

    public init(inputs: Int, hidden: [Int], outputs: Int, activation: Activation = .relu, dropout: Double = 0) {
        precondition(dropout >= 0 && dropout < 1, "dropout must be in [0, 1)")
        widths = [inputs] + hidden + [outputs]
        self.activation = activation
        self.dropout = dropout
        var offsets: [Int] = [], total = 0
        for l in 1..<widths.count {
            offsets.append(total)
            total += widths[l] * (widths[l - 1] + 1)
        }
        self.offsets = offsets + [total]
        var starts: [Int] = [], units = 0
        for width in widths {
            starts.append(units)
            units += width
        }
        self.starts = starts + [units]
    }

    /// Number of affine layers.
    public var layerCount: Int { widths.count - 1 }
    /// Σ out·(in + 1).
    public var parameterCount: Int { offsets[layerCount] }
    /// Width of the last layer.
    public var outputCount: Int { widths[layerCount] }
    /// Activations, pre-activations, masks and deltas of every unit (`MLPScratch`).
    public var scratchCount: Int { 4 * starts[widths.count] }

    /// Weights penalized, biases not.
    public var penalized: [Bool] {
        var flags: [Bool] = []
        for l in 1...layerCount {
            flags += Array(repeating: true, count: widths[l] * widths[l - 1]) + Array(repeating: false, count: widths[l])
        }
        return flags
    }

    /// "layer l: in → out, activation, parameters" per layer (the last layer is linear).
    public var layerSummary: [String] {
        (1...layerCount).map { l in
            let kind = l == layerCount ? "linear output" : activation.rawValue + (dropout > 0 ? ", dropout \(dropout)" : "")
            return "layer \(l): \(widths[l - 1]) → \(widths[l]), \(kind), \(widths[l] * (widths[l - 1] + 1)) parameters"
        }
    }

    /// Uniform in `±1/√fan_in` for every weight and bias of a layer (torch `nn.Linear`); another `initialization`
    /// draws each layer's weights (fan_in, fan_out = the layer's widths) and starts the biases at 0.
    public func initialParameters(generator: inout SeededGenerator) -> [Double] {
        var theta = [Double](repeating: 0, count: parameterCount)
        if initialization != .standard {
            for l in 1...layerCount {
                let count = widths[l] * widths[l - 1]
                let weights = initialization.weights(count: count, fanIn: widths[l - 1], fanOut: widths[l], generator: &generator)
                theta.replaceSubrange(offsets[l - 1]..<(offsets[l - 1] + count), with: weights)
            }
            return theta
        }
        for l in 1...layerCount {
            let bound = 1 / Double(widths[l - 1]).squareRoot()
            for i in offsets[l - 1]..<offsets[l] { theta[i] = generator.uniform(-bound, bound) }
        }
        return theta
    }

    /// About 2¹⁸ parameter visits (under a millisecond) between two checks, at most a row block: one row of a
    /// `[1024, 1024]` network, a whole block of a small one.
    public var rowsPerCheck: Int { min(RowBlocks.standardSize, max(1, (1 << 18) / parameterCount)) }

    /// Forward pass in evaluation mode (no dropout) for every row.
    public func outputs<Limit: WorkLimit>(_ features: Matrix, parameters: [Double], limit: Limit) throws(Limit.Failure) -> Matrix {
        var result = Matrix(rows: features.rows, columns: outputCount)
        var scratch = [Double](repeating: 0, count: scratchCount)
        var unused = SeededGenerator(seed: 0), failure: Limit.Failure?
        let last = starts[layerCount], inputs = widths[0], every = rowsPerCheck
        features.storage.withUnsafeBufferPointer { x in
            parameters.withUnsafeBufferPointer { theta in
                scratch.withUnsafeMutableBufferPointer { buffer in
                    let work = MLPScratch(buffer.baseAddress!, units: starts[widths.count])
                    for r in 0..<features.rows {
                        if r > 0, r % every == 0 {
                            do throws(Limit.Failure) { try limit.check() } catch { failure = error; return }
                        }
                        forward(VectorKernels.start(x) + r * inputs, parameters: VectorKernels.start(theta), work: work,
                                training: false, generator: &unused)
                        for o in 0..<outputCount { result[r, o] = work.values[last + o] }
                    }
                }
            }
        }
        if let failure { throw failure }
        return result
    }

    /// Summed loss over `rows` with backpropagated gradients added into `gradient`.
    public func accumulateLoss<Limit: WorkLimit>(features: Matrix, targets: [Double], rows: RowSelection,
                                                 parameters: UnsafeBufferPointer<Double>, loss: any Loss, training: Bool,
                                                 gradient: UnsafeMutablePointer<Double>?, scratch: UnsafeMutablePointer<Double>,
                                                 generator: inout SeededGenerator, limit: Limit) throws(Limit.Failure) -> Double {
        let work = MLPScratch(scratch, units: starts[widths.count]), theta = VectorKernels.start(parameters)
        let last = starts[layerCount], width = outputCount, inputs = widths[0], every = rowsPerCheck
        var total = 0.0, failure: Limit.Failure?
        features.storage.withUnsafeBufferPointer { x in
            rows.withIndices { indices in
                for i in 0..<rows.count {
                    if i > 0, i % every == 0 {
                        do throws(Limit.Failure) { try limit.check() } catch { failure = error; return }
                    }
                    let r = indices[i]
                    forward(VectorKernels.start(x) + r * inputs, parameters: theta, work: work, training: training,
                            generator: &generator)
                    total += loss.evaluate(outputs: UnsafeBufferPointer(start: work.values + last, count: width), target: targets[r],
                                          delta: UnsafeMutableBufferPointer(start: work.deltas + last, count: width))
                    if let gradient { backward(parameters: theta, work: work, gradient: gradient) }
                }
            }
        }
        if let failure { throw failure }
        return total
    }
}

extension MLPModel {
    /// `mlp`: hidden widths (default one layer of 16, 1 to 8 layers of 1 to 1024), activation (default relu),
    /// dropout on hidden layers (default 0, below 1).
    public struct Settings: Equatable, Sendable {
        /// Hidden layer widths.
        public var hidden = [16]
        /// Hidden-layer nonlinearity.
        public var activation = Activation.relu
        /// Dropout probability.
        public var dropout = 0.0
        /// How the weights start.
        public var initialization = Initialization.standard

        /// The defaults.
        public init() {}

        /// Throws `EngineError.invalidSetting` for an out-of-range width, layer count or dropout.
        public func validate() throws {
            guard (1...8).contains(hidden.count), hidden.allSatisfy({ (1...1024).contains($0) }) else {
                throw EngineError.invalidSetting("'hidden' needs 1 to 8 layer widths of 1 to 1024")
            }
            guard NumberRange(0...0.95, below: 1).contains(dropout) else { throw EngineError.invalidSetting("invalid dropout: \(dropout)") }
        }
    }
}
