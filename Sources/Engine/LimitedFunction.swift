/// A `DifferentiableFunction` whose every evaluation first checks a deadline: `ObjectiveMinimizer` wraps a formula
/// in it, so a line search or a difference Hessian stops between two evaluations once the time limit passes.
struct LimitedFunction: DifferentiableFunction {
    /// The function evaluated.
    let base: any DifferentiableFunction
    /// The time limit checked before each evaluation.
    let limit: Deadline

    /// `base`, checking `deadline` before each evaluation.
    init(_ base: any DifferentiableFunction, deadline: Deadline) {
        self.base = base
        limit = deadline
    }

    /// The base function's dimension.
    var dimension: Int { base.dimension }

    /// The time limit, for the methods' own long work.
    var deadline: Deadline? { limit }

    /// `f(x)` unless the deadline has passed.
    func value(_ x: [Double]) throws -> Double {
        try limit.check()
        return try base.value(x)
    }

    /// `∇f(x)` unless the deadline has passed.
    func gradient(_ x: [Double]) throws -> [Double] {
        try limit.check()
        return try base.gradient(x)
    }

    /// `∇²f(x)` unless the deadline has passed.
    func hessian(_ x: [Double]) throws -> Matrix? {
        try limit.check()
        return try base.hessian(x)
    }

    /// Both in one evaluation unless the deadline has passed.
    func valueAndGradient(_ x: [Double]) throws -> (value: Double, gradient: [Double]) {
        try limit.check()
        return try base.valueAndGradient(x)
    }
}
