/// Early stopping on the validation loss, with Keras 3 semantics.
///
/// An epoch improves when `current + minDelta < best` (strict). `wait` counts epochs without improvement;
/// training stops when `wait ≥ patience`. With `restoreBest`, the best epoch's parameters are restored at
/// the end, also when stopping never triggered.
public struct EarlyStopping: Equatable, Sendable {
    /// Epochs without improvement tolerated.
    public var patience: Int
    /// Minimum decrease that counts as improvement.
    public var minDelta: Double
    /// Restore the best parameters at the end.
    public var restoreBest: Bool

    /// Creates the rule.
    public init(patience: Int, minDelta: Double = 0, restoreBest: Bool = true) {
        self.patience = patience
        self.minDelta = minDelta
        self.restoreBest = restoreBest
    }

    /// Running state of the rule.
    public struct Monitor: Sendable {
        let rule: EarlyStopping
        /// Best loss so far.
        public private(set) var best = Double.infinity
        /// Epoch of the best loss.
        public private(set) var bestEpoch = 0
        /// Parameters at the best epoch.
        public private(set) var bestParameters: [Double] = []
        private var wait = 0

        init(rule: EarlyStopping) { self.rule = rule }

        /// Records epoch `epoch`'s validation loss; returns `true` when training should stop.
        public mutating func observe(epoch: Int, loss: Double, parameters: [Double]) -> Bool {
            if loss + rule.minDelta < best {
                best = loss
                bestEpoch = epoch
                bestParameters = parameters
                wait = 0
                return false
            }
            wait += 1
            return wait >= rule.patience
        }
    }

    /// A fresh monitor.
    public func monitor() -> Monitor { Monitor(rule: self) }
}
