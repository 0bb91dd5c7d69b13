/// Nonlinear conjugate gradients, Polak–Ribière+ (SciPy `minimize(method='CG')`).
///
/// `p₀ = −g₀`; after each step `β = max(0, g₊·(g₊ − g)/(g·g))`, `p₊ = −g₊ + βp` (restart with −g₊ when that is not a
/// descent direction). Strong-Wolfe line search with c₁ = 1e-4, c₂ = 0.4, plus one secant refinement so that on an
/// SPD quadratic the step is exact and the method ends in at most d steps. First trial step as SciPy:
/// `min(1, 2.02·(f − f_prev)/φ′(0))`, with `f_prev = f + ‖g‖/2` on the first iteration.
public struct ConjugateGradient: SearchMethod {
    private var direction: [Double]?
    private var previousValue: Double?
    /// The line search.
    public var lineSearch = WolfeLineSearch(c1: 1e-4, c2: 0.4, refine: true)

    /// Creates the method.
    public init() {}

    /// One CG step.
    public mutating func advance(_ function: any DifferentiableFunction, from current: Iterate) throws -> Iterate? {
        var p = direction ?? current.gradient.map { -$0 }
        if dot(p, current.gradient) >= 0 { p = current.gradient.map { -$0 } }
        let slope = dot(p, current.gradient)
        guard slope < 0 else { return nil }
        let before = previousValue ?? current.value + euclideanNorm(current.gradient) / 2
        var initial = min(1, 2.02 * (current.value - before) / slope)
        if !(initial > 0) || !initial.isFinite { initial = 1 }
        guard let next = try lineSearch.search(function, from: current, direction: p, initialStep: initial) else {
            direction = nil
            return nil
        }
        let g = current.gradient, gNext = next.gradient
        let beta = max(0, dot(gNext, zip(gNext, g).map { $0 - $1 }) / dot(g, g))
        direction = zip(gNext, p).map { -$0 + (beta.isFinite ? beta : 0) * $1 }
        previousValue = current.value
        return next
    }
}

extension ConjugateGradient {
    /// `cg`: no settings (Polak–Ribière+, strong Wolfe c₁ = 1e-4, c₂ = 0.4).
    public struct Settings: OptimizerSettings {
        /// cg.
        public var name: String { "cg" }
        /// Loop family: line search.
        public var family: OptimizerFamily { .lineSearch }

        /// The defaults.
        public init() {}

        /// None.
        public static var fields: [SettingField<Settings>] { [] }

        /// The method.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod { .lineSearch(ConjugateGradient()) }
    }
}
