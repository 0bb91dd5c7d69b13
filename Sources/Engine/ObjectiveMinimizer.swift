/// What a minimization produced.
public struct MinimizationResult: Equatable, Sendable {
    /// One entry per iterate (entry 0 = the start): value in `objective` and `trainLoss`, gradient norm, step
    /// length in `learningRate`, the points in `iterates`.
    public var history: History
    /// converged (gradient norm below the tolerance, or a stalled line search), diverged (with the reason), or
    /// max_epochs after `steps` iterations, or timed_out when the deadline passed.
    public var status: TrainingStatus
    /// The last finite iterate.
    public var point: [Double]
}

/// Runs any `SearchMethod` (a first-order optimizer at a learning rate, or newton/cg/lbfgs) on a
/// `DifferentiableFunction` from a start point for at most `steps` iterations.
///
/// Stops as converged when `‖∇f‖₂ < tolerance` (0 disables) and as diverged when the value, gradient or point
/// becomes NaN/infinite or the function throws (the error's description is the reason). The learning-rate column
/// holds, for each entry, the rate of the step that leaves it (see `IterationDriver`).
public struct ObjectiveMinimizer {
    /// Maximum number of iterations.
    public var steps: Int
    /// Gradient-norm tolerance.
    public var tolerance: Double
    /// Stop with `TrainingStatus.timedOut` once this passes, checked before each iteration and each evaluation of
    /// the function (a line search's trial points, a difference Hessian's gradients) (`nil`: no limit).
    public var deadline: Deadline?
    /// The function's minimizer, when known: the history then records the distance to it and the gap.
    public var optimum: KnownOptimum?

    /// Creates a minimizer; `steps` must be positive and `tolerance` non-negative.
    public init(steps: Int, tolerance: Double = 1e-8, deadline: Deadline? = nil) throws {
        guard steps >= 1 else { throw EngineError.invalidSetting("steps must be at least 1, got \(steps)") }
        guard tolerance >= 0, tolerance.isFinite else { throw EngineError.invalidSetting("tolerance must be ≥ 0, got \(tolerance)") }
        self.steps = steps
        self.tolerance = tolerance
        self.deadline = deadline
    }

    /// Minimizes `function` from `start` with `method` through the `IterationDriver`.
    public func minimize<Method: SearchMethod>(_ function: any DifferentiableFunction, from start: [Double],
                                               method: Method) -> MinimizationResult {
        let limited: any DifferentiableFunction = deadline.map { LimitedFunction(function, deadline: $0) } ?? function
        var process = LineSearchProcess(function: limited, method: method, start: start) { iterate in
            IterationEntry(trainLoss: iterate.value, objective: iterate.value, gradientNorm: euclideanNorm(iterate.gradient),
                           iterate: iterate.point)
        }
        var driver = IterationDriver(epochs: steps, tolerance: tolerance, deadline: deadline)
        driver.optimum = optimum
        let result = driver.run(&process, withValidation: false)
        return MinimizationResult(history: result.history, status: result.status, point: result.parameters)
    }
}
