import Config
import Notebook
import Results

/// One executed run as the session keeps it: what later cells may use.
struct RunRecord {
    /// The resolved spec.
    var spec: RunSpec
    /// The result (an error result when it failed).
    var result: RunResult
    /// Its prepared data, for `data: NAME`.
    var data: PreparedData?
    /// Its cache key, for the keys of runs that reuse its data.
    var cacheKey: String?
    /// For formula runs: the formula's name and compiled function (for shared contours).
    var objective: (name: String, function: FormulaFunction)?
}
