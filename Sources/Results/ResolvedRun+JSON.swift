import Engine
import Output

/// The resolved config as ordered JSON (`config` in a run's JSON), in the order the config keys are documented.
extension ResolvedRun {
    /// Every setting with its default filled in.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let data { pairs.append(("data", data.json)) }
        if let objective {
            pairs.append(("objective", .string(objective.formula)))
            pairs.append(("start", .object(objective.start.map { ($0.name, JSONValue.number($0.value)) })))
            if let optimum = objective.optimum {
                pairs.append(("optimum", .object(optimum.map { ($0.name, JSONValue.number($0.value)) })))
            }
        }
        pairs.append(("model", Self.json(model)))
        var loss: [(String, JSONValue)] = [("name", .string(self.loss.name))]
        if case let .huber(settings) = self.loss { loss.append(("delta", .number(settings.delta))) }
        pairs.append(("loss", .object(loss)))
        pairs.append(("regularization", .object([("l1", .number(regularization.l1)), ("l2", .number(regularization.l2))])))
        pairs.append(("optimizer", .object([("name", .string(optimizer.name))] + optimizer.values.map { ($0.key, Self.json($0.value)) })))
        pairs.append(("epochs", .int(epochs)))
        pairs.append(("tolerance", .number(tolerance)))
        pairs.append(("schedule", Self.json(schedule)))
        switch clipping {
        case let .norm(maximum)?: pairs.append(("clip_grad", .object([("max_norm", .number(maximum))])))
        case let .value(limit)?: pairs.append(("clip_grad", .object([("value", .number(limit))])))
        case nil: break
        }
        if let early = earlyStopping {
            pairs.append(("early_stopping", .object([("patience", .int(early.patience)), ("min_delta", .number(early.minDelta)),
                                                     ("restore_best", .bool(early.restoreBest))])))
        }
        pairs.append(("metrics", .array(metrics.map { JSONValue.string($0.rawValue) })))
        pairs.append(("seed", .int(Int(seed))))
        if let logScale { pairs.append(("log_scale", .bool(logScale))) }
        return .object(pairs)
    }

    private static func json(_ model: ModelChoice) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(model.name))]
        if let degree = model.polynomialDegree { pairs.append(("polynomial", .int(degree))) }
        let initialization: Initialization
        switch model {
        case let .mlp(network):
            pairs += [("hidden", .array(network.hidden.map(JSONValue.int))), ("activation", .string(network.activation.rawValue)),
                      ("dropout", .number(network.dropout))]
            initialization = network.initialization
        case let .linear(settings), let .logistic(settings): initialization = settings.initialization
        case .softmax: initialization = .standard
        }
        if initialization != .standard {  // the default start is left out, as before the key existed
            var scheme: [(String, JSONValue)] = [("name", .string(initialization.name))]
            if let scale = initialization.scale { scheme.append((initialization.name == "normal" ? "std" : "gain", .number(scale))) }
            pairs.append(("init", .object(scheme)))
        }
        return .object(pairs)
    }

    private static func json(_ value: SettingValue) -> JSONValue {
        switch value {
        case let .number(number): return .number(number)
        case let .integer(number): return .int(number)
        case let .flag(flag): return .bool(flag)
        case let .text(text): return .string(text)
        }
    }

    private static func json(_ schedule: Schedule) -> JSONValue {
        switch schedule {
        case let .step(every, gamma): return .object([("name", .string("step")), ("every", .int(every)), ("gamma", .number(gamma))])
        case let .exponential(gamma): return .object([("name", .string("exponential")), ("gamma", .number(gamma))])
        case let .cosine(period, minimum): return .object([("name", .string("cosine")), ("period", .int(period)), ("min_lr", .number(minimum))])
        case .constant: return .object([("name", .string("constant"))])
        case let .warmup(epochs, startFactor, then):
            guard case let .object(pairs) = json(then) else { return json(then) }
            return .object(pairs + [("warmup", .int(epochs)), ("start_factor", .number(startFactor))])
        }
    }
}

extension ResolvedData {
    /// `{generate, n, …, seed, validation, test, standardize}`, `{csv, target, features, …}` or `{from}`.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = []
        switch source {
        case let .generate(g):
            pairs = [("generate", .string(g.kind.rawValue)), ("n", .int(g.count))]
            switch g.kind {
            case .linear: pairs += [("weights", .array(g.weights.map(JSONValue.number))), ("bias", .number(g.bias))]
            case .polynomial: pairs.append(("coefficients", .array(g.coefficients.map(JSONValue.number))))
            case .blobs, .spiral: pairs.append(("classes", .int(g.classCount)))
            case .moons, .circles, .xor: break
            }
            pairs.append(("noise", .number(g.noise)))
            if let range = g.xRange { pairs.append(("x_range", .array([.number(range.lowerBound), .number(range.upperBound)]))) }
            pairs.append(("seed", .int(Int(g.seed))))
        case let .csv(path, target, features):
            pairs = [("csv", .string(path)), ("target", .string(target))]
            if let features { pairs.append(("features", .array(features.map(JSONValue.string)))) }
        case let .reuse(run):
            return .object([("from", .string(run))])
        }
        if let rule = crossValidation {
            let shuffle: JSONValue = rule.shuffleSeed.map { .int(Int($0)) } ?? .bool(false)
            pairs.append(("validation", .object([("kfold", .int(rule.folds)), ("shuffle", shuffle)])))
        } else {
            pairs.append(("validation", .number(validation)))
        }
        if test > 0 { pairs.append(("test", .number(test))) }
        pairs.append(("standardize", .bool(standardize)))
        return .object(pairs)
    }
}
