/// A loss as a config chooses it, with its settings; `make()` gives the engine's `Loss`.
public enum LossChoice: Equatable, Sendable {
    /// `mse`: `(y − ŷ)²`.
    case mse
    /// `mae`: `|y − ŷ|`.
    case mae
    /// `huber` with its δ.
    case huber(HuberLoss.Settings)
    /// `bce`: binary cross-entropy on a logit.
    case bce
    /// `cross_entropy`: softmax cross-entropy.
    case crossEntropy
    /// `hinge`: (multiclass) hinge.
    case hinge

    /// Every loss with its defaults, in the order configs list them.
    public static let all: [LossChoice] = [.mse, .mae, .huber(HuberLoss.Settings()), .bce, .crossEntropy, .hinge]

    /// The name in configs.
    public var name: String {
        switch self {
        case .mse: return "mse"
        case .mae: return "mae"
        case .huber: return "huber"
        case .bce: return "bce"
        case .crossEntropy: return "cross_entropy"
        case .hinge: return "hinge"
        }
    }

    /// `true` for losses on class labels (bce, cross_entropy, hinge), as the loss type itself says.
    public var isClassification: Bool { make().isClassification }

    /// `true` for losses with kinks (mae, hinge), where line searches stall.
    public var hasKinks: Bool { self == .mae || self == .hinge }

    /// The engine's loss.
    public func make() -> any Loss {
        switch self {
        case .mse: return MSELoss()
        case .mae: return MAELoss()
        case let .huber(settings): return HuberLoss(delta: settings.delta)
        case .bce: return BCELoss()
        case .crossEntropy: return CrossEntropyLoss()
        case .hinge: return HingeLoss()
        }
    }
}
