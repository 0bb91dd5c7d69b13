import Config
import Engine
import Notebook

/// Maps a run spec to engine objects (loss, model, optimizer or search method, settings), refusing combinations
/// that cannot work with a reason and an alternative (see `EngineFactory+Validation`). Every choice is typed,
/// so there is nothing to fall back to.
struct EngineFactory {
    let spec: RunSpec
    let path: String

    private func location(_ key: String, _ sub: String? = nil) -> SourceLocation {
        let node = spec.resolved[key]
        return (sub.flatMap { node?[$0] } ?? node)?.location ?? spec.location
    }

    func refuse(_ message: String, at key: String, _ sub: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location(key, sub), file: path, hint: hint)
    }

    /// The loss object.
    func makeLoss() -> any Loss { spec.loss.make() }

    /// The model for `data` (inputs after expansion) and `loss` (number of outputs from the class count).
    func makeModel(data: Dataset, loss: any Loss) -> any Model {
        let outputs = loss.isClassification ? loss.outputCount(classCount: data.classCount) : 1
        return spec.model.make(inputs: data.featureCount, outputs: outputs)
    }

    /// The optimizer's engine object; a refusal of its settings is a located error at `optimizer`.
    func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
        do {
            try spec.optimizer.validate()
            return try spec.optimizer.makeMethod(penalized: penalized)
        } catch {
            throw refuse("\(error)", at: "optimizer", "name")
        }
    }

    /// Training settings for a first-order method at `learningRate` with `batchSize` (line searches: 1, all rows).
    func makeSettings(learningRate: Double = 1, batchSize: Int? = nil) -> TrainingSettings {
        var settings = TrainingSettings(epochs: spec.epochs, learningRate: learningRate, tolerance: spec.tolerance,
                                        batchSize: batchSize, schedule: spec.schedule, earlyStopping: spec.earlyStopping, seed: spec.seed)
        settings.clipping = spec.clipping
        return settings
    }
}
