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
/// holds, for each entry, the step length used to leave it (the last entry repeats the step that reached it).
public struct ObjectiveMinimizer {
    /// Maximum number of iterations.
    public var steps: Int
    /// Gradient-norm tolerance.
    public var tolerance: Double
    /// Stop with `TrainingStatus.timedOut` once this passes, checked before each iteration (`nil`: no limit).
    public var deadline: Deadline?

    /// Creates a minimizer; `steps` must be positive and `tolerance` non-negative.
    public init(steps: Int, tolerance: Double = 1e-8, deadline: Deadline? = nil) throws {
        guard steps >= 1 else { throw EngineError.invalidSetting("steps must be at least 1, got \(steps)") }
        guard tolerance >= 0, tolerance.isFinite else { throw EngineError.invalidSetting("tolerance must be ≥ 0, got \(tolerance)") }
        self.steps = steps
        self.tolerance = tolerance
        self.deadline = deadline
    }

    /// Minimizes `function` from `start` with `method`.
    public func minimize(_ function: any DifferentiableFunction, from start: [Double], method: any SearchMethod) -> MinimizationResult {
        var method = method
        var history = History()
        var current: Iterate
        do {
            current = try function.iterate(at: start)
        } catch {
            return MinimizationResult(history: history, status: .diverged(epoch: 0, reason: "\(error)"), point: start)
        }
        guard current.isFinite else {
            return MinimizationResult(history: history, status: .diverged(epoch: 0, reason: nonFinite), point: start)
        }
        append(current, epoch: 0, to: &history)
        if converged(current) { return MinimizationResult(history: history, status: .converged(epoch: 0), point: current.point) }
        for step in 1...steps {
            if deadline?.hasPassed == true {
                return MinimizationResult(history: history, status: .timedOut(epoch: step - 1), point: current.point)
            }
            let next: Iterate?
            do {
                next = try method.advance(function, from: current)
            } catch {
                return MinimizationResult(history: history, status: .diverged(epoch: step, reason: "\(error)"), point: current.point)
            }
            guard let next else { return MinimizationResult(history: history, status: .stalled(epoch: step - 1), point: current.point) }
            guard next.isFinite else {
                return MinimizationResult(history: history, status: .diverged(epoch: step, reason: nonFinite), point: current.point)
            }
            history.learningRate[step - 1] = next.stepLength
            append(next, epoch: step, to: &history)
            current = next
            if converged(current) { return MinimizationResult(history: history, status: .converged(epoch: step), point: current.point) }
        }
        return MinimizationResult(history: history, status: .maxEpochs(epoch: steps), point: current.point)
    }

    private var nonFinite: String { "the value became NaN or infinite" }

    private func converged(_ iterate: Iterate) -> Bool {
        tolerance > 0 && euclideanNorm(iterate.gradient) < tolerance
    }

    private func append(_ iterate: Iterate, epoch: Int, to history: inout History) {
        history.append(epoch: epoch, trainLoss: iterate.value, validationLoss: nil, objective: iterate.value,
                       learningRate: iterate.stepLength, gradientNorm: euclideanNorm(iterate.gradient))
        history.iterates.append(iterate.point)
    }
}
