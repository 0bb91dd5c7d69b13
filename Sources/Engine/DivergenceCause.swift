/// Why a run diverged.
public enum DivergenceCause: Equatable, Sendable, Codable {
    /// A history entry (loss or value, gradient, or the point) became NaN or infinite.
    case nonFinite
    /// Evaluating failed (a formula's domain error), with the error's description.
    case failed(String)
}
