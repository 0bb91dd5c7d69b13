import Foundation

extension DataGenerator {
    /// Two-dimensional classification shapes: `moons`, `circles`, `xor` and `spiral` (with `classes` arms).
    ///
    /// moons: two interleaving half circles (as scikit-learn's `make_moons`); circles: an inner circle of radius
    /// 0.5 inside a unit circle; xor: uniform in [−1, 1]², class = sign(x₁)·sign(x₂) > 0; spiral: `classes` arms
    /// of radius 0…1 turning by 4 radians. Gaussian noise of standard deviation `noise` is added to each point.
    /// `limit` is checked every `rowsPerCheck` rows.
    public static func shapes<Limit: WorkLimit>(_ kind: DataShape, count: Int, classes: Int, noise: Double, seed: UInt64,
                                                limit: Limit = Unlimited()) throws(Limit.Failure) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        var features = Matrix(rows: count, columns: 2)
        var targets = [Double](repeating: 0, count: count)
        let arms = kind == .spiral ? max(classes, 2) : 2
        for r in 0..<count {
            if r > 0, r % rowsPerCheck == 0 { try limit.check() }
            let label = r % arms
            var point: (Double, Double)
            switch kind {
            case .moons:
                let t = Double.pi * generator.uniform()
                point = label == 0 ? (cos(t), sin(t)) : (1 - cos(t), 0.5 - sin(t))
            case .circles:
                let t = 2 * Double.pi * generator.uniform()
                let radius = label == 0 ? 1.0 : 0.5
                point = (radius * cos(t), radius * sin(t))
            case .xor:
                let a = generator.uniform(-1, 1), b = generator.uniform(-1, 1)
                point = (a, b)
                targets[r] = (a > 0) == (b > 0) ? 1 : 0
            default:
                let radius = generator.uniform()
                let angle = Double(label) * 2 * Double.pi / Double(arms) + 4 * radius
                point = (radius * cos(angle), radius * sin(angle))
            }
            if kind != .xor { targets[r] = Double(label) }
            features[r, 0] = point.0 + noise * generator.normal()
            features[r, 1] = point.1 + noise * generator.normal()
        }
        let names = (0..<arms).map { "class \($0)" }
        return Dataset(features: features, targets: targets, featureNames: ["x1", "x2"], classNames: names)
    }
}
