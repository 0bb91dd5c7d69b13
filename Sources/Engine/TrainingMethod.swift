/// The engine object an optimizer's settings make.
public enum TrainingMethod {
    /// A first-order update rule with its learning rate and batch size (`nil`: the whole training set).
    case firstOrder(any Optimizer, learningRate: Double, batchSize: Int?)
    /// A full-batch search method.
    case lineSearch(any SearchMethod)
    /// The closed-form least-squares solution.
    case exact
}
