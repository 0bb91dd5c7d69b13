import Foundation

/// Learning-rate schedules (torch.optim.lr_scheduler, stepped once per epoch after the epoch).
///
/// Epoch e (0-based) uses: constant `lr0`; step `lr0·γ^⌊e/every⌋`; exponential `lr0·γ^e`;
/// cosine `η_min + (lr0 − η_min)(1 + cos(π e / T))/2` (no clamp past T, as torch). A warm-up of w epochs
/// (torch `SequentialLR([LinearLR(start_factor s, total_iters w), S], milestones=[w])`) uses
/// `lr0·(s + (1 − s)·e/w)` for e < w, then S's rate of epoch `e − w`.
public enum Schedule: Equatable, Sendable {
    /// Always `lr0`.
    case constant
    /// Multiply by `gamma` every `every` epochs.
    case step(every: Int, gamma: Double)
    /// Multiply by `gamma` every epoch.
    case exponential(gamma: Double)
    /// Cosine annealing over `period` epochs down to `minimum`.
    case cosine(period: Int, minimum: Double)
    /// A linear warm-up from `startFactor·lr0` over `epochs` epochs, then `then` from its own epoch 0.
    indirect case warmup(epochs: Int, startFactor: Double, then: Schedule)

    /// The learning rate of epoch `epoch` (0-based) starting from `initial`.
    public func learningRate(epoch: Int, initial: Double) -> Double {
        switch self {
        case .constant:
            return initial
        case let .step(every, gamma):
            return initial * pow(gamma, Double(epoch / every))
        case let .exponential(gamma):
            return initial * pow(gamma, Double(epoch))
        case let .cosine(period, minimum):
            return minimum + (initial - minimum) * (1 + cos(Double.pi * Double(epoch) / Double(period))) / 2
        case let .warmup(epochs, startFactor, then):
            guard epoch < epochs else { return then.learningRate(epoch: epoch - epochs, initial: initial) }
            return initial * (startFactor + (1 - startFactor) * Double(epoch) / Double(epochs))
        }
    }
}
