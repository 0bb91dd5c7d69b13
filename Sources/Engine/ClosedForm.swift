/// The exact minimizer of linear regression with mean squared error and an optional L2 penalty:
/// `min_{w,b} (1/N)‖y − Xw − b‖² + l2‖w‖²`.
///
/// Solved as the stacked least-squares problem `[X 1; √(N·l2) I 0] [w; b] ≈ [y; 0]` by Householder QR,
/// which is the normal-equation solution `(XᵀX + N·l2·I′) θ = Xᵀy` (bias unpenalized) without squaring the
/// condition number.
public enum ClosedForm {
    /// `[w₁…w_d, b]`, or `nil` when the features are collinear and `l2 = 0`; stops with `limit`'s failure once it
    /// is reached (see `LeastSquares.solve`).
    public static func solve<Limit: WorkLimit>(_ data: Dataset, l2: Double, limit: Limit = Unlimited()) throws(Limit.Failure) -> [Double]? {
        let n = data.count, d = data.featureCount
        let penaltyRows = l2 > 0 ? d : 0
        let root = (Double(n) * l2).squareRoot()
        return try data.features.storage.withUnsafeBufferPointer { (features) throws(Limit.Failure) in
            try data.targets.withUnsafeBufferPointer { (targets) throws(Limit.Failure) in
                try LeastSquares.solve(rows: n + penaltyRows, unknowns: d + 1, limit: limit) { row, column in
                    if row >= n { return column == row - n ? root : 0 }
                    if column < d { return features[row * d + column] }
                    return column == d ? 1 : targets[row]
                }
            }
        }
    }
}

extension ClosedForm {
    /// `closed_form`: no settings; linear regression with mse (and l2) only.
    public struct Settings: OptimizerSettings {
        /// closed_form.
        public var name: String { "closed_form" }
        /// Loop family: exact.
        public var family: OptimizerFamily { .exact }

        /// The defaults.
        public init() {}

        /// None.
        public static var fields: [SettingField<Settings>] { [] }

        /// The exact solve.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod { .exact }
    }
}
