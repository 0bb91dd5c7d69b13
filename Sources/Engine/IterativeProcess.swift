/// One kind of run as the `IterationDriver` drives it: a point, a way to evaluate it as a history entry, and a
/// way to step from it. The driver owns every stop rule; a process only computes.
public protocol IterativeProcess {
    /// The current parameters (after `advance`, the candidate the next `evaluate` checks).
    var point: [Double] { get }
    /// The rate the next step from `point` will use, recorded as the newest entry's learning rate until a step
    /// reports the rate it really used: the scheduled rate for first-order methods, the previous step length
    /// (0 before any step) for line searches.
    var pendingRate: Double { get }
    /// Evaluates `point` as history entry `epoch`; `nil` when anything in it is NaN or infinite (the run diverged
    /// as `.nonFinite`). A thrown error (e.g. a formula's domain error) ends the run as diverged with its description.
    mutating func evaluate(epoch: Int) throws -> IterationEntry?
    /// One epoch or iteration from `point`, checking `deadline` inside long epochs.
    mutating func advance(deadline: Deadline?) throws -> IterationStep
}
