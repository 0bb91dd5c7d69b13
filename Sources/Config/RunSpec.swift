import Notebook

/// Where a run's data comes from.
public enum DataSource: Equatable, Sendable {
    /// A seeded synthetic data set.
    case generate(GeneratorSpec)
    /// A CSV file with a header, relative to the notebook's folder.
    case csv(path: String, target: String, features: [String]?, pathLocation: SourceLocation)
    /// The data of an earlier run, by name (already split and standardized there).
    case reuse(run: String, location: SourceLocation)
}

/// A synthetic data set.
public struct GeneratorSpec: Equatable, Sendable {
    /// linear, polynomial, blobs, moons, circles, xor or spiral.
    public var kind: String
    /// Number of rows.
    public var count: Int
    /// Linear: true weights (one per feature).
    public var weights: [Double]
    /// Linear: true bias.
    public var bias: Double
    /// Polynomial: coefficients c₀, c₁, … of `Σ cₖ xᵏ`.
    public var coefficients: [Double]
    /// Standard deviation of the Gaussian noise (or blob spread).
    public var noise: Double
    /// Blobs: number of classes or explicit centers.
    public var centers: [[Double]]?
    /// Number of classes (blobs, spiral).
    public var classes: Int
    /// Range of x (linear, polynomial).
    public var xRange: ClosedRange<Double>?
    /// Seed.
    public var seed: UInt64
}

/// Data for a run: source plus split and scaling.
public struct DataSpec: Equatable, Sendable {
    /// The source.
    public var source: DataSource
    /// Held-out fraction in [0, 1).
    public var validation: Double
    /// Standardize features with statistics of the training part.
    public var standardize: Bool
    /// Seed of the split.
    public var splitSeed: UInt64
}

/// The model of a run.
public struct ModelSpec: Equatable, Sendable {
    /// linear, logistic, softmax or mlp.
    public var kind: String
    /// Linear: expand a single feature into x, x², …, x^degree.
    public var polynomialDegree: Int?
    /// MLP hidden layer widths.
    public var hidden: [Int]
    /// MLP activation: relu, tanh or sigmoid.
    public var activation: String
    /// MLP dropout probability on hidden layers.
    public var dropout: Double
}

/// The optimizer of a run with every setting filled in.
public struct OptimizerSpec: Equatable, Sendable {
    /// Name as in configs (gd, sgd, momentum, …).
    public var name: String
    /// Learning rate.
    public var learningRate: Double
    /// Momentum coefficient (momentum, nesterov, rmsprop).
    public var momentum: Double
    /// Rows per update (`nil` = whole training set).
    public var batchSize: Int?
    /// Adam/AdamW β₁, β₂.
    public var beta1: Double, beta2: Double
    /// Numerical ε of adaptive methods.
    public var epsilon: Double
    /// AdamW decoupled weight decay.
    public var weightDecay: Double
    /// RMSprop smoothing α.
    public var alpha: Double
    /// RMSprop centered variant.
    public var centered: Bool
    /// Adam/AdamW AMSGrad variant.
    public var amsgrad: Bool
    /// Adagrad learning-rate decay.
    public var learningRateDecay: Double
    /// L-BFGS memory.
    public var memory: Int
}

/// Parts of a run's output.
public enum ShowPart: String, CaseIterable, Sendable {
    case summary, curve, table, params, fit, boundary, contour
}

/// A fully resolved training run (or objective minimization).
public struct RunSpec: Equatable, Sendable {
    /// Run name (fence name, `run-N`, or `NAME[value]` inside a sweep).
    public var name: String
    /// Data (nil for objective runs).
    public var data: DataSpec?
    /// Model.
    public var model: ModelSpec
    /// Loss name (mse, mae, huber, bce, cross_entropy, hinge).
    public var loss: String
    /// Huber δ.
    public var huberDelta: Double
    /// L1 strength.
    public var l1: Double
    /// L2 strength.
    public var l2: Double
    /// Optimizer.
    public var optimizer: OptimizerSpec
    /// Number of epochs (steps for objectives).
    public var epochs: Int
    /// Convergence tolerance on the gradient norm (0 disables).
    public var tolerance: Double
    /// Schedule: name and its settings.
    public var schedule: ScheduleSpec
    /// Early stopping, if requested.
    public var earlyStopping: EarlyStoppingSpec?
    /// Metric names.
    public var metrics: [String]
    /// Formula name to minimize instead of data/model/loss.
    public var objective: String?
    /// Objective start point by argument name, in order.
    public var start: [(String, Double)]
    /// Output parts to show.
    public var show: [ShowPart]
    /// Show the block source above its output.
    public var echo: Bool
    /// Loss-curve scale: `true` log, `false` linear, `nil` automatic (log when the loss spans more than two decades).
    public var logScale: Bool? = nil
    /// The run's seed (initialization, shuffles, dropout).
    public var seed: UInt64
    /// Where the run's block is (for errors found while running).
    public var location: SourceLocation
    /// The resolved config as an ordered tree, for JSON output.
    public var resolved: YAMLNode

    public static func == (lhs: RunSpec, rhs: RunSpec) -> Bool {
        lhs.name == rhs.name && lhs.resolved == rhs.resolved
    }
}

/// Learning-rate schedule settings.
public struct ScheduleSpec: Equatable, Sendable {
    /// constant, step, exponential or cosine.
    public var name: String
    /// Step: epochs between decays.
    public var every: Int
    /// Step/exponential factor.
    public var gamma: Double
    /// Cosine: period T (default: the number of epochs).
    public var period: Int
    /// Cosine: minimum learning rate.
    public var minimum: Double
}

/// Early-stopping settings.
public struct EarlyStoppingSpec: Equatable, Sendable {
    /// Epochs without improvement tolerated.
    public var patience: Int
    /// Minimum improvement.
    public var minDelta: Double
    /// Restore the best weights.
    public var restoreBest: Bool
}
