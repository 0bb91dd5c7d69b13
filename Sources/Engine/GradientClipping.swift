/// Gradient clipping before each first-order step, as PyTorch's `torch.nn.utils` does it between `backward()` and
/// `optimizer.step()`: the clipped gradient is the smooth objective's (mean loss plus the L2 term) over the batch;
/// the L1 proximal step, AdamW's decoupled decay and the history's gradient norm are not affected.
public enum GradientClipping: Equatable, Sendable {
    /// `clip_grad_norm_(max_norm)`: with the global norm `n = ‖g‖₂` over every parameter, `g ← g·min(1,
    /// max_norm/(n + 1e-6))` (torch's 1e-6 included, so a gradient of norm exactly `max_norm` shrinks a little).
    case norm(maximum: Double)
    /// `clip_grad_value_(clip_value)`: each component clamped to `[−value, value]`.
    case value(Double)

    /// torch's `1e-6` added to the norm in the clip coefficient.
    public static let normEpsilon = 1e-6

    /// Clips `gradient` in place.
    public func apply(_ gradient: inout [Double]) {
        switch self {
        case let .norm(maximum):
            let factor = min(1, maximum / (euclideanNorm(gradient) + Self.normEpsilon))
            for i in gradient.indices { gradient[i] *= factor }
        case let .value(limit):
            for i in gradient.indices { gradient[i] = min(max(gradient[i], -limit), limit) }
        }
    }
}
