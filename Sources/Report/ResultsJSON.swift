import Notebook
import Output
import Results

/// The `--to json` document: `{"notebook", "title", "runs": {NAME: {status, config, history, params, metrics, error}}}`.
public enum ResultsJSON {
    /// The JSON text for `result`.
    public static func render(_ result: NotebookResult) -> String {
        let words = ReportStrings.forLanguage(result.lang)
        var runs: [(String, JSONValue)] = []
        var names = Set<String>()
        /// A name already taken (a duplicate cell, itself an error) is keyed with where it stands, so that no
        /// entry, and no error, hides another.
        func add(_ name: String, _ value: JSONValue, at location: SourceLocation?) {
            var key = name
            if names.contains(key) { key += " (duplicate at line \(location?.line ?? 0))" }
            names.insert(key)
            runs.append((key, value))
        }
        for cell in result.cells {
            guard case let .run(run) = cell, run.kind != .compare else { continue }
            if run.runs.isEmpty, let error = run.error {
                add(run.name, .object([("status", .string("error")), ("error", .string(error.headline))]), at: error.location)
            }
            for item in run.runs { add(item.name, item.json(sentence: words.statusSentence(item.detail)), at: item.error?.location) }
        }
        let diagnostics = result.diagnostics.map { JSONValue.string($0.headline) }
        return JSONWriter.write(.object([("notebook", .string(result.fileName)), ("title", .string(result.title)),
                                         ("runs", .object(runs)), ("diagnostics", .array(diagnostics))]))
    }
}
