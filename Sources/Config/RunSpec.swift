import Engine
import Notebook

/// Where a run's data comes from.
public enum DataSource: Equatable, Sendable {
    /// A seeded synthetic data set.
    case generate(GeneratorSpec)
    /// A CSV file with a header, relative to the notebook's folder.
    case csv(path: String, target: String, features: [String]?, pathLocation: SourceLocation, columns: CSVColumnLocations)
    /// The data of an earlier run, by name (already split and standardized there).
    case reuse(run: String, location: SourceLocation)
}

/// Data for a run: source plus split and scaling.
public struct DataSpec: Equatable, Sendable {
    /// The source.
    public var source: DataSource
    /// Held-out fraction in [0, 1): the validation part, which early stopping watches.
    public var validation: Double
    /// Held-out fraction in [0, 1): the test part, which nothing in training sees; it is only scored.
    public var test: Double = 0
    /// Standardize features with statistics of the training part.
    public var standardize: Bool
    /// Seed of the split.
    public var splitSeed: UInt64
    /// k-fold cross-validation of the training part (`validation: {kfold: k}`), instead of a validation fraction.
    public var crossValidation: KFold? = nil
}

/// A fully resolved training run (or objective minimization).
public struct RunSpec: Equatable, Sendable {
    /// Run name (fence name, `run-N`, or `NAME[value]` inside a sweep).
    public var name: String
    /// Data (nil for objective runs).
    public var data: DataSpec?
    /// Model and its settings.
    public var model: ModelChoice
    /// Loss and its settings.
    public var loss: LossChoice
    /// L1 strength.
    public var l1: Double
    /// L2 strength.
    public var l2: Double
    /// Optimizer and its settings.
    public var optimizer: any OptimizerSettings
    /// Number of epochs (steps for objectives).
    public var epochs: Int
    /// Convergence tolerance on the gradient norm (0 disables).
    public var tolerance: Double
    /// Learning-rate schedule.
    public var schedule: Schedule
    /// Gradient clipping before each first-order step (`clip_grad:`), if any.
    public var clipping: GradientClipping? = nil
    /// Early stopping, if requested.
    public var earlyStopping: EarlyStopping?
    /// Metrics.
    public var metrics: [Metric]
    /// Formula name to minimize instead of data/model/loss.
    public var objective: String?
    /// Objective start point by argument name, in order.
    public var start: [(String, Double)]
    /// A formula objective's known minimizer by argument name (`optimum:`), in order; empty when not given.
    public var optimum: [(String, Double)] = []
    /// Output parts to show.
    public var show: [ShowPart]
    /// Show the block source above its output.
    public var echo: Bool
    /// Loss-curve scale: `true` log, `false` linear, `nil` automatic (log when the loss spans more than two decades).
    public var logScale: Bool? = nil
    /// Significant digits of the parameter and metric tables (`precision:`; default 5). The JSON always has every digit.
    public var precision: Int? = nil
    /// The run's seed (initialization, shuffles, dropout).
    public var seed: UInt64
    /// What must hold once the run ends (`expect:`), checked by the runner; not part of the resolved config.
    public var expectations: [Expectation] = []
    /// A sweep's chosen result columns (`columns:`): its comparison table, and the first one fills a grid's table.
    public var tableColumns: [String]?
    /// Where the run's block is (for errors found while running).
    public var location: SourceLocation
    /// The resolved config as an ordered tree, for JSON output.
    public var resolved: YAMLNode

    /// Two specs are equal when their names and resolved configs are.
    public static func == (lhs: RunSpec, rhs: RunSpec) -> Bool {
        lhs.name == rhs.name && lhs.resolved == rhs.resolved
    }
}
