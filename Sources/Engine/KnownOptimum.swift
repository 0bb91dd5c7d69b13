/// A minimizer θ* of the run's objective and its value J* = J(θ*), known before training (the closed-form
/// least-squares solution of a linear + mse run, or a formula's minimizer given in the config). With one, the
/// `IterationDriver` records the distance ‖θ − θ*‖ and the gap J(θ) − J* of every entry.
public struct KnownOptimum: Equatable, Sendable {
    /// θ*, in the order of the run's parameters.
    public var point: [Double]
    /// J(θ*), the objective (mean loss plus penalty) at θ*.
    public var value: Double

    /// Creates an optimum.
    public init(point: [Double], value: Double) {
        self.point = point
        self.value = value
    }

    /// ‖θ − θ*‖₂ (θ must have the optimum's size).
    public func distance(from theta: [Double]) -> Double {
        euclideanNorm(zip(theta, point).map { $0 - $1 })
    }

    /// J(θ) − J*: at most rounding below zero when θ* really minimizes J, never clamped.
    public func gap(objective: Double) -> Double { objective - value }
}
