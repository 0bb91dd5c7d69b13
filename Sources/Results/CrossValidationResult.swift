import Output

/// k-fold cross-validation of a run: one model per fold, trained on the other folds with the run's settings and
/// scored on its own; and the mean and standard deviation of each metric over the folds.
public struct CrossValidationResult: Equatable, Sendable, Codable {
    /// One fold's model.
    public struct Fold: Equatable, Sendable, Codable {
        /// How its training ended.
        public var status: RunStatus
        /// Epochs it ran.
        public var epochs: Int
        /// Rows it trained on and rows it was scored on.
        public var trainRows: Int, validationRows: Int
        /// `train_loss`, `validation_loss`, `train_<metric>`, `validation_<metric>`.
        public var metrics: [NamedValue]

        /// Creates a fold's result.
        public init(status: RunStatus, epochs: Int, trainRows: Int, validationRows: Int, metrics: [NamedValue]) {
            self.status = status
            self.epochs = epochs
            self.trainRows = trainRows
            self.validationRows = validationRows
            self.metrics = metrics
        }
    }

    /// The folds, in order.
    public var folds: [Fold]

    /// Creates the result.
    public init(folds: [Fold]) {
        self.folds = folds
    }

    /// The metric names, in the first fold's order.
    public var metricNames: [String] { folds.first?.metrics.map(\.name) ?? [] }

    /// Each metric's mean over the folds.
    public var mean: [NamedValue] {
        metricNames.map { name in NamedValue(name, values(name).reduce(0, +) / Double(max(folds.count, 1))) }
    }

    /// Each metric's standard deviation over the folds, numpy's `std` (divided by k, not k − 1), as a
    /// `scores.std()` of scikit-learn's `cross_val_score` gives it.
    public var standardDeviation: [NamedValue] {
        zip(metricNames, mean).map { name, mean in
            let squares = values(name).map { ($0 - mean.value) * ($0 - mean.value) }
            return NamedValue(name, (squares.reduce(0, +) / Double(max(folds.count, 1))).squareRoot())
        }
    }

    /// One metric of every fold.
    public func values(_ name: String) -> [Double] {
        folds.map { fold in fold.metrics.first { $0.name == name }?.value ?? .nan }
    }

    /// `{"k", "folds": [{status, epochs, train_rows, validation_rows, metrics}], "mean": {…}, "std": {…}}`.
    public var json: JSONValue {
        func object(_ values: [NamedValue]) -> JSONValue { .object(values.map { ($0.name, JSONValue.finite($0.value)) }) }
        let folds = self.folds.map { fold -> JSONValue in
            .object([("status", .string(fold.status.rawValue)), ("epochs", .int(fold.epochs)), ("train_rows", .int(fold.trainRows)),
                     ("validation_rows", .int(fold.validationRows)), ("metrics", object(fold.metrics))])
        }
        return .object([("k", .int(self.folds.count)), ("folds", .array(folds)), ("mean", object(mean)),
                        ("std", object(standardDeviation))])
    }
}
