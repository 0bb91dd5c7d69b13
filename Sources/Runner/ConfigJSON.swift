import Config
import Notebook

/// The resolved config of a run, every default filled in, as ordered JSON.
enum ConfigJSON {
    static func make(_ spec: RunSpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let data = spec.data { pairs.append(("data", dataJSON(data))) }
        if let objective = spec.objective {
            pairs.append(("objective", .string(objective)))
            pairs.append(("start", .object(spec.start.map { ($0.0, JSONValue.number($0.1)) })))
        }
        var model: [(String, JSONValue)] = [("name", .string(spec.model.kind))]
        if let degree = spec.model.polynomialDegree { model.append(("polynomial", .int(degree))) }
        if spec.model.kind == "mlp" {
            model += [("hidden", .array(spec.model.hidden.map(JSONValue.int))), ("activation", .string(spec.model.activation)),
                      ("dropout", .number(spec.model.dropout))]
        }
        pairs.append(("model", .object(model)))
        var loss: [(String, JSONValue)] = [("name", .string(spec.loss))]
        if spec.loss == "huber" { loss.append(("delta", .number(spec.huberDelta))) }
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
        pairs.append(("metrics", .array(spec.metrics.map(JSONValue.string))))
        pairs.append(("seed", .int(Int(spec.seed))))
        if let logScale = spec.logScale { pairs.append(("log_scale", .bool(logScale))) }
        return .object(pairs)
    }

    private static func dataJSON(_ data: DataSpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        switch data.source {
        case let .generate(g):
            pairs = [("generate", .string(g.kind)), ("n", .int(g.count))]
            switch g.kind {
            case "linear": pairs += [("weights", .array(g.weights.map(JSONValue.number))), ("bias", .number(g.bias))]
            case "polynomial": pairs.append(("coefficients", .array(g.coefficients.map(JSONValue.number))))
            case "blobs", "spiral": pairs.append(("classes", .int(g.centers?.count ?? g.classes)))
            default: break
            }
            pairs.append(("noise", .number(g.noise)))
            if let range = g.xRange { pairs.append(("x_range", .array([.number(range.lowerBound), .number(range.upperBound)]))) }
            pairs.append(("seed", .int(Int(g.seed))))
        case let .csv(path, target, features, _):
            pairs = [("csv", .string(path)), ("target", .string(target))]
            if let features { pairs.append(("features", .array(features.map(JSONValue.string)))) }
        case let .reuse(run, _):
            return .object([("from", .string(run))])
        }
        pairs += [("validation", .number(data.validation)), ("standardize", .bool(data.standardize))]
        return .object(pairs)
    }

    private static func optimizerJSON(_ o: OptimizerSpec) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(o.name))]
        guard Vocabulary.firstOrder.contains(o.name) else { return .object(pairs) }
        pairs.append(("lr", .number(o.learningRate)))
        pairs.append(("batch_size", o.batchSize.map(JSONValue.int) ?? .string("all")))
        switch o.name {
        case "momentum", "nesterov": pairs.append(("momentum", .number(o.momentum)))
        case "adagrad": pairs += [("eps", .number(o.epsilon)), ("lr_decay", .number(o.learningRateDecay))]
        case "rmsprop": pairs += [("alpha", .number(o.alpha)), ("eps", .number(o.epsilon)), ("momentum", .number(o.momentum)), ("centered", .bool(o.centered))]
        case "adam", "adamw":
            pairs += [("beta1", .number(o.beta1)), ("beta2", .number(o.beta2)), ("eps", .number(o.epsilon)), ("amsgrad", .bool(o.amsgrad))]
            if o.name == "adamw" { pairs.append(("weight_decay", .number(o.weightDecay))) }
        default: break
        }
        return .object(pairs)
    }

    private static func scheduleJSON(_ s: ScheduleSpec) -> JSONValue {
        switch s.name {
        case "step": return .object([("name", .string("step")), ("every", .int(s.every)), ("gamma", .number(s.gamma))])
        case "exponential": return .object([("name", .string("exponential")), ("gamma", .number(s.gamma))])
        case "cosine": return .object([("name", .string("cosine")), ("period", .int(s.period)), ("min_lr", .number(s.minimum))])
        default: return .object([("name", .string("constant"))])
        }
    }
}
