import Config
import Engine
import Notebook

/// A run's data after generation or loading, feature expansion, split and standardization.
struct PreparedData {
    /// Data as generated or loaded (before expansion and scaling), training part.
    var rawTrain: Dataset
    /// Raw validation part.
    var rawValidation: Dataset?
    /// Model-ready training data.
    var train: Dataset
    /// Model-ready validation data.
    var validation: Dataset?
    /// Raw test part: held out from training and early stopping alike, only scored.
    var rawTest: Dataset?
    /// Model-ready test data.
    var test: Dataset?
    /// Polynomial degree used for expansion (nil = none).
    var degree: Int?
    /// Standardization fitted on the training part.
    var standardizer: Standardizer?

    /// Turns raw features into model inputs (expansion, then standardization).
    func transform(_ features: Matrix) -> Matrix {
        var expanded = degree.map { PolynomialExpansion.expand(features, degree: $0) } ?? features
        if let standardizer { expanded = standardizer.apply(expanded) }
        return expanded
    }

    /// Builds the data from its spec; a CSV text target becomes classes only when `classification` is true.
    /// Generating data stops with `DeadlineExceeded` once `deadline` passes.
    static func make(_ spec: DataSpec, degree: Int?, classification: Bool, csv: CSVLoader, deadline: Deadline?,
                     reuse: (String, SourceLocation) throws -> PreparedData) throws -> PreparedData {
        let raw: Dataset
        switch spec.source {
        case let .reuse(run, location):
            var reused = try reuse(run, location)
            if let degree, degree != reused.degree {
                reused = try prepare(reused.rawTrain, validation: reused.rawValidation, test: reused.rawTest, degree: degree,
                                     standardize: reused.standardizer != nil)
            }
            return reused
        case let .csv(file, target, features, location, columns):
            raw = try csv.load(CSVLoader.Request(file: file, target: target, features: features, location: location,
                                                 columns: columns, classification: classification))
        case let .generate(generator):
            raw = try Generators.make(generator, deadline: deadline)
        }
        let parts = raw.split(validationFraction: spec.validation, testFraction: spec.test, seed: spec.splitSeed)
        return try prepare(parts.train, validation: parts.validation, test: parts.test, degree: degree, standardize: spec.standardize)
    }

    /// The data of one cross-validation fold: the given rows of the raw training part to train on and to validate
    /// on, expanded and (when this data is standardized) standardized with the fold's own training rows; no test part.
    func fold(training: [Int], validation: [Int]) throws -> PreparedData {
        try Self.prepare(rawTrain.selecting(training), validation: rawTrain.selecting(validation), test: nil, degree: degree,
                         standardize: standardizer != nil)
    }

    private static func prepare(_ train: Dataset, validation: Dataset?, test: Dataset?, degree: Int?,
                                standardize: Bool) throws -> PreparedData {
        var data = PreparedData(rawTrain: train, rawValidation: validation, train: train, validation: validation,
                                rawTest: test, test: test, degree: degree)
        var expandedTrain = train.features
        if let degree { expandedTrain = PolynomialExpansion.expand(train.features, degree: degree) }
        if standardize { data.standardizer = Standardizer(fitting: expandedTrain) }
        data.train = data.modelReady(train)
        data.validation = validation.map(data.modelReady)
        data.test = test.map(data.modelReady)
        return data
    }

    private func modelReady(_ raw: Dataset) -> Dataset {
        var names = raw.featureNames
        if let degree { names = PolynomialExpansion.names(raw.featureNames, degree: degree) }
        return Dataset(features: transform(raw.features), targets: raw.targets, featureNames: names,
                       targetName: raw.targetName, classNames: raw.classNames)
    }
}

/// Powers of each feature, `x, x², …, x^d` (no interactions), for polynomial regression demos.
enum PolynomialExpansion {
    static func expand(_ features: Matrix, degree: Int) -> Matrix {
        var result = Matrix(rows: features.rows, columns: features.columns * degree)
        for r in 0..<features.rows {
            for c in 0..<features.columns {
                var power = 1.0
                for k in 0..<degree {
                    power *= features[r, c]
                    result[r, c * degree + k] = power
                }
            }
        }
        return result
    }

    static func names(_ names: [String], degree: Int) -> [String] {
        names.flatMap { name in (1...degree).map { $0 == 1 ? name : "\(name)^\($0)" } }
    }
}
