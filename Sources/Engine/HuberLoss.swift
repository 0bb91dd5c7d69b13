/// Huber loss (torch `HuberLoss`, default δ = 1): with `d = ŷ − y`,
/// `½d²` if `|d| < δ`, else `δ(|d| − ½δ)`; derivative `d` inside, `δ·sign(d)` outside.
///
/// Quadratic near the target like `mse` (times ½), linear in the tails like `mae`, so outliers pull less.
public struct HuberLoss: Loss, TwiceDifferentiableLoss {
    /// Threshold δ > 0 between the quadratic and the linear part.
    public let delta: Double

    /// Creates the loss with threshold `delta` (torch's default 1).
    public init(delta: Double = 1) {
        precondition(delta > 0, "delta must be positive")
        self.delta = delta
    }

    /// `huber`.
    public var name: String { "huber" }
    /// Regression.
    public var isClassification: Bool { false }
    /// One output.
    public func outputCount(classCount: Int) -> Int { 1 }

    /// The Huber value and derivative.
    public func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta out: UnsafeMutableBufferPointer<Double>?) -> Double {
        let d = outputs[0] - target
        if abs(d) < delta {
            out?[0] = d
            return 0.5 * d * d
        }
        out?[0] = d > 0 ? delta : -delta
        return delta * (abs(d) - 0.5 * delta)
    }

    /// `∂²/∂ŷ² = 1` inside the quadratic zone, 0 outside.
    public func outputHessian(outputs: UnsafeBufferPointer<Double>, target: Double, into hessian: UnsafeMutableBufferPointer<Double>) {
        hessian[0] = abs(outputs[0] - target) < delta ? 1 : 0
    }
}

extension HuberLoss {
    /// `huber`: δ > 0 (torch's default 1).
    public struct Settings: Equatable, Sendable {
        /// The threshold δ.
        public var delta = 1.0

        /// The defaults.
        public init() {}

        /// delta.
        public static var fields: [SettingField<Settings>] { [.number("delta", \.delta, .positive)] }
    }
}
