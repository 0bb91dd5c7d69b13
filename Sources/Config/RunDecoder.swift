import Engine
import Notebook

/// Decodes one run's (merged, substituted) YAML tree into a `RunSpec`, with located errors.
struct RunDecoder {
    let reader: NodeReader
    /// The notebook's default seed.
    let seed: UInt64
    /// The optimizers a config may name.
    let optimizers: [any OptimizerSettings]

    func decode(_ tree: YAMLNode, name: String, location: SourceLocation) throws -> RunSpec {
        let entries = try reader.entries(tree, of: "config", allowed: Vocabulary.runKeys)
        func node(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }
        let runSeed = try node("seed").map { UInt64(try reader.int($0, key: "seed", range: 0...Int(Int32.max))) } ?? seed
        let data = try node("data").map { try decodeData($0, seed: runSeed) }
        let objective = try node("objective").map { try reader.string($0, key: "objective") }
        try checkApplicable(entries, hasData: data != nil, hasObjective: objective != nil, location: location)
        let model = try decodeModel(node("model"))
        let classification = isClassification(data: data, model: model)
        let loss = try decodeLoss(node("loss"), model: model, classification: classification)
        let (l1, l2) = try decodeRegularization(node("regularization"))
        let optimizer = try decodeOptimizer(node("optimizer"))
        let epochs = try decodeEpochs(node("epochs"), steps: node("steps"), objective: objective != nil)
        let tolerance = try node("tolerance").map { try reader.double($0, key: "tolerance", range: 0...1e10) } ?? 1e-8
        let schedule = try decodeSchedule(node("schedule"), epochs: epochs)
        let clipping = try node("clip_grad").map(decodeClipping)
        let early = try node("early_stopping").map(decodeEarlyStopping)
        if objective != nil, data?.crossValidation != nil, let validation = node("data")?["validation"] {
            throw reader.error("k-fold cross-validation trains models; a formula objective is minimized once on its data", at: validation,
                               hint: "drop the kfold, or train a model on this data")
        }
        if early != nil, data?.crossValidation != nil {
            throw reader.error("early stopping needs a validation part of its own, and k-fold cross-validation trains the final model on every training row",
                               at: node("early_stopping")!, hint: "use validation: 0.2 with early stopping, or drop early_stopping")
        }
        if early != nil, let data, data.validation == 0, case .generate = data.source {
            throw reader.error("early stopping watches the validation loss, but this run holds out no validation data",
                               at: node("early_stopping")!, hint: "add 'validation: 0.2' under data")
        }
        let metrics = try node("metrics").map(decodeMetrics) ?? (classification || loss.isClassification ? [.accuracy] : [.r2])
        let start = try node("start").map { try decodePoint($0, key: "start") } ?? []
        let optimum = try node("optimum").map { try decodePoint($0, key: "optimum") } ?? []
        let show = try node("show").map(reader.showParts) ?? ShowPart.standard
        let echo = try node("echo").map { try reader.bool($0, key: "echo") } ?? true
        let logScale = try node("log_scale").map { try reader.bool($0, key: "log_scale") }
        let precision = try node("precision").map { try reader.int($0, key: "precision", range: 1...17) }
        var spec = RunSpec(name: name, data: data, model: model, loss: loss, l1: l1, l2: l2,
                       optimizer: optimizer, epochs: epochs, tolerance: tolerance, schedule: schedule, earlyStopping: early,
                       metrics: metrics, objective: objective, start: start, show: show, echo: echo, seed: runSeed,
                       location: location, resolved: tree)
        spec.logScale = logScale
        spec.optimum = optimum
        spec.clipping = clipping
        spec.precision = precision
        return spec
    }

    /// A run needs data or an objective; model, loss and penalties do not apply to an objective, `start` only does.
    private func checkApplicable(_ entries: [YAMLNode.Entry], hasData: Bool, hasObjective: Bool, location: SourceLocation) throws {
        if !hasData, !hasObjective {
            throw Diagnostic(.error, "a run needs 'data' (or 'objective' to minimize a formula)", at: location, file: reader.path,
                             hint: "add for example: data: {generate: linear, n: 100}")
        }
        if hasObjective, let entry = entries.first(where: { ["model", "loss", "regularization", "early_stopping", "metrics"].contains($0.key) }) {
            throw Diagnostic(.error, "'\(entry.key)' does not apply to a formula objective", at: entry.keyLocation, file: reader.path,
                             hint: "an objective run minimizes the formula itself; write penalties into the formula")
        }
        if !hasObjective, let entry = entries.first(where: { $0.key == "start" || $0.key == "optimum" }) {
            let hint = entry.key == "optimum"
                ? "a linear + mse run finds its optimum itself (the closed-form solution); other models have no known optimum"
                : "add objective: NAME to minimize a formula block"
            throw Diagnostic(.error, "'\(entry.key)' only applies to a formula objective", at: entry.keyLocation, file: reader.path,
                             hint: hint)
        }
    }

    func isClassification(data: DataSpec?, model: ModelChoice) -> Bool {
        if model.isClassifier { return true }
        if case let .generate(spec)? = data?.source { return spec.kind.isClassification }
        return false
    }

    private func decodeMetrics(_ node: YAMLNode) throws -> [Metric] {
        try reader.list(node, key: "metrics").map { try reader.pick($0, key: "metric", from: Metric.allCases, named: \.rawValue) }
    }

    private func decodeEpochs(_ epochs: YAMLNode?, steps: YAMLNode?, objective: Bool) throws -> Int {
        if let epochs, let steps {
            throw reader.error("give either 'epochs' or 'steps', not both", at: steps)
        }
        if let node = epochs ?? steps {
            return try reader.int(node, key: epochs != nil ? "epochs" : "steps", range: 1...Limits.maxEpochs)
        }
        return 100
    }

    /// A point of a formula's arguments, `start` or `optimum`: `{x: -1.5, y: 2}`.
    private func decodePoint(_ node: YAMLNode, key: String) throws -> [(String, Double)] {
        guard let entries = node.entries else {
            throw reader.error("'\(key)' must map each argument to a number, e.g. {x: -1.5, y: 2}", at: node)
        }
        return try entries.map { ($0.key, try reader.double($0.value, key: "\(key).\($0.key)")) }
    }

    private func decodeRegularization(_ node: YAMLNode?) throws -> (Double, Double) {
        guard let node else { return (0, 0) }
        let entries = try reader.entries(node, of: "regularization", allowed: ["l1", "l2"])
        var l1 = 0.0, l2 = 0.0
        for entry in entries {
            let value = try reader.double(entry.value, key: entry.key, range: 0...1e6)
            if entry.key == "l1" { l1 = value } else { l2 = value }
        }
        return (l1, l2)
    }
}
