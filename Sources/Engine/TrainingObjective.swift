/// The objective a training run minimizes:
/// `J(θ) = (1/N) Σᵢ lossᵢ + l1·Σ|wⱼ| + l2·Σwⱼ²` (biases excluded).
///
/// The smooth part `f = mean loss + l2 term` is what gradients are taken of; the L1 term is handled by the
/// proximal step (see `Regularization`).
public struct TrainingObjective: Sendable {
    /// The model.
    public let model: any Model
    /// The per-sample loss.
    public let loss: any Loss
    /// The penalties.
    public let regularization: Regularization
    /// Training data.
    public let data: Dataset

    /// Creates the objective.
    public init(model: any Model, loss: any Loss, regularization: Regularization, data: Dataset) {
        self.model = model
        self.loss = loss
        self.regularization = regularization
        self.data = data
    }

    /// Mean loss of `parameters` on `dataset` (no penalty, no dropout).
    public func dataLoss(_ parameters: [Double], on dataset: Dataset) -> Double {
        loss.mean(outputs: model.outputs(dataset.features, parameters: parameters), targets: dataset.targets)
    }

    /// The full objective J at `parameters` on the training data.
    public func value(_ parameters: [Double]) -> Double {
        dataLoss(parameters, on: data) + regularization.penalty(parameters, penalized: model.penalized)
    }

    /// Mean loss over `rows` and the gradient of the smooth part `f` (mean loss + l2 term); `training` enables
    /// dropout (a stochastic gradient), `false` gives the deterministic gradient of J's smooth part.
    public func smoothGradient(_ parameters: [Double], rows: [Int], training: Bool = true,
                               generator: inout SeededGenerator) -> (loss: Double, gradient: [Double]) {
        var gradient = [Double](repeating: 0, count: parameters.count)
        let sum = model.accumulateLoss(features: data.features, targets: data.targets, rows: rows, parameters: parameters,
                                       loss: loss, training: training, gradient: &gradient, generator: &generator)
        let scale = 1 / Double(max(rows.count, 1))
        for i in gradient.indices { gradient[i] *= scale }
        regularization.addSmoothGradient(parameters, penalized: model.penalized, to: &gradient)
        return (sum * scale, gradient)
    }

    /// The stationarity measure over all training rows: `‖∇f‖` without L1, else the norm of the proximal
    /// gradient mapping `(θ − prox(θ − lr·∇f(θ)))/lr`, which is zero exactly at the optimum.
    public func gradientNorm(_ parameters: [Double], learningRate: Double, generator: inout SeededGenerator) -> Double {
        let gradient = smoothGradient(parameters, rows: Array(0..<data.count), training: false, generator: &generator).gradient
        return stationarity(parameters, gradient: gradient, learningRate: learningRate)
    }

    /// The stationarity measure from a full-batch smooth gradient already computed at `parameters`.
    public func stationarity(_ parameters: [Double], gradient: [Double], learningRate: Double) -> Double {
        guard regularization.l1 != 0 else { return euclideanNorm(gradient) }
        var moved = zip(parameters, gradient).map { $0 - learningRate * $1 }
        regularization.proximalStep(&moved, penalized: model.penalized, learningRate: learningRate)
        return euclideanNorm(zip(parameters, moved).map { ($0 - $1) / learningRate })
    }
}
