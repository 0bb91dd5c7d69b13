import Config
import Foundation
import Notebook
import Results

extension NotebookRunner {
    /// The cache key of `spec` (with its formula for objective runs); `nil` when the cache is off or an input
    /// cannot be read or has no key itself (then the run is executed and not stored).
    func cacheKey(_ spec: RunSpec, formula: FormulaEntry?) -> String? {
        guard cache != nil else { return nil }
        var key = CacheKey(kind: formula == nil ? "train" : "objective")
        key.add("name", spec.name)
        key.add("config", json: spec.resolvedRun.json)
        key.add("resolved", spec.resolved.flowText)
        key.add("show", spec.show.map(\.rawValue).joined(separator: ","))
        if let data = spec.data {
            key.add("data.split_seed", String(data.splitSeed))
            switch data.source {
            case let .generate(generator):
                key.add("data.centers", "\(generator.centers ?? [])")
            case let .csv(file, _, _, location, _):
                guard let url = try? csv.resolve(file, at: location), key.add("data.csv", fileAt: url.path) else { return nil }
            case let .reuse(run, _):
                guard let reused = session.run(run)?.cacheKey else { return nil }
                key.add("data.reuse", reused)
            }
        }
        if let formula {
            key.add("formula.tex", formula.tex)
            key.add("formula.at", "\(formula.location) \(formula.indent)")
            key.add("formula.constants", constants().sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
        }
        return key.value
    }

    /// The cached result for `key` with the settings of `spec` attached (the key covers them), counted as a hit.
    mutating func cachedResult(_ key: String?, spec: RunSpec) -> RunResult? {
        guard let key, var result = cache?.load(key), result.name == spec.name, result.error == nil else { return nil }
        statistics.fromCache += 1
        result.resolved = spec.resolvedRun
        return result
    }

    /// Counts an executed run and stores a successful result; its key when stored (runs that reuse its data
    /// build their keys on it), else `nil`.
    mutating func executed(_ result: RunResult, key: String?) -> String? {
        guard !options.checkOnly else { return nil }
        statistics.executed += 1
        guard let key, result.error == nil, result.status != .error else { return nil }
        cache?.store(result, key: key)
        return key
    }
}
