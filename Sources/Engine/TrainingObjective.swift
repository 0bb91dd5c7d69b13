/// The objective a training run minimizes:
/// `J(θ) = (1/N) Σᵢ lossᵢ + l1·Σ|wⱼ| + l2·Σwⱼ²` (biases excluded).
///
/// The smooth part `f = mean loss + l2 term` is what gradients are taken of; the L1 term is handled by the
/// proximal step (see `Regularization`). Sums over rows run in fixed blocks (`summedLoss`), so every value is the
/// same for any number of threads.
public struct TrainingObjective: Sendable {
    /// The model.
    public let model: any Model
    /// The per-sample loss.
    public let loss: any Loss
    /// The penalties.
    public let regularization: Regularization
    /// Training data.
    public let data: Dataset
    /// The model's penalized entries of θ (weights), computed once.
    public let penalized: [Bool]

    /// Creates the objective.
    public init(model: any Model, loss: any Loss, regularization: Regularization, data: Dataset) {
        self.model = model
        self.loss = loss
        self.regularization = regularization
        self.data = data
        penalized = model.penalized
    }

    /// Mean loss of `parameters` on `dataset` (no penalty, no dropout), reusing `workspace`; stops with `limit`'s
    /// failure once it is reached (every method here: without a limit none throws).
    public func dataLoss<Limit: WorkLimit>(_ parameters: [Double], on dataset: Dataset, workspace: inout PassWorkspace,
                                           limit: Limit = Unlimited()) throws(Limit.Failure) -> Double {
        guard dataset.count > 0 else { return 0 }
        var unused = SeededGenerator(seed: 0)
        let sum = try summedLoss(parameters, on: dataset, rows: .all(dataset.count), training: false, gradient: nil,
                                 workspace: &workspace, generator: &unused, limit: limit)
        return sum / Double(dataset.count)
    }

    /// Mean loss of `parameters` on `dataset` (no penalty, no dropout).
    public func dataLoss<Limit: WorkLimit>(_ parameters: [Double], on dataset: Dataset,
                                           limit: Limit = Unlimited()) throws(Limit.Failure) -> Double {
        var workspace = PassWorkspace(model: model)
        return try dataLoss(parameters, on: dataset, workspace: &workspace, limit: limit)
    }

    /// The full objective J at `parameters` on the training data.
    public func value<Limit: WorkLimit>(_ parameters: [Double], limit: Limit = Unlimited()) throws(Limit.Failure) -> Double {
        try dataLoss(parameters, on: data, limit: limit) + regularization.penalty(parameters, penalized: penalized)
    }

    /// Mean loss over `rows` of the training data; writes the gradient of the smooth part `f` (mean loss + l2
    /// term) into `gradient` (resized to θ's size if needed), reusing `workspace`. `training` enables dropout
    /// (a stochastic gradient); `false` gives the deterministic gradient of J's smooth part.
    public func smoothGradient<Limit: WorkLimit>(_ parameters: [Double], rows: RowSelection, training: Bool,
                                                 into gradient: inout [Double], workspace: inout PassWorkspace,
                                                 generator: inout SeededGenerator,
                                                 limit: Limit = Unlimited()) throws(Limit.Failure) -> Double {
        if gradient.count != parameters.count { gradient = [Double](repeating: 0, count: parameters.count) }
        let sum = try gradient.withUnsafeMutableBufferPointer { (buffer) throws(Limit.Failure) in
            try summedLoss(parameters, on: data, rows: rows, training: training, gradient: buffer, workspace: &workspace,
                           generator: &generator, limit: limit)
        }
        let scale = 1 / Double(max(rows.count, 1))
        for i in gradient.indices { gradient[i] *= scale }
        regularization.addSmoothGradient(parameters, penalized: penalized, to: &gradient)
        return sum * scale
    }

    /// Mean loss over `rows` and the gradient of the smooth part `f`, in new buffers (see the reusing form).
    public func smoothGradient<Limit: WorkLimit>(_ parameters: [Double], rows: RowSelection, training: Bool = true,
                                                 generator: inout SeededGenerator,
                                                 limit: Limit = Unlimited()) throws(Limit.Failure) -> (loss: Double, gradient: [Double]) {
        var workspace = PassWorkspace(model: model), gradient: [Double] = []
        let loss = try smoothGradient(parameters, rows: rows, training: training, into: &gradient, workspace: &workspace,
                                      generator: &generator, limit: limit)
        return (loss, gradient)
    }

    /// The stationarity measure over all training rows: `‖∇f‖` without L1, else the norm of the proximal
    /// gradient mapping `(θ − prox(θ − lr·∇f(θ)))/lr`, which is zero exactly at the optimum.
    public func gradientNorm<Limit: WorkLimit>(_ parameters: [Double], learningRate: Double, generator: inout SeededGenerator,
                                               limit: Limit = Unlimited()) throws(Limit.Failure) -> Double {
        let gradient = try smoothGradient(parameters, rows: .all(data.count), training: false, generator: &generator,
                                          limit: limit).gradient
        return stationarity(parameters, gradient: gradient, learningRate: learningRate)
    }

    /// The stationarity measure from a full-batch smooth gradient already computed at `parameters`.
    public func stationarity(_ parameters: [Double], gradient: [Double], learningRate: Double) -> Double {
        guard regularization.l1 != 0 else { return euclideanNorm(gradient) }
        var moved = zip(parameters, gradient).map { $0 - learningRate * $1 }
        regularization.proximalStep(&moved, penalized: penalized, learningRate: learningRate)
        return euclideanNorm(zip(parameters, moved).map { ($0 - $1) / learningRate })
    }
}
