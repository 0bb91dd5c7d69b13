import Notebook
import Output

/// Per-epoch history of a run, as the report and the JSON show it.
public struct HistoryTable: Equatable, Sendable, Codable {
    /// Epoch numbers; entry 0 is the state before the first update.
    public var epoch: [Int]
    /// Mean training loss (no penalty).
    public var trainLoss: [Double]
    /// Mean validation loss, when data was held out.
    public var validationLoss: [Double]?
    /// Learning rate of the epoch starting at each entry.
    public var learningRate: [Double]
    /// Gradient norm of the objective.
    public var gradientNorm: [Double]
    /// Objective value (loss + penalty; for formula runs, the formula's value).
    public var objective: [Double]
    /// Formula runs: the iterates, one array per argument.
    public var path: [[Double]]?
    /// ‖θ − θ*‖ per entry, when the optimum is known (linear + mse without L1; a formula run with `optimum:`).
    public var distance: [Double]?
    /// J(θ) − J* per entry, when the optimum is known.
    public var gap: [Double]?

    /// Creates a table.
    public init(epoch: [Int] = [], trainLoss: [Double] = [], validationLoss: [Double]? = nil, learningRate: [Double] = [],
                gradientNorm: [Double] = [], objective: [Double] = [], path: [[Double]]? = nil) {
        self.epoch = epoch
        self.trainLoss = trainLoss
        self.validationLoss = validationLoss
        self.learningRate = learningRate
        self.gradientNorm = gradientNorm
        self.objective = objective
        self.path = path
    }
}

/// A named number (parameter or metric).
public struct NamedValue: Equatable, Sendable, Codable {
    /// Display name.
    public var name: String
    /// Value.
    public var value: Double

    /// Creates a named value.
    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}

/// Data for a scatter plot with a fitted curve (1-feature regression).
public struct FitPlot: Equatable, Sendable, Codable {
    /// Training points (x, y).
    public var points: [[Double]]
    /// Validation points (x, y).
    public var validationPoints: [[Double]]
    /// The model's curve, sampled in order of x.
    public var curve: [[Double]]
    /// Axis labels.
    public var xLabel: String, yLabel: String

    /// Creates the plot data.
    public init(points: [[Double]], validationPoints: [[Double]] = [], curve: [[Double]], xLabel: String, yLabel: String) {
        self.points = points
        self.validationPoints = validationPoints
        self.curve = curve
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// A point of a 2-D classification data set with its class.
public struct ClassPoint: Equatable, Sendable, Codable {
    /// The two features.
    public var x: Double, y: Double
    /// The class index (0, 1, …; `BoundaryPlot.classNames` names it).
    public var label: Int

    /// Creates a point.
    public init(x: Double, y: Double, label: Int) {
        self.x = x
        self.y = y
        self.label = label
    }
}

/// Data for a decision-boundary plot (2-D classification).
public struct BoundaryPlot: Equatable, Sendable, Codable {
    /// Predicted class per grid cell, `classes[row][col]`, rows ascending in y.
    public var classes: [[Int]]
    /// Grid extent.
    public var xRange: ClosedRange<Double>, yRange: ClosedRange<Double>
    /// The training and validation points with their classes (the held-out ones last).
    public var points: [ClassPoint]
    /// How many of `points`, at the end, are validation points (drawn hollow).
    public var validationCount: Int?
    /// Class names for the legend.
    public var classNames: [String]
    /// Axis labels.
    public var xLabel: String, yLabel: String

    /// Creates the plot data.
    public init(classes: [[Int]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, points: [ClassPoint],
                classNames: [String], xLabel: String, yLabel: String) {
        self.classes = classes
        self.xRange = xRange
        self.yRange = yRange
        self.points = points
        self.classNames = classNames
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// Data for a contour plot of a 2-argument objective with the optimizer's path.
public struct ContourPlot: Equatable, Sendable, Codable {
    /// Values on the grid, `values[row][col]`, rows ascending in y.
    public var values: [[Double]]
    /// Grid extent.
    public var xRange: ClosedRange<Double>, yRange: ClosedRange<Double>
    /// Argument names (axis labels).
    public var xLabel: String, yLabel: String

    /// Creates the plot data.
    public init(values: [[Double]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, xLabel: String, yLabel: String) {
        self.values = values
        self.xRange = xRange
        self.yRange = yRange
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// The outcome of one run.
public struct RunResult: Equatable, Sendable, Codable {
    /// Run name.
    public var name: String
    /// How the run ended, with the facts its status sentence states.
    public var detail: StatusDetail
    /// The settings it ran with, every default filled in (`nil` for a run whose config never resolved). Not
    /// stored in the result cache: the cache key covers the config, and the runner attaches it again.
    public var resolved: ResolvedRun?
    /// History.
    public var history: HistoryTable
    /// Learned parameters for display (named after features and classes).
    public var parameters: [NamedValue]
    /// Learned parameters as the model shapes them.
    public var learned: LearnedParameters
    /// A layer summary instead of every number (networks).
    public var parameterSummary: [String]?
    /// Final metrics (`train_…`, `validation_…`, `distance_to_optimum`).
    public var metrics: [NamedValue]
    /// Optional plots.
    public var fit: FitPlot?
    public var boundary: BoundaryPlot?
    public var contour: ContourPlot?
    /// Log scale requested for the loss curve.
    public var logScale: Bool?
    /// Significant digits of the parameter and metric tables (nil: the report's 5).
    public var precision: Int?
    /// k-fold cross-validation, when the run's data asks for it.
    public var crossValidation: CrossValidationResult?
    /// Which output parts to show.
    public var show: [ShowPart]
    /// The error, for failed runs.
    public var error: Diagnostic?

    /// Every stored property but `resolved`.
    private enum CodingKeys: String, CodingKey {
        case name, detail, history, parameters, learned, parameterSummary, metrics, fit, boundary, contour, logScale,
             precision, crossValidation, show, error
    }

    /// Creates a result.
    public init(name: String, detail: StatusDetail, resolved: ResolvedRun? = nil, history: HistoryTable = HistoryTable(),
                parameters: [NamedValue] = [], learned: LearnedParameters = .none, metrics: [NamedValue] = [],
                show: [ShowPart] = [], error: Diagnostic? = nil) {
        self.name = name
        self.detail = detail
        self.resolved = resolved
        self.history = history
        self.parameters = parameters
        self.learned = learned
        self.metrics = metrics
        self.show = show
        self.error = error
    }

    /// A failed run carrying its diagnostic.
    public static func failure(_ name: String, _ diagnostic: Diagnostic) -> RunResult {
        RunResult(name: name, detail: StatusDetail(subject: .training, stop: .failed(message: diagnostic.message)), error: diagnostic)
    }

    /// How the run ended.
    public var status: RunStatus { detail.status }

    /// The epoch of the best validation loss, when early stopping watched the run.
    public var bestEpoch: Int? { detail.bestEpoch }

    /// The epoch at which early stopping ended the run.
    public var stoppedEpoch: Int? {
        if case let .earlyStopped(epoch, _) = detail.stop { return epoch }
        return nil
    }
}
