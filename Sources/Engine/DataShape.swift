/// The synthetic data sets `DataGenerator` makes, by their config names.
public enum DataShape: String, CaseIterable, Sendable {
    /// Uniform features, a linear target plus Gaussian noise (regression).
    case linear
    /// One feature, a polynomial target plus noise (regression).
    case polynomial
    /// Gaussian blobs around class centers.
    case blobs
    /// Two interleaving half circles.
    case moons
    /// A circle inside a circle.
    case circles
    /// Four quadrants, classes by the sign of x₁·x₂.
    case xor
    /// Spiral arms, one per class.
    case spiral

    /// `true` when the targets are classes.
    public var isClassification: Bool {
        switch self {
        case .linear, .polynomial: return false
        case .blobs, .moons, .circles, .xor, .spiral: return true
        }
    }

    /// The noise when a config gives none (blob spread for blobs).
    public var defaultNoise: Double {
        switch self {
        case .linear: return 0.5
        case .polynomial: return 0.2
        case .blobs: return 1
        case .moons: return 0.15
        case .circles: return 0.08
        case .xor, .spiral: return 0.2
        }
    }
}
