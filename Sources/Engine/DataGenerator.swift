/// Seeded synthetic data sets for teaching. Each generator checks `limit` every `rowsPerCheck` rows (a row costs
/// one random draw per feature), so a time limit also bounds generating a large data set.
public enum DataGenerator {
    /// Rows generated between two checks of the time limit.
    public static let rowsPerCheck = 1024

    /// `y = w·x + b + noise·ε`, `x` uniform in [low, high) per feature, `ε` standard normal.
    public static func linear<Limit: WorkLimit>(count: Int, weights: [Double], bias: Double, noise: Double, low: Double = 0,
                                                high: Double = 1, seed: UInt64, limit: Limit = Unlimited()) throws(Limit.Failure) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        var features = Matrix(rows: count, columns: weights.count)
        var targets = [Double](repeating: 0, count: count)
        for r in 0..<count {
            if r > 0, r % rowsPerCheck == 0 { try limit.check() }
            var y = bias
            for c in weights.indices {
                let x = generator.uniform(low, high)
                features[r, c] = x
                y += weights[c] * x
            }
            targets[r] = y + noise * generator.normal()
        }
        return Dataset(features: features, targets: targets)
    }

    /// `y = Σₖ cₖ xᵏ + noise·ε` with one feature `x` uniform in [low, high); `coefficients[0]` is the constant.
    public static func polynomial<Limit: WorkLimit>(count: Int, coefficients: [Double], noise: Double, low: Double = -1,
                                                    high: Double = 1, seed: UInt64, limit: Limit = Unlimited()) throws(Limit.Failure) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        var features = Matrix(rows: count, columns: 1)
        var targets = [Double](repeating: 0, count: count)
        for r in 0..<count {
            if r > 0, r % rowsPerCheck == 0 { try limit.check() }
            let x = generator.uniform(low, high)
            features[r, 0] = x
            var y = 0.0, power = 1.0
            for c in coefficients {
                y += c * power
                power *= x
            }
            targets[r] = y + noise * generator.normal()
        }
        return Dataset(features: features, targets: targets)
    }

    /// Gaussian blobs: `count` points split evenly over `centers`, each point `center + spread·ε` (2-D or more).
    /// Targets are the blob indices 0, 1, ….
    public static func blobs<Limit: WorkLimit>(count: Int, centers: [[Double]], spread: Double, seed: UInt64,
                                               limit: Limit = Unlimited()) throws(Limit.Failure) -> Dataset {
        precondition(!centers.isEmpty, "no centers")
        var generator = SeededGenerator(seed: seed)
        let dimension = centers[0].count
        var features = Matrix(rows: count, columns: dimension)
        var targets = [Double](repeating: 0, count: count)
        for r in 0..<count {
            if r > 0, r % rowsPerCheck == 0 { try limit.check() }
            let label = r % centers.count
            for c in 0..<dimension { features[r, c] = centers[label][c] + spread * generator.normal() }
            targets[r] = Double(label)
        }
        return Dataset(features: features, targets: targets, classNames: centers.indices.map { "class \($0)" })
    }

    /// Default blob centers: evenly spaced on a circle of radius 2.5 around the origin (2-D).
    public static func defaultCenters(_ count: Int) -> [[Double]] {
        if count == 2 { return [[-1.5, -1], [1.5, 1]] }
        return (0..<count).map { k in
            let angle = 2 * Double.pi * Double(k) / Double(count)
            return [2.5 * _cos(angle), 2.5 * _cos(angle - Double.pi / 2)]
        }
    }
}
