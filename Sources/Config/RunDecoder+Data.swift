import Engine
import Notebook

extension RunDecoder {
    /// Decodes `data:` (a mapping; a bare name was already turned into `{from: name}`).
    func decodeData(_ node: YAMLNode, seed: UInt64) throws -> DataSpec {
        let entries = try reader.entries(node, of: "data", allowed: Vocabulary.dataKeys)
        func value(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }
        let dataSeed = try value("seed").map { UInt64(try reader.int($0, key: "seed", range: 0...Int(Int32.max))) } ?? seed
        let crossValidation = try value("validation").flatMap { $0.entries == nil ? nil : try decodeKFold($0, seed: dataSeed) }
        let validation = try value("validation").map { node in
            crossValidation != nil ? 0 : try reader.double(node, key: "validation", range: 0...0.95, exclusiveHigh: 1)
        } ?? 0
        let test = try value("test").map { try reader.double($0, key: "test", range: 0...0.95, exclusiveHigh: 1) } ?? 0
        if validation + test >= 0.95, let node = value("test") {
            throw reader.error("'validation' and 'test' together hold out \(validation + test) of the rows, leaving too few to train on",
                               at: node, hint: "keep validation + test below 0.95, e.g. validation: 0.2, test: 0.2")
        }
        let standardize = try value("standardize").map { try reader.bool($0, key: "standardize") } ?? false
        let sources = ["generate", "csv", "from"].filter { value($0) != nil }
        guard sources.count == 1 else {
            let message = sources.isEmpty ? "'data' needs a source: 'generate', 'csv' or the name of an earlier run"
                                          : "'data' has more than one source: \(sources.joined(separator: ", "))"
            throw reader.error(message, at: node, hint: "for example: data: {generate: linear, n: 100}")
        }
        let source: DataSource
        if let from = value("from") {
            let extra = entries.filter { $0.key != "from" }
            if let first = extra.first {
                throw Diagnostic(.error, "'\(first.key)' cannot be set when reusing the data of run '\(from.scalar ?? "")'",
                                 at: first.keyLocation, file: reader.path, hint: "the data is reused exactly as that run split and scaled it")
            }
            source = .reuse(run: try reader.string(from, key: "data"), location: from.location)
        } else if let csv = value("csv") {
            try rejectGeneratorKeys(entries, for: "csv")
            guard let targetNode = value("target") else {
                throw reader.error("a CSV data set needs 'target': the column to predict", at: csv)
            }
            let target = try reader.string(targetNode, key: "target")
            let featureNodes = try value("features").map { try reader.list($0, key: "features") }
            let features = try featureNodes?.map { try reader.string($0, key: "features") }
            let columns = CSVColumnLocations(target: targetNode.location, features: featureNodes?.map(\.location) ?? [])
            source = .csv(path: try reader.string(csv, key: "csv"), target: target, features: features,
                          pathLocation: csv.location, columns: columns)
        } else {
            source = .generate(try decodeGenerator(value, seed: dataSeed))
        }
        var spec = DataSpec(source: source, validation: validation, test: test, standardize: standardize, splitSeed: dataSeed)
        spec.crossValidation = crossValidation
        return spec
    }

    /// `validation: {kfold: k, shuffle: false | true | SEED}`: k from 2 to 20; `shuffle: true` permutes with the
    /// data's seed, a number with that seed, `false` (the default) keeps the rows in order (scikit-learn's folds).
    private func decodeKFold(_ node: YAMLNode, seed: UInt64) throws -> KFold {
        let entries = try reader.entries(node, of: "validation", allowed: ["kfold", "shuffle"])
        guard let folds = entries.first(where: { $0.key == "kfold" })?.value else {
            throw reader.error("validation as a mapping is k-fold cross-validation and needs 'kfold'", at: node,
                               hint: "for example: validation: {kfold: 5}, or a fraction: validation: 0.2")
        }
        var rule = KFold(folds: try reader.int(folds, key: "kfold", range: 2...20))
        if let shuffle = entries.first(where: { $0.key == "shuffle" })?.value {
            if shuffle.scalar == "true" || shuffle.scalar == "false" {
                rule.shuffleSeed = try reader.bool(shuffle, key: "shuffle") ? seed : nil
            } else {
                rule.shuffleSeed = UInt64(try reader.int(shuffle, key: "shuffle", range: 0...Int(Int32.max)))
            }
        }
        return rule
    }

    private func rejectGeneratorKeys(_ entries: [YAMLNode.Entry], for source: String) throws {
        let generatorOnly: Set<String> = ["n", "weights", "bias", "coefficients", "noise", "centers", "classes", "x_range"]
        if let entry = entries.first(where: { generatorOnly.contains($0.key) }) {
            throw Diagnostic(.error, "'\(entry.key)' only applies to generated data, not to a \(source) file",
                             at: entry.keyLocation, file: reader.path)
        }
    }

    private func decodeGenerator(_ value: (String) -> YAMLNode?, seed: UInt64) throws -> GeneratorSpec {
        let kindNode = value("generate")!
        let kind = try reader.pick(kindNode, key: "generator", from: DataShape.allCases, named: \.rawValue)
        if value("target") != nil || value("features") != nil {
            throw reader.error("'target' and 'features' only apply to CSV data", at: (value("target") ?? value("features"))!)
        }
        let count = try value("n").map { try reader.int($0, key: "n", range: 2...Limits.maxRows) } ?? 100
        let weights = try value("weights").map { try reader.doubles($0, key: "weights") } ?? [2]
        if weights.isEmpty || weights.count > 1000 { throw reader.error("'weights' needs 1 to 1000 numbers", at: value("weights")!) }
        let bias = try value("bias").map { try reader.double($0, key: "bias") } ?? 1
        let coefficients = try value("coefficients").map { try reader.doubles($0, key: "coefficients") } ?? [0, 1, 0, -2]
        let noise = try value("noise").map { try reader.double($0, key: "noise", range: 0...1e6) } ?? kind.defaultNoise
        let classes = try value("classes").map { try reader.int($0, key: "classes", range: 2...20) } ?? (kind == .spiral ? 3 : 2)
        var centers: [[Double]]?
        if let node = value("centers") {
            centers = try reader.list(node, key: "centers").map { try reader.doubles($0, key: "centers") }
            let dimension = centers?.first?.count ?? 0
            if centers!.count < 2 || dimension < 1 || centers!.contains(where: { $0.count != dimension }) {
                throw reader.error("'centers' needs at least two points of the same dimension, e.g. [[0, 0], [3, 3]]", at: node)
            }
        }
        var xRange: ClosedRange<Double>?
        if let node = value("x_range") {
            let bounds = try reader.doubles(node, key: "x_range")
            guard bounds.count == 2, bounds[0] < bounds[1] else { throw reader.error("'x_range' must be [low, high] with low < high", at: node) }
            xRange = bounds[0]...bounds[1]
        }
        return GeneratorSpec(kind: kind, count: count, weights: weights, bias: bias, coefficients: coefficients, noise: noise,
                             centers: centers, classes: classes, xRange: xRange, seed: seed)
    }
}
