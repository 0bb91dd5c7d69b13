/// Plain gradient descent: `θ ← θ − lr·g`.
///
/// With the full training set per step it is batch gradient descent (`gd`); with small batches it is
/// stochastic gradient descent (`sgd`, torch `SGD` without momentum).
public struct GradientDescent: Optimizer {
    /// Creates the optimizer.
    public init() {}

    /// `θ ← θ − lr·g`.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        for i in parameters.indices { parameters[i] -= learningRate * gradient[i] }
    }
}
