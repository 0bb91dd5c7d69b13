import Config
import Engine
import Notebook
import Output

/// The resolved config of a run, every default filled in, as ordered JSON.
enum ConfigJSON {
    static func make(_ spec: RunSpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let data = spec.data { pairs.append(("data", dataJSON(data))) }
        if let objective = spec.objective {
            pairs.append(("objective", .string(objective)))
            pairs.append(("start", .object(spec.start.map { ($0.0, JSONValue.number($0.1)) })))
        }
        pairs.append(("model", modelJSON(spec.model)))
        var loss: [(String, JSONValue)] = [("name", .string(spec.loss.name))]
        if case let .huber(settings) = spec.loss { loss.append(("delta", .number(settings.delta))) }
        pairs.append(("loss", .object(loss)))
        pairs.append(("regularization", .object([("l1", .number(spec.l1)), ("l2", .number(spec.l2))])))
        pairs.append(("optimizer", optimizerJSON(spec.optimizer)))
        pairs.append(("epochs", .int(spec.epochs)))
        pairs.append(("tolerance", .number(spec.tolerance)))
        pairs.append(("schedule", scheduleJSON(spec.schedule)))
        if let early = spec.earlyStopping {
            pairs.append(("early_stopping", .object([("patience", .int(early.patience)), ("min_delta", .number(early.minDelta)),
                                                     ("restore_best", .bool(early.restoreBest))])))
        }
        pairs.append(("metrics", .array(spec.metrics.map { JSONValue.string($0.rawValue) })))
        pairs.append(("seed", .int(Int(spec.seed))))
        if let logScale = spec.logScale { pairs.append(("log_scale", .bool(logScale))) }
        return .object(pairs)
    }

    private static func dataJSON(_ data: DataSpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        switch data.source {
        case let .generate(g):
            pairs = [("generate", .string(g.kind.rawValue)), ("n", .int(g.count))]
            switch g.kind {
            case .linear: pairs += [("weights", .array(g.weights.map(JSONValue.number))), ("bias", .number(g.bias))]
            case .polynomial: pairs.append(("coefficients", .array(g.coefficients.map(JSONValue.number))))
            case .blobs, .spiral: pairs.append(("classes", .int(g.centers?.count ?? g.classes)))
            case .moons, .circles, .xor: break
            }
            pairs.append(("noise", .number(g.noise)))
            if let range = g.xRange { pairs.append(("x_range", .array([.number(range.lowerBound), .number(range.upperBound)]))) }
            pairs.append(("seed", .int(Int(g.seed))))
        case let .csv(path, target, features, _, _):
            pairs = [("csv", .string(path)), ("target", .string(target))]
            if let features { pairs.append(("features", .array(features.map(JSONValue.string)))) }
        case let .reuse(run, _):
            return .object([("from", .string(run))])
        }
        pairs += [("validation", .number(data.validation))]
        if data.test > 0 { pairs.append(("test", .number(data.test))) }
        pairs.append(("standardize", .bool(data.standardize)))
        return .object(pairs)
    }

    private static func modelJSON(_ model: ModelChoice) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(model.name))]
        if let degree = model.polynomialDegree { pairs.append(("polynomial", .int(degree))) }
        if case let .mlp(network) = model {
            pairs += [("hidden", .array(network.hidden.map(JSONValue.int))), ("activation", .string(network.activation.rawValue)),
                      ("dropout", .number(network.dropout))]
        }
        return .object(pairs)
    }

    /// The name, then every setting in its fields' order.
    private static func optimizerJSON(_ optimizer: any OptimizerSettings) -> JSONValue {
        .object([("name", .string(optimizer.name))] + optimizer.values.map { ($0.key, json($0.value)) })
    }

    private static func json(_ value: SettingValue) -> JSONValue {
        switch value {
        case let .number(number): return .number(number)
        case let .integer(number): return .int(number)
        case let .flag(flag): return .bool(flag)
        case let .text(text): return .string(text)
        }
    }

    private static func scheduleJSON(_ schedule: Schedule) -> JSONValue {
        switch schedule {
        case let .step(every, gamma): return .object([("name", .string("step")), ("every", .int(every)), ("gamma", .number(gamma))])
        case let .exponential(gamma): return .object([("name", .string("exponential")), ("gamma", .number(gamma))])
        case let .cosine(period, minimum): return .object([("name", .string("cosine")), ("period", .int(period)), ("min_lr", .number(minimum))])
        case .constant: return .object([("name", .string("constant"))])
        }
    }
}
