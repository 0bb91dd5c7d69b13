/// The exact minimizer of linear regression with mean squared error and an optional L2 penalty:
/// `min_{w,b} (1/N)‖y − Xw − b‖² + l2‖w‖²`.
///
/// Solved as the stacked least-squares problem `[X 1; √(N·l2) I 0] [w; b] ≈ [y; 0]` by Householder QR,
/// which is the normal-equation solution `(XᵀX + N·l2·I′) θ = Xᵀy` (bias unpenalized) without squaring the
/// condition number.
public enum ClosedForm {
    /// `[w₁…w_d, b]`, or `nil` when the features are collinear and `l2 = 0`.
    public static func solve(_ data: Dataset, l2: Double) -> [Double]? {
        let n = data.count, d = data.featureCount
        let penaltyRows = l2 > 0 ? d : 0
        var a = Matrix(rows: n + penaltyRows, columns: d + 1)
        var b = [Double](repeating: 0, count: n + penaltyRows)
        for r in 0..<n {
            for c in 0..<d { a[r, c] = data.features[r, c] }
            a[r, d] = 1
            b[r] = data.targets[r]
        }
        let root = (Double(n) * l2).squareRoot()
        for j in 0..<penaltyRows { a[n + j, j] = root }
        return LeastSquares.solve(a, b)
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
