import Engine
import Notebook

extension RunDecoder {
    /// The model from `model:` (a name or a mapping with `name`), linear by default.
    func decodeModel(_ node: YAMLNode?) throws -> ModelChoice {
        guard let node else { return .linear(LinearModel.Settings()) }
        var model = ModelChoice.linear(LinearModel.Settings())
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            model = try reader.pick(nameNode, key: "model", from: Registry.models, named: \.name)
        }
        let entries = try reader.entries(node, of: "model", allowed: Registry.keys(of: model))
        switch model {
        case var .linear(settings):
            try reader.apply(entries, to: &settings, fields: LinearModel.Settings.fields)
            settings.initialization = try initialization(entries) ?? settings.initialization
            return .linear(settings)
        case var .logistic(settings):
            try reader.apply(entries, to: &settings, fields: LinearModel.Settings.fields)
            settings.initialization = try initialization(entries) ?? settings.initialization
            return .logistic(settings)
        case let .mlp(settings):
            return .mlp(try decodeNetwork(entries, settings))
        case .softmax:
            return model
        }
    }

    private func decodeNetwork(_ entries: [YAMLNode.Entry], _ defaults: MLPModel.Settings) throws -> MLPModel.Settings {
        var settings = defaults
        for entry in entries {
            switch entry.key {
            case "hidden":
                settings.hidden = try reader.list(entry.value, key: "hidden").map { try reader.int($0, key: "hidden", range: 1...1024) }
                if settings.hidden.isEmpty || settings.hidden.count > 8 { throw reader.error("'hidden' needs 1 to 8 layer widths", at: entry.value) }
            case "activation":
                settings.activation = try reader.pick(entry.value, key: "activation", from: Activation.allCases, named: \.rawValue)
            case "dropout": settings.dropout = try reader.double(entry.value, key: "dropout", range: 0...0.95, exclusiveHigh: 1)
            case "init": settings.initialization = try initialization(entries) ?? settings.initialization
            default: break
            }
        }
        return settings
    }

    /// `init: NAME` or `init: {name: NAME, gain: g}` (xavier, kaiming) / `{name: normal, std: s}`, when given.
    private func initialization(_ entries: [YAMLNode.Entry]) throws -> Initialization? {
        guard let node = entries.first(where: { $0.key == "init" })?.value else { return nil }
        let nameNode = node["name"] ?? (node.entries == nil ? node : nil)
        guard let nameNode else { throw reader.error("'init' needs a name", at: node, hint: "for example: init: xavier_uniform") }
        let name = try reader.choice(nameNode, key: "init", from: Initialization.names)
        guard var scheme = Initialization.named(name) else { throw reader.error("unknown init '\(name)'", at: nameNode) }
        let scaleKey = scheme.isNormal && name == "normal" ? "std" : "gain"
        let allowed = scheme.scale == nil ? ["name"] : ["name", scaleKey]
        for entry in try node.entries == nil ? [] : reader.entries(node, of: "init", allowed: allowed) where entry.key == scaleKey {
            scheme = scheme.with(scale: try reader.double(entry.value, key: scaleKey, range: 0...1e6, exclusiveLow: 0))
        }
        return scheme
    }

    /// The loss from `loss:`; without a name, the model's default (`ModelChoice.defaultLoss`).
    func decodeLoss(_ node: YAMLNode?, model: ModelChoice, classification: Bool) throws -> LossChoice {
        var loss = model.defaultLoss(classification: classification)
        guard let node else { return loss }
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            loss = try reader.pick(nameNode, key: "loss", from: Registry.losses, named: \.name)
        }
        let entries = try reader.entries(node, of: "loss", allowed: Registry.keys(of: loss))
        if case var .huber(settings) = loss {
            try reader.apply(entries, to: &settings, fields: HuberLoss.Settings.fields)
            return .huber(settings)
        }
        return loss
    }

    /// The optimizer from `optimizer:`, gd by default: the registered defaults of its name, then its keys.
    func decodeOptimizer(_ node: YAMLNode?) throws -> any OptimizerSettings {
        var optimizer: any OptimizerSettings = GradientDescent.Settings.gd
        guard let node else { return optimizer }
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            optimizer = try reader.pick(nameNode, key: "optimizer", from: optimizers, named: \.name)
        }
        let entries = try reader.entries(node, of: "optimizer", allowed: optimizer.keys)
        return try configured(optimizer, entries)
    }

    private func configured<Settings: OptimizerSettings>(_ defaults: Settings, _ entries: [YAMLNode.Entry]) throws -> Settings {
        var settings = defaults
        try reader.apply(entries, to: &settings, fields: Settings.fields)
        return settings
    }

    /// The schedule from `schedule:`: constant by default; step every 10 epochs by 0.5, exponential by 0.95,
    /// cosine over the run's epochs down to 0 unless given.
    func decodeSchedule(_ node: YAMLNode?, epochs: Int) throws -> Schedule {
        guard let node else { return .constant }
        var name = "constant"
        if let nameNode = node["name"] ?? (node.entries == nil ? node : nil) {
            name = try reader.choice(nameNode, key: "schedule", from: Vocabulary.schedules)
        }
        var every = 10, gamma = name == "exponential" ? 0.95 : 0.5, period: Int?, minimum = 0.0
        let own: [String] = ["constant": [], "step": ["every", "gamma"], "exponential": ["gamma"],
                             "cosine": ["period", "min_lr"]][name] ?? []
        for entry in try reader.entries(node, of: "schedule", allowed: ["name"] + own + ["warmup", "start_factor"]) {
            switch entry.key {
            case "every": every = try reader.int(entry.value, key: "every", range: 1...Limits.maxEpochs)
            case "gamma": gamma = try reader.double(entry.value, key: "gamma", range: 0...1, exclusiveLow: 0)
            case "period": period = try reader.int(entry.value, key: "period", range: 1...Limits.maxEpochs)
            case "min_lr": minimum = try reader.double(entry.value, key: "min_lr", range: 0...1e6)
            default: break
            }
        }
        let (warmup, startFactor) = try decodeWarmup(node, epochs: epochs, schedule: name)
        let main: Schedule
        switch name {
        case "step": main = .step(every: every, gamma: gamma)
        case "exponential": main = .exponential(gamma: gamma)
        case "cosine": main = .cosine(period: period ?? max(epochs - warmup, 1), minimum: minimum)
        default: main = .constant
        }
        return warmup > 0 ? .warmup(epochs: warmup, startFactor: startFactor, then: main) : main
    }

    /// A schedule's `warmup` (epochs, 0 for none) and `start_factor` (default 1/3, torch `LinearLR`'s): a factor
    /// without a warm-up, or a warm-up as long as the run, is an error.
    private func decodeWarmup(_ node: YAMLNode, epochs: Int, schedule name: String) throws -> (Int, Double) {
        let warmup = try node["warmup"].map { try reader.int($0, key: "warmup", range: 0...Limits.maxEpochs) } ?? 0
        let startFactor = try node["start_factor"].map { try reader.double($0, key: "start_factor", range: 0...1, exclusiveLow: 0) } ?? 1.0 / 3
        if let factor = node["start_factor"], warmup == 0 {
            throw reader.error("start_factor is the warm-up's first rate as a fraction of lr; it needs warmup: N (epochs)", at: factor,
                               hint: "add warmup: 5 to the schedule, or drop start_factor")
        }
        if warmup > 0, warmup >= epochs, let node = node["warmup"] {
            throw reader.error("a warm-up of \(warmup) epochs leaves none of the run's \(epochs) epochs to the \(name) schedule", at: node,
                               hint: "use a warm-up shorter than epochs")
        }
        return (warmup, startFactor)
    }

    /// `clip_grad: {max_norm: 1}` (torch `clip_grad_norm_`) or `{value: 0.5}` (`clip_grad_value_`), exactly one;
    /// a bare number is `max_norm`.
    func decodeClipping(_ node: YAMLNode) throws -> GradientClipping {
        let range: ClosedRange<Double> = 0...1e12
        guard node.entries != nil else {
            return .norm(maximum: try reader.double(node, key: "clip_grad", range: range, exclusiveLow: 0))
        }
        let entries = try reader.entries(node, of: "clip_grad", allowed: ["max_norm", "value"])
        guard entries.count == 1, let entry = entries.first else {
            throw reader.error("clip_grad takes one of max_norm (clip by the global norm) or value (clip each component)", at: node,
                               hint: entries.count > 1 ? "keep one; over an extended block's clip_grad, drop the other with e.g. max_norm: null"
                                                       : "for example: clip_grad: {max_norm: 1.0}")
        }
        let limit = try reader.double(entry.value, key: entry.key, range: range, exclusiveLow: 0)
        return entry.key == "value" ? .value(limit) : .norm(maximum: limit)
    }

    /// Keras-style early stopping: patience 10, min_delta 0, restore_best true unless given.
    func decodeEarlyStopping(_ node: YAMLNode) throws -> EarlyStopping {
        var rule = EarlyStopping(patience: 10, minDelta: 0, restoreBest: true)
        for entry in try reader.entries(node, of: "early_stopping", allowed: ["patience", "min_delta", "restore_best"]) {
            switch entry.key {
            case "patience": rule.patience = try reader.int(entry.value, key: "patience", range: 1...Limits.maxEpochs)
            case "min_delta": rule.minDelta = try reader.double(entry.value, key: "min_delta", range: 0...1e12)
            case "restore_best": rule.restoreBest = try reader.bool(entry.value, key: "restore_best")
            default: break
            }
        }
        return rule
    }
}
