/// AdamW (torch.optim.AdamW): Adam with decoupled weight decay, `w ← w(1 − lr·wd)` before each Adam step
/// (see `Adam`). nbrun decays the penalized weights only, never the bias.
public enum AdamW {
    /// `adamw`: PyTorch's defaults lr 1e-3, β 0.9/0.999, eps 1e-8, weight_decay 1e-2, no AMSGrad.
    public struct Settings: OptimizerSettings {
        /// The Adam part.
        public var adam = Adam.Settings()
        /// Decoupled weight decay ≥ 0.
        public var weightDecay = 0.01
        /// adamw.
        public var name: String { "adamw" }
        /// Loop family: first order.
        public var family: OptimizerFamily { .firstOrder }

        /// The defaults.
        public init() {}

        /// Adam's fields, then weight_decay.
        public static var fields: [SettingField<Settings>] {
            [.learningRate(\.adam.learningRate), .batchSize(\.adam.batchSize), .number("beta1", \.adam.beta1, .fraction),
             .number("beta2", \.adam.beta2, .fraction), .number("eps", \.adam.epsilon, .positive),
             .flag("amsgrad", \.adam.amsgrad), .number("weight_decay", \.weightDecay, NumberRange(0...1e6))]
        }

        /// Adam with decoupled decay of the `penalized` parameters.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            let rule = Adam(beta1: adam.beta1, beta2: adam.beta2, epsilon: adam.epsilon, amsgrad: adam.amsgrad,
                            decoupledWeightDecay: weightDecay, penalized: penalized)
            return .firstOrder(rule, learningRate: adam.learningRate, batchSize: adam.batchSize)
        }
    }
}
