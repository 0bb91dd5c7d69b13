import Foundation

/// Hidden-layer nonlinearities of a multilayer perceptron (torch.nn's, with their defaults).
public enum Activation: String, Sendable, CaseIterable {
    /// `max(0, z)`; derivative 1 for z > 0, else 0 (torch's choice at 0).
    case relu
    /// `tanh z`; derivative `1 − tanh² z`.
    case tanh
    /// `σ(z) = 1/(1 + e^{−z})`; derivative `σ(1 − σ)`.
    case sigmoid
    /// `nn.LeakyReLU()`: `z` for z > 0, else `0.01·z`; derivative 1 or 0.01 (0.01 at 0, as torch).
    case leakyRelu = "leaky_relu"
    /// `nn.GELU()` (exact, not the tanh approximation): `z·Φ(z) = ½z(1 + erf(z/√2))`; derivative `Φ(z) + z·φ(z)`.
    case gelu

    /// torch's `LeakyReLU` default negative slope.
    public static let leakySlope = 0.01

    /// The activation of `z`.
    @inline(__always) public func apply(_ z: Double) -> Double {
        switch self {
        case .relu: return z > 0 ? z : 0
        case .tanh: return Foundation.tanh(z)
        case .sigmoid: return BCELoss.sigmoid(z)
        case .leakyRelu: return z > 0 ? z : Self.leakySlope * z
        case .gelu: return 0.5 * z * (1 + erf(z / 2.0.squareRoot()))
        }
    }

    /// The derivative expressed through the activation's output `a` (and input `z` for relu, leaky relu and gelu).
    @inline(__always) public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .relu: return z > 0 ? 1 : 0
        case .tanh: return 1 - a * a
        case .sigmoid: return a * (1 - a)
        case .leakyRelu: return z > 0 ? 1 : Self.leakySlope
        case .gelu: return 0.5 * (1 + erf(z / 2.0.squareRoot())) + z * exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
        }
    }
}
