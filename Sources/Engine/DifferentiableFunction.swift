/// A smooth function `f: ℝᵈ → ℝ` evaluated on the full data (or a formula), with its gradient and, when known,
/// its Hessian. The line-search and second-order methods (`NewtonMethod`, `ConjugateGradient`, `LBFGS`) and
/// `ObjectiveMinimizer` work on this protocol only, so training objectives and formula objectives share them.
///
/// Any method may throw, e.g. a domain error such as the log of a negative number; a minimizer ends the run as
/// diverged with the error's description as the reason.
public protocol DifferentiableFunction {
    /// Number of arguments d.
    var dimension: Int { get }
    /// `f(x)`.
    func value(_ x: [Double]) throws -> Double
    /// `∇f(x)`.
    func gradient(_ x: [Double]) throws -> [Double]
    /// `∇²f(x)` (d × d), or `nil` when not available (Newton then differentiates the gradient numerically).
    func hessian(_ x: [Double]) throws -> Matrix?
    /// `f(x)` and `∇f(x)` together (override when one pass computes both).
    func valueAndGradient(_ x: [Double]) throws -> (value: Double, gradient: [Double])
    /// The time limit of the minimization (`nil`: none): evaluations throw `DeadlineExceeded` once it passes, and a
    /// method checks it in its own long work (Newton's factorizations).
    var deadline: Deadline? { get }
}

extension DifferentiableFunction {
    /// No time limit unless a function has one.
    public var deadline: Deadline? { nil }

    /// Calls `value` and `gradient`.
    public func valueAndGradient(_ x: [Double]) throws -> (value: Double, gradient: [Double]) {
        (try value(x), try gradient(x))
    }

    /// `f` at `x`, packaged with its gradient as an `Iterate` reached with step length `stepLength`.
    public func iterate(at x: [Double], stepLength: Double = 0) throws -> Iterate {
        let (v, g) = try valueAndGradient(x)
        return Iterate(point: x, value: v, gradient: g, stepLength: stepLength)
    }
}

/// A point of an iterative minimization with its value and gradient.
public struct Iterate: Equatable, Sendable {
    /// The point x.
    public var point: [Double]
    /// `f(x)`.
    public var value: Double
    /// `∇f(x)`.
    public var gradient: [Double]
    /// Length α of the step that reached this point (the learning rate for first-order methods).
    public var stepLength: Double

    /// Creates an iterate.
    public init(point: [Double], value: Double, gradient: [Double], stepLength: Double = 0) {
        self.point = point
        self.value = value
        self.gradient = gradient
        self.stepLength = stepLength
    }

    /// `true` when the value, the gradient and the point are all finite.
    public var isFinite: Bool {
        value.isFinite && gradient.allSatisfy { $0.isFinite } && point.allSatisfy { $0.isFinite }
    }
}

/// One full-batch iteration rule on a `DifferentiableFunction`.
public protocol SearchMethod {
    /// The iterate after one step from `current`, or `nil` when no step lowers the value any more
    /// (the line search stalled: a minimum to machine precision, or a kink of a non-smooth function).
    mutating func advance(_ function: any DifferentiableFunction, from current: Iterate) throws -> Iterate?
    /// The rate the next step will use when known in advance (first-order methods); `nil` for line searches,
    /// whose step length the step finds (default).
    var plannedStepLength: Double? { get }
}
