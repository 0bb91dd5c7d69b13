import Foundation

/// How a model's weights start, with torch.nn.init's formulas for a weight of `fan_out × fan_in`. Every scheme
/// but `standard` draws the weights (layer by layer, row by row) from the run's `SeededGenerator` and starts the
/// biases at zero; so the numbers are nbrun's, and agreement with PyTorch is on the bound or standard deviation.
public enum Initialization: Equatable, Sendable {
    /// The model's own start: zeros for linear models, `nn.Linear`'s uniform ±1/√fan_in (weights and biases) for
    /// networks.
    case standard
    /// Every weight 0 (`init.zeros_`).
    case zeros
    /// `init.normal_(w, 0, std)`.
    case normal(std: Double)
    /// `init.xavier_uniform_(w, gain)`: uniform in ±gain·√(6/(fan_in + fan_out)).
    case xavierUniform(gain: Double)
    /// `init.xavier_normal_(w, gain)`: normal with std gain·√(2/(fan_in + fan_out)).
    case xavierNormal(gain: Double)
    /// `init.kaiming_uniform_(w, mode="fan_in")` with gain g (torch's default √2, for relu): uniform in ±g·√(3/fan_in).
    case kaimingUniform(gain: Double)
    /// `init.kaiming_normal_(w, mode="fan_in")` with gain g: normal with std g/√fan_in.
    case kaimingNormal(gain: Double)

    /// The config names, in the order the reference lists them.
    public static let names = ["default", "zeros", "normal", "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal"]

    /// The config name.
    public var name: String {
        switch self {
        case .standard: return "default"
        case .zeros: return "zeros"
        case .normal: return "normal"
        case .xavierUniform: return "xavier_uniform"
        case .xavierNormal: return "xavier_normal"
        case .kaimingUniform: return "kaiming_uniform"
        case .kaimingNormal: return "kaiming_normal"
        }
    }

    /// The scheme `name` with its default gain (xavier 1, kaiming √2, as torch's defaults) or std (normal 1).
    public static func named(_ name: String) -> Initialization? {
        switch name {
        case "default": return .standard
        case "zeros": return .zeros
        case "normal": return .normal(std: 1)
        case "xavier_uniform": return .xavierUniform(gain: 1)
        case "xavier_normal": return .xavierNormal(gain: 1)
        case "kaiming_uniform": return .kaimingUniform(gain: 2.0.squareRoot())
        case "kaiming_normal": return .kaimingNormal(gain: 2.0.squareRoot())
        default: return nil
        }
    }

    /// The gain (xavier, kaiming) or std (normal) the scheme takes, `nil` for the others.
    public var scale: Double? {
        switch self {
        case .standard, .zeros: return nil
        case let .normal(value), let .xavierUniform(value), let .xavierNormal(value), let .kaimingUniform(value), let .kaimingNormal(value):
            return value
        }
    }

    /// The same scheme with gain (or std) `value`.
    public func with(scale value: Double) -> Initialization {
        switch self {
        case .standard, .zeros: return self
        case .normal: return .normal(std: value)
        case .xavierUniform: return .xavierUniform(gain: value)
        case .xavierNormal: return .xavierNormal(gain: value)
        case .kaimingUniform: return .kaimingUniform(gain: value)
        case .kaimingNormal: return .kaimingNormal(gain: value)
        }
    }

    /// The half-width of a uniform scheme, or the standard deviation of a normal one (0 for zeros).
    public func spread(fanIn: Int, fanOut: Int) -> Double {
        let fanIn = Double(fanIn), fanOut = Double(fanOut)
        switch self {
        case .standard: return 1 / fanIn.squareRoot()
        case .zeros: return 0
        case let .normal(std): return std
        case let .xavierUniform(gain): return gain * (6 / (fanIn + fanOut)).squareRoot()
        case let .xavierNormal(gain): return gain * (2 / (fanIn + fanOut)).squareRoot()
        case let .kaimingUniform(gain): return gain * (3 / fanIn).squareRoot()
        case let .kaimingNormal(gain): return gain / fanIn.squareRoot()
        }
    }

    /// `true` for schemes drawing from a normal distribution.
    public var isNormal: Bool {
        switch self {
        case .normal, .xavierNormal, .kaimingNormal: return true
        default: return false
        }
    }

    /// `count` weights of a `fanOut × fanIn` layer drawn from `generator` (uniform in ±spread, or normal with std
    /// spread); zeros draw nothing.
    public func weights(count: Int, fanIn: Int, fanOut: Int, generator: inout SeededGenerator) -> [Double] {
        let spread = spread(fanIn: fanIn, fanOut: fanOut)
        if self == .zeros { return [Double](repeating: 0, count: count) }
        return (0..<count).map { _ in isNormal ? spread * generator.normal() : generator.uniform(-spread, spread) }
    }
}
