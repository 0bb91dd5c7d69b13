/// Strong-Wolfe line search (Nocedal & Wright, Algorithms 3.5 and 3.6) along a descent direction p.
///
/// Finds α with `φ(α) ≤ φ(0) + c₁αφ′(0)` (sufficient decrease) and `|φ′(α)| ≤ c₂|φ′(0)|` (curvature), where
/// `φ(α) = f(x + αp)`: the trial step doubles until the minimum is bracketed, then `zoom` shrinks the bracket by
/// safeguarded cubic interpolation. With `refine`, one secant step on φ′ follows the accepted α and is kept when it
/// lowers `|φ′|` without raising φ; on a quadratic that step is exact, which gives conjugate gradients their
/// finite termination (at most d steps on a d-dimensional SPD quadratic).
public struct WolfeLineSearch: Sendable {
    /// Sufficient-decrease constant c₁ (1e-4, as SciPy).
    public var c1: Double
    /// Curvature constant c₂ (0.4 for CG as SciPy's `minimize(method='CG')`, 0.9 for quasi-Newton).
    public var c2: Double
    /// Refine the accepted step by one secant step on φ′.
    public var refine: Bool
    /// Maximum function evaluations per search.
    public var maxEvaluations: Int = 40

    /// Creates a line search; requires `0 < c1 < c2 < 1`.
    public init(c1: Double = 1e-4, c2: Double = 0.9, refine: Bool = false) {
        precondition(0 < c1 && c1 < c2 && c2 < 1, "need 0 < c1 < c2 < 1")
        self.c1 = c1
        self.c2 = c2
        self.refine = refine
    }

    /// A trial point on the line.
    struct Trial {
        var alpha: Double
        var iterate: Iterate
        var slope: Double
    }

    /// The accepted iterate along `direction` from `current`, or `nil` when p is not a descent direction or no
    /// step satisfying sufficient decrease was found.
    public func search(_ function: any DifferentiableFunction, from current: Iterate, direction: [Double],
                       initialStep: Double) throws -> Iterate? {
        let slope0 = dot(current.gradient, direction)
        guard slope0 < 0, initialStep > 0, initialStep.isFinite else { return nil }
        let origin = Trial(alpha: 0, iterate: current, slope: slope0)
        var previous = origin
        var alpha = initialStep
        for count in 0..<maxEvaluations {
            let trial = try evaluate(function, current, direction, alpha)
            if !trial.iterate.value.isFinite || violatesDecrease(trial, origin) || (count > 0 && trial.iterate.value >= previous.iterate.value) {
                return try finish(function, current, direction, origin, zoom(function, current, direction, origin, low: previous, high: trial))
            }
            if abs(trial.slope) <= -c2 * slope0 { return try finish(function, current, direction, origin, trial) }
            if trial.slope >= 0 {
                return try finish(function, current, direction, origin, zoom(function, current, direction, origin, low: trial, high: previous))
            }
            previous = trial
            alpha *= 2
        }
        return previous.alpha > 0 ? previous.iterate : nil
    }

    func evaluate(_ function: any DifferentiableFunction, _ current: Iterate, _ direction: [Double], _ alpha: Double) throws -> Trial {
        let point = zip(current.point, direction).map { $0 + alpha * $1 }
        let iterate = try function.iterate(at: point, stepLength: alpha)
        let slope = iterate.gradient.allSatisfy { $0.isFinite } ? dot(iterate.gradient, direction) : .nan
        return Trial(alpha: alpha, iterate: iterate, slope: slope)
    }

    func violatesDecrease(_ trial: Trial, _ origin: Trial) -> Bool {
        !(trial.iterate.value <= origin.iterate.value + c1 * trial.alpha * origin.slope)
    }

    /// Shrinks the bracket [low, high] (low satisfies sufficient decrease and has the lower value).
    func zoom(_ function: any DifferentiableFunction, _ current: Iterate, _ direction: [Double], _ origin: Trial,
              low lowStart: Trial, high highStart: Trial) throws -> Trial? {
        var low = lowStart, high = highStart
        for _ in 0..<maxEvaluations {
            let alpha = interpolate(low, high)
            let trial = try evaluate(function, current, direction, alpha)
            if !trial.iterate.value.isFinite || violatesDecrease(trial, origin) || trial.iterate.value >= low.iterate.value {
                high = trial
            } else {
                if abs(trial.slope) <= -c2 * origin.slope { return trial }
                if trial.slope * (high.alpha - low.alpha) >= 0 { high = low }
                low = trial
            }
            if abs(high.alpha - low.alpha) <= 1e-16 * max(low.alpha, high.alpha) { break }
        }
        return low.alpha > 0 ? low : nil
    }

    /// Minimizer of the cubic through both ends (values and slopes), kept inside the middle 80 % of the bracket;
    /// bisection when the cubic is not usable.
    func interpolate(_ a: Trial, _ b: Trial) -> Double {
        let lo = min(a.alpha, b.alpha), hi = max(a.alpha, b.alpha), width = hi - lo
        let middle = lo + width / 2
        guard a.iterate.value.isFinite, b.iterate.value.isFinite, a.slope.isFinite, b.slope.isFinite else { return middle }
        let d1 = a.slope + b.slope - 3 * (a.iterate.value - b.iterate.value) / (a.alpha - b.alpha)
        let radicand = d1 * d1 - a.slope * b.slope
        guard radicand >= 0 else { return middle }
        let d2 = (b.alpha > a.alpha ? 1.0 : -1.0) * radicand.squareRoot()
        let alpha = b.alpha - (b.alpha - a.alpha) * (b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2)
        guard alpha.isFinite, alpha >= lo + 0.1 * width, alpha <= hi - 0.1 * width else { return middle }
        return alpha
    }

    /// Applies the optional secant refinement to the accepted trial.
    func finish(_ function: any DifferentiableFunction, _ current: Iterate, _ direction: [Double], _ origin: Trial,
                _ accepted: Trial?) throws -> Iterate? {
        guard let accepted else { return nil }
        guard refine, accepted.slope.isFinite, accepted.slope > origin.slope,
              abs(accepted.slope) > 1e-14 * abs(origin.slope) else { return accepted.iterate }
        let alpha = accepted.alpha * origin.slope / (origin.slope - accepted.slope)
        guard alpha.isFinite, alpha > 0 else { return accepted.iterate }
        let trial = try evaluate(function, current, direction, alpha)
        let better = trial.iterate.isFinite && trial.iterate.value <= accepted.iterate.value
            && abs(trial.slope) <= abs(accepted.slope) && !violatesDecrease(trial, origin)
        return better ? trial.iterate : accepted.iterate
    }
}
