import Notebook

extension RunDecoder {
    func decodeModel(_ node: YAMLNode?) throws -> ModelSpec {
        var spec = ModelSpec(kind: "linear", polynomialDegree: nil, hidden: [16], activation: "relu", dropout: 0)
        guard let node else { return spec }
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            spec.kind = try reader.choice(nameNode, key: "model", from: Vocabulary.models)
        }
        let allowed: [String]
        switch spec.kind {
        case "linear", "logistic": allowed = ["name", "polynomial"]
        case "mlp": allowed = ["name", "hidden", "activation", "dropout"]
        default: allowed = ["name"]
        }
        for entry in try reader.entries(node, of: "model", allowed: allowed) {
            switch entry.key {
            case "polynomial": spec.polynomialDegree = try reader.int(entry.value, key: "polynomial", range: 1...Limits.maxDegree)
            case "hidden":
                spec.hidden = try reader.list(entry.value, key: "hidden").map { try reader.int($0, key: "hidden", range: 1...1024) }
                if spec.hidden.isEmpty || spec.hidden.count > 8 { throw reader.error("'hidden' needs 1 to 8 layer widths", at: entry.value) }
            case "activation": spec.activation = try reader.choice(entry.value, key: "activation", from: Vocabulary.activations)
            case "dropout": spec.dropout = try reader.double(entry.value, key: "dropout", range: 0...0.95, exclusiveHigh: 1)
            default: break
            }
        }
        return spec
    }

    func decodeLoss(_ node: YAMLNode?, model: ModelSpec, classification: Bool) throws -> (name: String, delta: Double) {
        guard let node else {
            switch model.kind {
            case "logistic": return ("bce", 1)
            case "softmax": return ("cross_entropy", 1)
            default: return (classification ? "cross_entropy" : "mse", 1)
            }
        }
        let defaultName = model.kind == "logistic" ? "bce" : (model.kind == "softmax" || classification ? "cross_entropy" : "mse")
        let name = try (node["name"] ?? (node.entries == nil ? node : nil)).map { try reader.choice($0, key: "loss", from: Vocabulary.losses) } ?? defaultName
        var delta = 1.0
        for entry in try reader.entries(node, of: "loss", allowed: name == "huber" ? ["name", "delta"] : ["name"]) where entry.key == "delta" {
            delta = try reader.double(entry.value, key: "delta", exclusiveLow: 0)
        }
        return (name, delta)
    }

    func decodeOptimizer(_ node: YAMLNode?) throws -> OptimizerSpec {
        var spec = OptimizerSpec(name: "gd", learningRate: 0.1, momentum: 0, batchSize: nil, beta1: 0.9, beta2: 0.999,
                                 epsilon: 1e-8, weightDecay: 0.01, alpha: 0.99, centered: false, amsgrad: false,
                                 learningRateDecay: 0, memory: 10)
        guard let node else { return spec }
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            spec.name = try reader.choice(nameNode, key: "optimizer", from: Vocabulary.optimizers)
        }
        spec.learningRate = Vocabulary.defaultLearningRate(spec.name)
        spec.momentum = ["momentum", "nesterov"].contains(spec.name) ? 0.9 : 0
        spec.batchSize = spec.name == "sgd" ? 1 : nil
        if spec.name == "adagrad" { spec.epsilon = 1e-10 }
        for entry in try reader.entries(node, of: "optimizer", allowed: Vocabulary.optimizerKeys(spec.name)) {
            let v = entry.value
            switch entry.key {
            case "lr": spec.learningRate = try reader.double(v, key: "lr", exclusiveLow: 0)
            case "batch_size": spec.batchSize = try reader.int(v, key: "batch_size", range: 1...Limits.maxRows)
            case "momentum": spec.momentum = try reader.double(v, key: "momentum", range: 0...0.999999, exclusiveHigh: 1)
            case "beta1": spec.beta1 = try reader.double(v, key: "beta1", range: 0...0.999999, exclusiveHigh: 1)
            case "beta2": spec.beta2 = try reader.double(v, key: "beta2", range: 0...0.999999, exclusiveHigh: 1)
            case "eps": spec.epsilon = try reader.double(v, key: "eps", exclusiveLow: 0)
            case "weight_decay": spec.weightDecay = try reader.double(v, key: "weight_decay", range: 0...1e6)
            case "alpha": spec.alpha = try reader.double(v, key: "alpha", range: 0...0.999999, exclusiveHigh: 1)
            case "centered": spec.centered = try reader.bool(v, key: "centered")
            case "amsgrad": spec.amsgrad = try reader.bool(v, key: "amsgrad")
            case "lr_decay": spec.learningRateDecay = try reader.double(v, key: "lr_decay", range: 0...1e6)
            case "memory": spec.memory = try reader.int(v, key: "memory", range: 1...100)
            default: break
            }
        }
        return spec
    }

    func decodeSchedule(_ node: YAMLNode?, epochs: Int) throws -> ScheduleSpec {
        var spec = ScheduleSpec(name: "constant", every: 10, gamma: 0.5, period: epochs, minimum: 0)
        guard let node else { return spec }
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            spec.name = try reader.choice(nameNode, key: "schedule", from: Vocabulary.schedules)
        }
        if spec.name == "exponential" { spec.gamma = 0.95 }
        let allowed: [String] = ["constant": ["name"], "step": ["name", "every", "gamma"], "exponential": ["name", "gamma"],
                                 "cosine": ["name", "period", "min_lr"]][spec.name] ?? ["name"]
        for entry in try reader.entries(node, of: "schedule", allowed: allowed) {
            switch entry.key {
            case "every": spec.every = try reader.int(entry.value, key: "every", range: 1...Limits.maxEpochs)
            case "gamma": spec.gamma = try reader.double(entry.value, key: "gamma", range: 0...1, exclusiveLow: 0)
            case "period": spec.period = try reader.int(entry.value, key: "period", range: 1...Limits.maxEpochs)
            case "min_lr": spec.minimum = try reader.double(entry.value, key: "min_lr", range: 0...1e6)
            default: break
            }
        }
        return spec
    }

    func decodeEarlyStopping(_ node: YAMLNode) throws -> EarlyStoppingSpec {
        var spec = EarlyStoppingSpec(patience: 10, minDelta: 0, restoreBest: true)
        for entry in try reader.entries(node, of: "early_stopping", allowed: ["patience", "min_delta", "restore_best"]) {
            switch entry.key {
            case "patience": spec.patience = try reader.int(entry.value, key: "patience", range: 1...Limits.maxEpochs)
            case "min_delta": spec.minDelta = try reader.double(entry.value, key: "min_delta", range: 0...1e12)
            case "restore_best": spec.restoreBest = try reader.bool(entry.value, key: "restore_best")
            default: break
            }
        }
        return spec
    }
}
