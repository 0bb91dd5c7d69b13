import Foundation

/// Hidden-layer nonlinearities of a multilayer perceptron.
public enum Activation: String, Sendable, CaseIterable {
    /// `max(0, z)`; derivative 1 for z > 0, else 0 (torch's choice at 0).
    case relu
    /// `tanh z`; derivative `1 − tanh² z`.
    case tanh
    /// `σ(z) = 1/(1 + e^{−z})`; derivative `σ(1 − σ)`.
    case sigmoid

    /// The activation of `z`.
    @inline(__always) public func apply(_ z: Double) -> Double {
        switch self {
        case .relu: return z > 0 ? z : 0
        case .tanh: return Foundation.tanh(z)
        case .sigmoid: return BCELoss.sigmoid(z)
        }
    }

    /// The derivative expressed through the activation's output `a` (and input `z` for relu).
    @inline(__always) public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .relu: return z > 0 ? 1 : 0
        case .tanh: return 1 - a * a
        case .sigmoid: return a * (1 - a)
        }
    }
}
