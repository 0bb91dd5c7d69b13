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
            for item in run.runs { runs.append((item.name, item.json)) }
        }
        let diagnostics = result.diagnostics.map { JSONValue.string($0.headline) }
        return JSONWriter.write(.object([("notebook", .string(result.fileName)), ("title", .string(result.title)),
                                         ("runs", .object(runs)), ("diagnostics", .array(diagnostics))]))
    }
}
