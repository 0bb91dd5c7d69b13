import Notebook
import Output

/// A run as its JSON object: what `--to json` writes under `runs`, and what inline values and expectations
/// address with their paths.
extension RunResult {
    /// `{status, status_line, config, history, params, metrics, epochs, best_epoch}`, or for a failed run
    /// `{status, status_line, config, error}`. `epochs` is the number of epochs (or steps) run, the last entry of
    /// `history.epoch`; `best_epoch` is present when early stopping chose one.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("status", .string(status.rawValue)), ("status_line", .string(statusLine)),
                                            ("config", config)]
        if let error {
            pairs.append(("error", .string(error.headline)))
            return .object(pairs)
        }
        pairs.append(("history", historyJSON))
        pairs.append(("params", parametersJSON))
        pairs.append(("metrics", .object(metrics.map { ($0.name, JSONValue.finite($0.value)) })))
        if let last = history.epoch.last { pairs.append(("epochs", .int(last))) }
        if let bestEpoch { pairs.append(("best_epoch", .int(bestEpoch))) }
        return .object(pairs)
    }

    private var historyJSON: JSONValue {
        var columns: [(String, JSONValue)] = [("epoch", .array(history.epoch.map(JSONValue.int))),
                                              ("train_loss", .array(history.trainLoss.map(JSONValue.finite)))]
        if let validation = history.validationLoss { columns.append(("validation_loss", .array(validation.map(JSONValue.finite)))) }
        columns += [("lr", .array(history.learningRate.map(JSONValue.finite))),
                    ("grad_norm", .array(history.gradientNorm.map(JSONValue.finite))),
                    ("objective", .array(history.objective.map(JSONValue.finite)))]
        return .object(columns)
    }

    /// The top-level keys a path into a run may start with, and the history columns, for checking paths
    /// without training (`--check`).
    public static let jsonKeys = ["status", "status_line", "config", "history", "params", "metrics", "epochs", "best_epoch", "error"]
    /// The history columns.
    public static let historyColumns = ["epoch", "train_loss", "validation_loss", "lr", "grad_norm", "objective"]
}
