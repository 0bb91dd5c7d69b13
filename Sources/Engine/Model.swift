/// A trainable model over a flat parameter vector θ.
///
/// Gradients are accumulated as sums over the given rows; the caller divides by the row count.
public protocol Model: Sendable {
    /// Number of parameters in θ.
    var parameterCount: Int { get }
    /// Number of raw outputs per sample.
    var outputCount: Int { get }
    /// `true` for the entries of θ that regularization penalizes (weights), `false` for biases.
    var penalized: [Bool] { get }
    /// Doubles of scratch memory one `accumulateLoss` call needs (outputs, deltas, activations).
    var scratchCount: Int { get }
    /// The starting parameters (zeros for convex models; seeded for networks).
    func initialParameters(generator: inout SeededGenerator) -> [Double]
    /// Raw outputs (`n × outputCount`) for every row of `features` (evaluation mode: no dropout), checking `limit`
    /// every `rowsPerCheck` rows.
    func outputs<Limit: WorkLimit>(_ features: Matrix, parameters: [Double], limit: Limit) throws(Limit.Failure) -> Matrix
    /// Sum over `rows` of the per-sample loss; when `gradient` is given, adds the summed gradient into it
    /// (`parameterCount` entries). `scratch` holds `scratchCount` doubles the call may overwrite, so a caller
    /// reuses one buffer for every batch. `training` enables dropout (drawn from `generator`); evaluation passes
    /// `false` and is deterministic. `limit` is checked after every `rowsPerCheck` rows (never before the first, so a
    /// small batch costs no clock reading); the sums do not depend on where it is checked.
    func accumulateLoss<Limit: WorkLimit>(features: Matrix, targets: [Double], rows: RowSelection, parameters: UnsafeBufferPointer<Double>,
                                          loss: any Loss, training: Bool, gradient: UnsafeMutablePointer<Double>?,
                                          scratch: UnsafeMutablePointer<Double>, generator: inout SeededGenerator,
                                          limit: Limit) throws(Limit.Failure) -> Double
    /// Rows a pass runs between two checks of its deadline: a few milliseconds of work at most.
    var rowsPerCheck: Int { get }
    /// A one-line description per layer for reports (e.g. "layer 1: 2 → 16, relu, 48 parameters").
    var layerSummary: [String] { get }
    /// `true` when training passes draw random numbers (dropout), so a training gradient differs from an
    /// evaluation gradient at the same point.
    var isStochastic: Bool { get }
}

extension Model {
    /// Deterministic unless a model says otherwise.
    public var isStochastic: Bool { false }

    /// Raw outputs for every row of `features`, with no time limit.
    public func outputs(_ features: Matrix, parameters: [Double]) -> Matrix {
        outputs(features, parameters: parameters, limit: Unlimited())
    }
}
