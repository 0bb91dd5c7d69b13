/// k-fold cross-validation splits, as scikit-learn's `KFold(n_splits=k, shuffle=…)`: the rows (in order, or in a
/// seeded permutation) are cut into k consecutive folds, the first `n % k` of them one row longer; fold i is the
/// validation part of split i and the other rows, in ascending order, its training part.
///
/// With `shuffle` the permutation is drawn from nbrun's `SeededGenerator(seed:)` (Fisher–Yates), so the folds
/// differ from numpy's for the same seed; without it they are scikit-learn's exactly.
public struct KFold: Equatable, Sendable {
    /// Number of folds, 2 or more.
    public var folds: Int
    /// The seed of the permutation; `nil` keeps the rows in order.
    public var shuffleSeed: UInt64?

    /// Creates the rule.
    public init(folds: Int, shuffleSeed: UInt64? = nil) {
        self.folds = folds
        self.shuffleSeed = shuffleSeed
    }

    /// The validation rows of each fold, each ascending, for `count` rows (`count ≥ folds`).
    public func validationRows(count: Int) -> [[Int]] {
        var order = Array(0..<count)
        if let shuffleSeed {
            var generator = SeededGenerator(seed: shuffleSeed)
            order = generator.permutation(count)
        }
        var rows: [[Int]] = [], start = 0
        for fold in 0..<folds {
            let size = count / folds + (fold < count % folds ? 1 : 0)
            rows.append(order[start..<(start + size)].sorted())
            start += size
        }
        return rows
    }

    /// The training rows of each fold: every row not in its validation part, ascending.
    public func trainingRows(count: Int) -> [[Int]] {
        validationRows(count: count).map { held in
            var isHeld = [Bool](repeating: false, count: count)
            for row in held { isHeld[row] = true }
            return (0..<count).filter { !isHeld[$0] }
        }
    }
}
