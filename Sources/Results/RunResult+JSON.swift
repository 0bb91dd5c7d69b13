import Notebook
import Output

/// A run as its JSON object: what `--to json` writes under `runs`, and what inline values and expectations
/// address with their paths.
extension RunResult {
    /// `{status, status_line, config, history, params, metrics, epochs, best_epoch}`, or for a failed run
    /// `{status, status_line, config, error}`. `epochs` is the number of epochs (or steps) run, the last entry of
    /// `history.epoch`; `best_epoch` is present when early stopping chose one.
    ///
    /// `sentence` is the status sentence in the page's language (`ReportStrings.statusSentence` of `detail`);
    /// `nil` leaves `status_line` out, as the runner does when it checks expectations, which cannot name it.
    public func json(sentence: String?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("status", .string(status.rawValue))]
        if let sentence { pairs.append(("status_line", .string(sentence))) }
        pairs.append(("config", resolved?.json ?? .object([])))
        if let error {
            pairs.append(("error", .string(error.headline)))
            return .object(pairs)
        }
        pairs.append(("history", historyJSON))
        pairs.append(("params", learned.json))
        pairs.append(("metrics", .object(metrics.map { ($0.name, JSONValue.finite($0.value)) })))
        if let last = history.epoch.last { pairs.append(("epochs", .int(last))) }
        if let bestEpoch { pairs.append(("best_epoch", .int(bestEpoch))) }
        if let crossValidation { pairs.append(("cv", crossValidation.json)) }
        return .object(pairs)
    }

    private var historyJSON: JSONValue {
        var columns: [(String, JSONValue)] = [("epoch", .array(history.epoch.map(JSONValue.int))),
                                              ("train_loss", .array(history.trainLoss.map(JSONValue.finite)))]
        if let validation = history.validationLoss { columns.append(("validation_loss", .array(validation.map(JSONValue.finite)))) }
        columns += [("lr", .array(history.learningRate.map(JSONValue.finite))),
                    ("grad_norm", .array(history.gradientNorm.map(JSONValue.finite))),
                    ("objective", .array(history.objective.map(JSONValue.finite)))]
        if let distance = history.distance { columns.append(("distance", .array(distance.map(JSONValue.finite)))) }
        if let gap = history.gap { columns.append(("gap", .array(gap.map(JSONValue.finite)))) }
        return .object(columns)
    }

    /// The top-level keys a path into a run may start with, and the history columns, for checking paths
    /// without training (`--check`).
    public static let jsonKeys = ["status", "status_line", "config", "history", "params", "metrics", "epochs", "best_epoch", "cv", "error"]
    /// The history columns.
    public static let historyColumns = ["epoch", "train_loss", "validation_loss", "lr", "grad_norm", "objective", "distance", "gap"]
}

extension LearnedParameters {
    /// `{"weights": […], "bias": b, "names": […]}` for one output; `weights` as k rows and `bias` as k values
    /// (plus `classes`) for several; `{"layers": [{"weights": [[…]], "bias": […]}, …], "names": […]}` for networks;
    /// one key per argument for a formula's point; non-finite numbers as `null`.
    public var json: JSONValue {
        func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.finite)) }
        func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
        switch self {
        case .none:
            return .null
        case let .linear(weights, bias, features):
            return .object([("weights", numbers(weights)), ("bias", .finite(bias)), ("names", strings(features))])
        case let .perClass(weights, bias, features, classes):
            return .object([("weights", .array(weights.map(numbers))), ("bias", numbers(bias)), ("names", strings(features)),
                            ("classes", strings(classes))])
        case let .network(layers, features):
            let shown = layers.map { JSONValue.object([("weights", .array($0.weights.map(numbers))), ("bias", numbers($0.bias))]) }
            return .object([("layers", .array(shown)), ("names", strings(features))])
        case let .point(values):
            return .object(values.map { ($0.name, JSONValue.finite($0.value)) })
        }
    }
}
