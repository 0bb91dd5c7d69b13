/// The one loop behind every run: mini-batch and full-batch training and formula minimization. It owns the
/// stop rules, so every history column means the same for every optimizer:
///
/// - entry 0 is the state before the first step; a non-finite or throwing evaluation there ends the run as
///   diverged at epoch 0;
/// - before each step, a passed `deadline` ends the run as timed out, and so does a process that reports being
///   interrupted mid-step or throws `DeadlineExceeded` from a step or an evaluation (the long passes check the
///   deadline inside): the result keeps the entries recorded so far and the last recorded parameters;
/// - a step that throws, or whose new entry is non-finite, ends the run as diverged at that epoch, keeping the
///   last finite parameters and the finite entries only;
/// - a process that finds no lower value (a stalled line search) ends the run as stalled;
/// - converged when the gradient norm of the newest entry is below `tolerance` (0 disables);
/// - early stopped when `earlyStopping` sees no improvement of the validation loss (Keras 3 rule);
/// - after `epochs` steps, max epochs.
///
/// `lr[e]` is the rate of the step that starts from entry e: each entry is recorded with the process's
/// `pendingRate`, and the rate a step really used replaces it. The last entry, from which no step was taken,
/// keeps the pending rate (the scheduled next rate of a first-order method; the previous step length of a
/// line search, 0 before any step).
public struct IterationDriver: Sendable {
    /// Maximum number of steps (epochs or iterations).
    public var epochs: Int
    /// Stop as converged when the gradient norm falls below this (0 disables).
    public var tolerance: Double
    /// Early stopping on the validation loss, if any.
    public var earlyStopping: EarlyStopping?
    /// Stop as timed out once this passes (`nil`: no limit).
    public var deadline: Deadline?
    /// Called after every recorded entry (progress displays); it only observes.
    public var observer: (@Sendable (EpochReport) -> Void)?
    /// The objective's minimizer, when known: every entry then also records ‖θ − θ*‖ and J(θ) − J*.
    public var optimum: KnownOptimum?

    /// Creates a driver.
    public init(epochs: Int, tolerance: Double, earlyStopping: EarlyStopping? = nil, deadline: Deadline? = nil) {
        self.epochs = epochs
        self.tolerance = tolerance
        self.earlyStopping = earlyStopping
        self.deadline = deadline
    }

    /// Runs `process` to the first stop rule that applies.
    public func run<Process: IterativeProcess>(_ process: inout Process, withValidation: Bool) -> TrainingResult {
        var run = State(history: History(withValidation: withValidation, withOptimum: optimum != nil), lastPoint: process.point,
                        monitor: earlyStopping?.monitor())
        switch record(&process, epoch: 0, into: &run) {
        case let .failed(cause): return run.end(.diverged(epoch: 0, cause: cause), restoring: nil)
        case .interrupted: return run.end(.timedOut(epoch: 0), restoring: nil)
        case .recorded: break
        }
        if converged(run.history) { return run.end(.converged(epoch: 0), restoring: nil) }
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            if deadline?.hasPassed == true { return run.end(.timedOut(epoch: epoch - 1), restoring: earlyStopping) }
            let step: IterationStep
            do { step = try process.advance(deadline: deadline) } catch is DeadlineExceeded {
                return run.end(.timedOut(epoch: epoch - 1), restoring: earlyStopping)
            } catch {
                return run.end(.diverged(epoch: epoch, cause: .failed("\(error)")), restoring: nil)
            }
            switch step {
            case .interrupted: return run.end(.timedOut(epoch: epoch - 1), restoring: earlyStopping)
            case .stalled: return run.end(.stalled(epoch: epoch - 1), restoring: earlyStopping)
            case let .moved(rate): run.history.learningRate[run.history.count - 1] = rate
            }
            switch record(&process, epoch: epoch, into: &run) {
            case let .failed(cause): return run.end(.diverged(epoch: epoch, cause: cause), restoring: nil)
            case .interrupted: return run.end(.timedOut(epoch: epoch - 1), restoring: earlyStopping)
            case .recorded: break
            }
            if converged(run.history) { return run.end(.converged(epoch: epoch), restoring: earlyStopping) }
            if let loss = run.history.validationLoss?.last,
               run.monitor?.observe(epoch: epoch, loss: loss, parameters: run.lastPoint) == true {
                let best = run.monitor?.bestEpoch ?? epoch
                return run.end(.earlyStopped(epoch: epoch, bestEpoch: best), restoring: earlyStopping)
            }
        }
        return run.end(.maxEpochs(epoch: epochs), restoring: earlyStopping)
    }

    private enum Recording { case recorded, failed(DivergenceCause), interrupted }

    /// Evaluates the process's point as entry `epoch` and appends it with the pending rate.
    private func record<Process: IterativeProcess>(_ process: inout Process, epoch: Int, into run: inout State) -> Recording {
        let entry: IterationEntry?
        do { entry = try process.evaluate(epoch: epoch) } catch is DeadlineExceeded { return .interrupted } catch {
            return .failed(.failed("\(error)"))
        }
        guard let entry else { return .failed(.nonFinite) }
        run.history.append(epoch: epoch, trainLoss: entry.trainLoss, validationLoss: entry.validationLoss,
                           objective: entry.objective, learningRate: process.pendingRate, gradientNorm: entry.gradientNorm)
        if let iterate = entry.iterate { run.history.iterates.append(iterate) }
        if let optimum {
            run.history.appendOptimum(distance: optimum.distance(from: process.point), gap: optimum.gap(objective: entry.objective))
        }
        run.lastPoint = process.point
        observer?(EpochReport(epoch: epoch, epochs: epochs, trainLoss: entry.trainLoss))
        return .recorded
    }

    private func converged(_ history: History) -> Bool {
        tolerance > 0 && (history.gradientNorm.last ?? .infinity) < tolerance
    }

    /// The loop's record: the history, the last recorded (finite) parameters, the early-stopping monitor.
    private struct State {
        var history: History
        var lastPoint: [Double]
        var monitor: EarlyStopping.Monitor?

        /// The result with `status`; the best epoch's parameters when `restoring` asks for them and one was seen.
        func end(_ status: TrainingStatus, restoring rule: EarlyStopping?) -> TrainingResult {
            if rule?.restoreBest == true, let best = monitor?.bestParameters, !best.isEmpty {
                return TrainingResult(history: history, status: status, parameters: best)
            }
            return TrainingResult(history: history, status: status, parameters: lastPoint)
        }
    }
}
