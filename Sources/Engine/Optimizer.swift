/// A first-order update rule. The trainer computes the gradient `g` of the smooth objective on a batch and
/// calls `step`; the L1 proximal step, if any, follows.
public protocol Optimizer: Sendable {
    /// Applies one update to `parameters` with learning rate `learningRate`.
    mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double)
}
