/// Newton's method with a safeguarded direction and Armijo backtracking.
///
/// Direction: solve `H p = −g` by Cholesky. When H is not positive definite, damping `λI` is added and the solve
/// retried with `λ = 10⁻⁸·s, 10⁻⁶·s, …, s` (s = max(1, max|Hᵢᵢ|)); when every attempt fails, or p is not a
/// descent direction, `p = −g`. Step: α = 1, halved until `f(x + αp) ≤ f(x) + c₁α gᵀp` (c₁ = 1e-4), so the value
/// never increases. Without an analytic Hessian, H is the symmetrized central difference of the gradient.
/// On a quadratic with SPD Hessian, one step lands on the minimum.
public struct NewtonMethod: SearchMethod {
    /// Sufficient-decrease constant c₁.
    public let c1: Double
    /// Largest dimension accepted: the Hessian has d² entries and the solve costs d³/3.
    public let maxDimension: Int

    /// Creates the method (`maxDimension` defaults to 2000 parameters).
    public init(c1: Double = 1e-4, maxDimension: Int = 2000) {
        self.c1 = c1
        self.maxDimension = maxDimension
    }

    /// One damped Newton step with backtracking.
    public mutating func advance(_ function: any DifferentiableFunction, from current: Iterate) throws -> Iterate? {
        let d = current.point.count
        guard d <= maxDimension else {
            throw EngineError.invalidSetting("newton needs a \(d) × \(d) Hessian and a cubic-cost solve each step, too much above \(maxDimension) parameters; use lbfgs, which builds curvature from gradients only")
        }
        let hessian = try function.hessian(current.point) ?? NewtonMethod.differenceHessian(function, at: current.point)
        let direction = try NewtonMethod.direction(hessian, gradient: current.gradient, limit: function.deadline)
        let slope = dot(direction, current.gradient)
        var alpha = 1.0
        for _ in 0..<60 {
            let point = zip(current.point, direction).map { $0 + alpha * $1 }
            let next = try function.iterate(at: point, stepLength: alpha)
            if next.value.isFinite, next.value <= current.value + c1 * alpha * slope { return next }
            alpha /= 2
        }
        return nil
    }

    /// The damped Newton direction (or −g); the factorizations check `limit` once per column.
    static func direction(_ hessian: Matrix, gradient: [Double], limit: Deadline?) throws(DeadlineExceeded) -> [Double] {
        let negative = gradient.map { -$0 }
        guard hessian.isFinite else { return negative }
        var scale = 1.0
        for i in 0..<hessian.rows { scale = max(scale, abs(hessian[i, i])) }
        for damping in [0, 1e-8, 1e-6, 1e-4, 1e-2, 1] {
            var damped = hessian
            for i in 0..<damped.rows { damped[i, i] += damping * scale }
            if let p = try Cholesky.solve(damped, negative, limit: limit), p.allSatisfy({ $0.isFinite }), dot(p, gradient) < 0 { return p }
        }
        return negative
    }

    /// `(∇f(x + h eⱼ) − ∇f(x − h eⱼ)) / 2h` per column, `h = 10⁻⁵·max(1, |xⱼ|)`, then `(H + Hᵀ)/2`.
    static func differenceHessian(_ function: any DifferentiableFunction, at x: [Double]) throws -> Matrix {
        let d = x.count
        var h = Matrix(rows: d, columns: d)
        var probe = x
        for j in 0..<d {
            let step = 1e-5 * max(1, abs(x[j]))
            probe[j] = x[j] + step
            let up = try function.gradient(probe)
            probe[j] = x[j] - step
            let down = try function.gradient(probe)
            probe[j] = x[j]
            for i in 0..<d { h[i, j] = (up[i] - down[i]) / (2 * step) }
        }
        for i in 0..<d {
            for j in (i + 1)..<max(d, i + 1) {
                let mean = (h[i, j] + h[j, i]) / 2
                h[i, j] = mean
                h[j, i] = mean
            }
        }
        return h
    }
}

extension NewtonMethod {
    /// `newton`: no settings (c₁ = 1e-4, at most 2000 parameters).
    public struct Settings: OptimizerSettings {
        /// newton.
        public var name: String { "newton" }
        /// Loop family: line search.
        public var family: OptimizerFamily { .lineSearch }

        /// The defaults.
        public init() {}

        /// None.
        public static var fields: [SettingField<Settings>] { [] }

        /// The method.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod { .lineSearch(NewtonMethod()) }

        /// Refused above `NewtonMethod().maxDimension` (2000) parameters: the d × d Hessian and its d³/3 solve.
        public func refusal(parameterCount count: Int) -> OptimizerRefusal? {
            guard count > NewtonMethod().maxDimension else { return nil }
            return OptimizerRefusal(message: "newton builds a \(count) × \(count) Hessian (\(count * count) entries) and solves it every step (d³/3 operations), too much for \(count) parameters",
                                    hint: "use lbfgs: it builds curvature from the last 10 gradients and costs O(d) per step")
        }
    }
}
