import Engine

/// A run's settings with every default filled in, as types: what the report, the JSON and the Python export
/// read about how a run was configured. A mirror of the runner's `RunSpec` without its YAML tree, source locations
/// and expectations, so it can travel with the result.
public struct ResolvedRun: Sendable {
    /// The run's data: where it comes from, and how it is split and scaled.
    public var data: ResolvedData?
    /// For formula runs: the formula minimized and the start point.
    public var objective: ResolvedObjective?
    /// Model and its settings.
    public var model: ModelChoice
    /// Loss and its settings.
    public var loss: LossChoice
    /// L1 and L2 strengths.
    public var regularization: Regularization
    /// Optimizer and its settings.
    public var optimizer: any OptimizerSettings
    /// Number of epochs (steps for formula runs).
    public var epochs: Int
    /// Convergence tolerance on the gradient norm (0 disables).
    public var tolerance: Double
    /// Learning-rate schedule.
    public var schedule: Schedule
    /// Early stopping, if requested.
    public var earlyStopping: EarlyStopping?
    /// Metrics, in the order the config lists them.
    public var metrics: [Metric]
    /// The run's seed (initialization, shuffles, dropout).
    public var seed: UInt64
    /// Loss-curve scale: `true` log, `false` linear, `nil` automatic.
    public var logScale: Bool?
    /// Gradient clipping before each first-order step, if any.
    public var clipping: GradientClipping?

    /// Creates the settings.
    public init(data: ResolvedData?, objective: ResolvedObjective?, model: ModelChoice, loss: LossChoice,
                regularization: Regularization, optimizer: any OptimizerSettings, epochs: Int, tolerance: Double,
                schedule: Schedule, earlyStopping: EarlyStopping?, metrics: [Metric], seed: UInt64, logScale: Bool?) {
        self.data = data
        self.objective = objective
        self.model = model
        self.loss = loss
        self.regularization = regularization
        self.optimizer = optimizer
        self.epochs = epochs
        self.tolerance = tolerance
        self.schedule = schedule
        self.earlyStopping = earlyStopping
        self.metrics = metrics
        self.seed = seed
        self.logScale = logScale
    }

    /// `true` when the closed form solves the run instead of an iterative optimizer.
    public var isClosedForm: Bool { optimizer.family == .exact }
}

extension ResolvedRun: Equatable {
    /// Equal when every setting is, the optimizer compared by name and field values.
    public static func == (lhs: ResolvedRun, rhs: ResolvedRun) -> Bool {
        lhs.data == rhs.data && lhs.objective == rhs.objective && lhs.model == rhs.model && lhs.loss == rhs.loss
            && lhs.regularization == rhs.regularization && lhs.optimizer.name == rhs.optimizer.name
            && lhs.optimizer.values.map(\.value) == rhs.optimizer.values.map(\.value)
            && lhs.optimizer.values.map(\.key) == rhs.optimizer.values.map(\.key)
            && lhs.epochs == rhs.epochs && lhs.tolerance == rhs.tolerance && lhs.schedule == rhs.schedule
            && lhs.earlyStopping == rhs.earlyStopping && lhs.metrics == rhs.metrics && lhs.seed == rhs.seed
            && lhs.logScale == rhs.logScale && lhs.clipping == rhs.clipping
    }
}

/// A run's data as resolved: the source, the held-out fractions, scaling and the split's seed.
public struct ResolvedData: Equatable, Sendable {
    /// Where the rows come from.
    public enum Source: Equatable, Sendable {
        /// A seeded synthetic data set.
        case generate(GeneratorSpec)
        /// A CSV file (relative to the notebook's folder), its target column and chosen feature columns.
        case csv(path: String, target: String, features: [String]?)
        /// The data of an earlier run, by name, exactly as that run split and scaled it.
        case reuse(run: String)
    }

    /// The source.
    public var source: Source
    /// Held-out validation fraction.
    public var validation: Double
    /// Held-out test fraction.
    public var test: Double
    /// Standardize features with statistics of the training part.
    public var standardize: Bool
    /// Seed of the split's shuffle.
    public var splitSeed: UInt64
    /// k-fold cross-validation of the training part, instead of a validation fraction.
    public var crossValidation: KFold?

    /// Creates the data settings.
    public init(source: Source, validation: Double, test: Double, standardize: Bool, splitSeed: UInt64) {
        self.source = source
        self.validation = validation
        self.test = test
        self.standardize = standardize
        self.splitSeed = splitSeed
    }
}

/// A formula run's objective: the formula block's name and the start point, argument by argument.
public struct ResolvedObjective: Equatable, Sendable {
    /// The formula's name (`objective: NAME`).
    public var formula: String
    /// The start value of each argument, in the order the config gives them.
    public var start: [NamedValue]
    /// The known minimizer (`optimum:`), argument by argument, when the config gives one.
    public var optimum: [NamedValue]?

    /// Creates the objective.
    public init(formula: String, start: [NamedValue], optimum: [NamedValue]? = nil) {
        self.formula = formula
        self.start = start
        self.optimum = optimum
    }
}
