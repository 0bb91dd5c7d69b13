import Engine
import Results

extension RunSpec {
    /// The spec's settings as the result carries them: no YAML, no locations, no expectations.
    public var resolvedRun: ResolvedRun {
        var run = ResolvedRun(data: data.map(\.resolved), objective: objective.map {
                        ResolvedObjective(formula: $0, start: start.map { NamedValue($0.0, $0.1) },
                                          optimum: optimum.isEmpty ? nil : optimum.map { NamedValue($0.0, $0.1) })
                    },
                    model: model, loss: loss, regularization: Regularization(l1: l1, l2: l2), optimizer: optimizer,
                    epochs: epochs, tolerance: tolerance, schedule: schedule, earlyStopping: earlyStopping, metrics: metrics,
                    seed: seed, logScale: logScale)
        run.clipping = clipping
        return run
    }
}

extension DataSpec {
    /// The data settings without their source locations.
    var resolved: ResolvedData {
        let source: ResolvedData.Source
        switch self.source {
        case let .generate(generator): source = .generate(generator)
        case let .csv(path, target, features, _, _): source = .csv(path: path, target: target, features: features)
        case let .reuse(run, _): source = .reuse(run: run)
        }
        var data = ResolvedData(source: source, validation: validation, test: test, standardize: standardize, splitSeed: splitSeed)
        data.crossValidation = crossValidation
        return data
    }
}
