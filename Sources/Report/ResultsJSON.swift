import Notebook

/// The `--to json` document: `{"notebook", "title", "runs": {NAME: {status, config, history, params, metrics, error}}}`.
public enum ResultsJSON {
    /// The JSON text for `result`.
    public static func render(_ result: NotebookResult) -> String {
        var runs: [(String, JSONValue)] = []
        for cell in result.cells {
            guard case let .run(run) = cell, run.kind != .compare else { continue }
            if run.runs.isEmpty, let error = run.error {
                runs.append((run.name, .object([("status", .string("error")), ("error", .string(error.headline))])))
            }
            for item in run.runs { runs.append((item.name, json(item))) }
        }
        let diagnostics = result.diagnostics.map { JSONValue.string($0.headline) }
        return JSONWriter.write(.object([("notebook", .string(result.fileName)), ("title", .string(result.title)),
                                         ("runs", .object(runs)), ("diagnostics", .array(diagnostics))]))
    }

    static func json(_ run: RunResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("status", .string(run.status.rawValue)), ("status_line", .string(run.statusLine)),
                                            ("config", run.config)]
        if let error = run.error {
            pairs.append(("error", .string(error.headline)))
            return .object(pairs)
        }
        let h = run.history
        var history: [(String, JSONValue)] = [("epoch", .array(h.epoch.map(JSONValue.int))),
                                              ("train_loss", .array(h.trainLoss.map(JSONValue.finite)))]
        if let validation = h.validationLoss { history.append(("validation_loss", .array(validation.map(JSONValue.finite)))) }
        history += [("lr", .array(h.learningRate.map(JSONValue.finite))), ("grad_norm", .array(h.gradientNorm.map(JSONValue.finite))),
                    ("objective", .array(h.objective.map(JSONValue.finite)))]
        pairs.append(("history", .object(history)))
        pairs.append(("params", run.parametersJSON))
        pairs.append(("metrics", .object(run.metrics.map { ($0.name, JSONValue.finite($0.value)) })))
        if let best = run.bestEpoch { pairs.append(("best_epoch", .int(best))) }
        return .object(pairs)
    }
}
