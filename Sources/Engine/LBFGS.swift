/// Limited-memory BFGS (Nocedal & Wright, Algorithm 7.4/7.5): the direction `p = −H g` from the two-loop
/// recursion over the last m pairs `s = x₊ − x`, `y = g₊ − g` with initial scaling `H₀ = (sᵀy / yᵀy) I`;
/// Wolfe line search with c₁ = 1e-4, c₂ = 0.9, trial step 1 (the first step, along −g, tries `min(1, 1/‖g‖)`).
/// Pairs with `sᵀy ≤ 10⁻¹⁰·yᵀy` are skipped so H stays positive definite.
public struct LBFGS: SearchMethod {
    /// Number of stored pairs m (SciPy's default 10).
    public let memory: Int
    private var pairs: [(s: [Double], y: [Double], rho: Double)] = []
    /// The line search.
    public var lineSearch = WolfeLineSearch(c1: 1e-4, c2: 0.9)

    /// Creates the method; `memory` must be at least 1.
    public init(memory: Int = 10) throws {
        guard memory >= 1 else { throw EngineError.invalidSetting("lbfgs memory must be at least 1, got \(memory)") }
        self.memory = memory
    }

    /// One L-BFGS step.
    public mutating func advance(_ function: any DifferentiableFunction, from current: Iterate) throws -> Iterate? {
        var p = twoLoop(current.gradient)
        if dot(p, current.gradient) >= 0 {
            pairs.removeAll()
            p = current.gradient.map { -$0 }
        }
        let initial = pairs.isEmpty ? min(1, 1 / max(euclideanNorm(current.gradient), 1e-300)) : 1
        guard let next = try lineSearch.search(function, from: current, direction: p, initialStep: initial) else {
            if pairs.isEmpty { return nil }
            pairs.removeAll()
            return try advance(function, from: current)
        }
        let s = zip(next.point, current.point).map { $0 - $1 }
        let y = zip(next.gradient, current.gradient).map { $0 - $1 }
        let sy = dot(s, y), yy = dot(y, y)
        if sy > 1e-10 * yy, sy.isFinite {
            pairs.append((s, y, 1 / sy))
            if pairs.count > memory { pairs.removeFirst() }
        }
        return next
    }

    /// `−H g` by the two-loop recursion.
    func twoLoop(_ gradient: [Double]) -> [Double] {
        var q = gradient
        var alphas = [Double](repeating: 0, count: pairs.count)
        for i in stride(from: pairs.count - 1, through: 0, by: -1) {
            alphas[i] = pairs[i].rho * dot(pairs[i].s, q)
            for j in q.indices { q[j] -= alphas[i] * pairs[i].y[j] }
        }
        if let last = pairs.last {
            let gamma = dot(last.s, last.y) / dot(last.y, last.y)
            for j in q.indices { q[j] *= gamma }
        }
        for i in pairs.indices {
            let beta = pairs[i].rho * dot(pairs[i].y, q)
            for j in q.indices { q[j] += (alphas[i] - beta) * pairs[i].s[j] }
        }
        return q.map { -$0 }
    }
}

extension LBFGS {
    /// `lbfgs`: memory m = 10 pairs (SciPy's default), 1 to 100.
    public struct Settings: OptimizerSettings {
        /// Number of stored pairs.
        public var memory = 10
        /// lbfgs.
        public var name: String { "lbfgs" }
        /// Loop family: line search.
        public var family: OptimizerFamily { .lineSearch }

        /// The defaults.
        public init() {}

        /// memory.
        public static var fields: [SettingField<Settings>] { [.integer("memory", \.memory, 1...100)] }

        /// The method.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod { .lineSearch(try LBFGS(memory: memory)) }
    }
}
