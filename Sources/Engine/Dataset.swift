/// Features and targets for supervised training.
///
/// Targets are real numbers for regression and class indices (0, 1, …) for classification.
public struct Dataset: Equatable, Sendable {
    /// `n × d` feature matrix.
    public var features: Matrix
    /// `n` targets.
    public var targets: [Double]
    /// Names of the `d` feature columns.
    public var featureNames: [String]
    /// Name of the target column.
    public var targetName: String
    /// Class names when the target is categorical (index = class value).
    public var classNames: [String]?

    /// Creates a data set; the sizes must agree.
    public init(features: Matrix, targets: [Double], featureNames: [String]? = nil, targetName: String = "y",
                classNames: [String]? = nil) {
        precondition(features.rows == targets.count, "row count mismatch")
        self.features = features
        self.targets = targets
        self.featureNames = featureNames ?? Dataset.defaultNames(features.columns)
        self.targetName = targetName
        self.classNames = classNames
    }

    /// `x` for one feature, `x1, x2, …` for several.
    public static func defaultNames(_ count: Int) -> [String] {
        count == 1 ? ["x"] : (1...max(count, 1)).prefix(count).map { "x\($0)" }
    }

    /// Number of rows.
    public var count: Int { targets.count }
    /// Number of feature columns.
    public var featureCount: Int { features.columns }

    /// The rows at `indices`.
    public func selecting(_ indices: [Int]) -> Dataset {
        Dataset(features: features.selecting(rows: indices), targets: indices.map { targets[$0] },
                featureNames: featureNames, targetName: targetName, classNames: classNames)
    }

    /// Number of classes: from the class names, else `max target + 1`.
    public var classCount: Int {
        if let classNames { return classNames.count }
        return Int(targets.max() ?? 0) + 1
    }

    /// Splits into training and validation parts: a seeded shuffle, the last `round(n·fraction)` rows held out.
    public func split(validationFraction fraction: Double, seed: UInt64) -> (train: Dataset, validation: Dataset?) {
        let parts = split(validationFraction: fraction, testFraction: 0, seed: seed)
        return (parts.train, parts.validation)
    }

    /// Splits into training, validation and test parts from one seeded shuffle: the last `round(n·validation)`
    /// rows are the validation part (the same rows as without a test part), the `round(n·test)` rows before them
    /// the test part, and at least one row is left to train on.
    public func split(validationFraction: Double, testFraction: Double, seed: UInt64)
        -> (train: Dataset, validation: Dataset?, test: Dataset?) {
        guard validationFraction > 0 || testFraction > 0 else { return (self, nil, nil) }
        var generator = SeededGenerator(seed: seed)
        let order = generator.permutation(count)
        func held(_ fraction: Double, available: Int) -> Int {
            fraction > 0 ? min(max(Int((Double(count) * fraction).rounded()), 1), available - 1) : 0
        }
        let validationCount = held(validationFraction, available: count)
        let testCount = held(testFraction, available: count - validationCount)
        let trainEnd = count - validationCount - testCount
        let validation = validationCount > 0 ? selecting(Array(order[(count - validationCount)...])) : nil
        let test = testCount > 0 ? selecting(Array(order[trainEnd..<(count - validationCount)])) : nil
        return (selecting(Array(order[0..<trainEnd])), validation, test)
    }
}

/// Standardization `x ← (x − mean)/std` per column, fitted on one data set and applied to others.
public struct Standardizer: Equatable, Sendable {
    /// Column means of the fitting data.
    public var means: [Double]
    /// Column standard deviations (population); constant columns keep scale 1.
    public var scales: [Double]

    /// Fits on the columns of `features`.
    public init(fitting features: Matrix) {
        let n = Double(max(features.rows, 1))
        means = (0..<features.columns).map { c in features.column(c).reduce(0, +) / n }
        scales = (0..<features.columns).map { c in
            let mean = features.column(c).reduce(0, +) / n
            let variance = features.column(c).reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            return variance > 0 ? variance.squareRoot() : 1
        }
    }

    /// The standardized copy of `features`.
    public func apply(_ features: Matrix) -> Matrix {
        var result = features
        for r in 0..<features.rows {
            for c in 0..<features.columns { result[r, c] = (features[r, c] - means[c]) / scales[c] }
        }
        return result
    }
}
