/// How one step of a process ended.
public enum IterationStep: Equatable, Sendable {
    /// The point moved with this rate (learning rate or accepted step length α).
    case moved(rate: Double)
    /// No step lowers the value any more (a line search stalled).
    case stalled
    /// The deadline passed in the middle of the step.
    case interrupted
}
